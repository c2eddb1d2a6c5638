using System.Numerics;
using System.Runtime.CompilerServices;

namespace NuMMGen.Physics.Numerics;

/// <summary>
/// What the vector kernels (<see cref="ExpKernel"/>, <see cref="LogKernel"/>, <see cref="SinCosKernel"/>,
/// <see cref="DilogarithmKernel"/>) share: fused multiply-adds with scalar operands broadcast to every lane, and the
/// Cody-Waite split of ln 2.
/// </summary>
/// <remarks>
/// The helpers carry <c>AggressiveInlining | AggressiveOptimization</c>: inlined wherever the inliner's budget allows,
/// and a fully optimised call rather than a tier-0 copy where it does not (the BKS kernels exhaust the budget inside
/// <c>LaneBatch.Evaluate</c>; ARCHITECTURE, JIT convention).
/// </remarks>
internal static class LaneMath
{
    /// <summary>
    /// ln 2 = <see cref="Ln2Hi"/> + <see cref="Ln2Lo"/>: the high part has 32 significant bits (fdlibm's ln2_hi,
    /// 0x3FE62E42FEE00000), so k Ln2Hi is exact for |k| &lt; 2^21; the low part is the rest, rounded to nearest.
    /// </summary>
    public const double Ln2Hi = 6.93147180369123816490e-01;

    /// <summary>The low part of ln 2 (<see cref="Ln2Hi"/>).</summary>
    public const double Ln2Lo = 1.9082149292705877e-10;

    /// <summary>a b + c, rounded once, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Fma(Vector<double> a, Vector<double> b, Vector<double> c) => Vector.FusedMultiplyAdd(a, b, c);

    /// <summary>a b + c with c broadcast.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Fma(Vector<double> a, Vector<double> b, double c) => Vector.FusedMultiplyAdd(a, b, new Vector<double>(c));

    /// <summary>a b + c with b broadcast.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Fma(Vector<double> a, double b, Vector<double> c) => Vector.FusedMultiplyAdd(a, new Vector<double>(b), c);

    /// <summary>a b + c with b and c broadcast.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Fma(Vector<double> a, double b, double c) =>
        Vector.FusedMultiplyAdd(a, new Vector<double>(b), new Vector<double>(c));
}
