using System.Numerics;
using static NuMMGen.Physics.Numerics.LaneMath;

namespace NuMMGen.Physics.Numerics;

/// <summary>
/// ln x and ln(1 + x) lane by lane on <see cref="Vector{T}"/> without a library call, for the BKS radiative corrections
/// evaluated at several sampling attempts at once (the BKS lanes of the nu-e cross section). Own code for
/// the reasons given at <see cref="ExpKernel"/>: each lane depends on its own argument only, and the kernel inlines into
/// its fully optimised callers. Method (Cody and Waite, Software Manual for the Elementary Functions, 1980, ch. 5; Muller,
/// Elementary Functions, 3rd ed., 2016, section 11.2; the same reduction as fdlibm's e_log.c):
/// - x = 2^k m with m in [sqrt(1/2), sqrt 2), read from the exponent bits; f = m - 1 is exact (Sterbenz).
/// - With s = f/(2 + f), ln(1 + f) = 2 artanh s = 2s + 2s^3/3 + 2s^5/5 + ...; since 2s = f - s f and s f = (f^2/2)(1 - s),
///   ln(1 + f) = f - (h - s (h + R)), h = f^2/2, R = sum_(n=1..10) 2 s^(2n)/(2n + 1). The large part f is exact and h is
///   one rounding, so the sum's own rounding errors are far below one ulp of the result. |s| &lt;= 0.1716, so the first
///   omitted term, s 2 s^22/23, is below 7e-19 of ln(1 + f).
/// - ln x = k L1 + (ln(1 + f) + k L2) with ln 2 = L1 + L2 split as in <see cref="ExpKernel"/> (<see cref="LaneMath.Ln2Hi"/> + <see cref="LaneMath.Ln2Lo"/>, k L1 exact).
/// The result agrees with <see cref="Math.Log(double)"/> to within one ulp (tested). A lane that is not a positive normal finite
/// number (zero, negative, subnormal, infinite, NaN) is <see cref="Math.Log(double)"/>'s.
/// ln(1 + x): u = 1 + x rounded and its exact rounding error c (Dekker's Fast2Sum, Numer. Math. 18 (1971) 224), then
/// ln u + c/u; the correction's own error is below (c/u)^2/2 &lt; 2^-107.
/// </summary>
internal static class LogKernel
{
    // Bits of sqrt(1/2) and of the smallest positive normal number and +infinity (IEEE 754 binary64).
    private const long SqrtHalfBits = 0x3FE6A09E667F3BCD;
    private const long MinNormalBits = 0x0010000000000000;
    private const long InfinityBits = 0x7FF0000000000000;

    // 2/(2n + 1), n = 1..10: R(z) = sum_n z^n 2/(2n + 1) with z = s^2.
    private const double C1 = 2.0 / 3, C2 = 2.0 / 5, C3 = 2.0 / 7, C4 = 2.0 / 9, C5 = 2.0 / 11, C6 = 2.0 / 13, C7 = 2.0 / 15,
        C8 = 2.0 / 17, C9 = 2.0 / 19, C10 = 2.0 / 21;

    /// <summary>ln x of one argument: one lane of <see cref="Log(Vector{double})"/>.</summary>
    public static double Log(double x) => Log(new Vector<double>(x))[0];

    /// <summary>ln(1 + x) of one argument: one lane of <see cref="Log1P(Vector{double})"/>.</summary>
    public static double Log1P(double x) => Log1P(new Vector<double>(x))[0];

    /// <summary>ln x lane by lane.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Log(Vector<double> x)
    {
        var outside = Vector<long>.Zero;
        var result = LogOrMark(x, ref outside);
        return Vector.EqualsAll(outside, Vector<long>.Zero) ? result : LibraryLanes.Replace(x, outside, result, Math.Log);
    }

    /// <summary>ln(1 + x) lane by lane, accurate for small |x| (x &gt; -1; other lanes as <see cref="Math.Log(double)"/>(1 + x)).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Log1P(Vector<double> x)
    {
        var outside = Vector<long>.Zero;
        var result = Log1POrMark(x, ref outside);
        return Vector.EqualsAll(outside, Vector<long>.Zero) ? result : LibraryLanes.Replace(Vector<double>.One + x, outside, result, Math.Log);
    }

    /// <summary>
    /// ln x for the lanes that are positive normal finite numbers; the other lanes are marked in <paramref name="outside"/>
    /// (all bits set) and their results are meaningless. For a caller that takes several logarithms and checks once
    /// (<see cref="Log(Vector{double})"/> checks its own).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> LogOrMark(Vector<double> x, ref Vector<long> outside)
    {
        var bits = x.As<double, long>();
        outside |= Outside(bits);
        return Reduced(bits);
    }

    /// <summary>
    /// ln(1 + x) as <see cref="Log1P(Vector{double})"/> for the lanes where 1 + x rounds to a positive normal finite number;
    /// the other lanes are marked in <paramref name="outside"/> and their results are meaningless.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Log1POrMark(Vector<double> x, ref Vector<long> outside)
    {
        var one = Vector<double>.One;
        var u = one + x;
        // Fast2Sum: the error of u = fl(1 + x) exactly, subtracting the smaller addend's part last.
        var small = Vector.LessThan(Vector.Abs(x), one);
        var c = Vector.ConditionalSelect(small, x - (u - one), one - (u - x));
        var bits = u.As<double, long>();
        outside |= Outside(bits);
        return Reduced(bits) + c / u;
    }

    /// <summary>
    /// The lanes whose bit patterns are not those of positive normal finite numbers. Those lie in [MinNormalBits,
    /// InfinityBits) as signed integers (a set sign bit makes the pattern negative).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Vector<long> Outside(Vector<long> bits) =>
        Vector.LessThan(bits, new Vector<long>(MinNormalBits)) | Vector.GreaterThanOrEqual(bits, new Vector<long>(InfinityBits));

    /// <summary>ln x for the bit patterns of positive normal finite numbers (other lanes: garbage, replaced by the caller).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> Reduced(Vector<long> bits)
    {
        // k = floor(log2(x / sqrt(1/2))) from the biased exponent of x relative to sqrt(1/2)'s pattern; m = x 2^-k.
        var k = Vector.ShiftRightArithmetic(bits - new Vector<long>(SqrtHalfBits), 52);
        var m = (bits - Vector.ShiftLeft(k, 52)).As<long, double>();
        var f = m - Vector<double>.One;
        var s = f / (new Vector<double>(2.0) + f);
        var z = s * s;
        // R = z [odd(w) + z even(w)], w = z^2: two chains of five (fdlibm's split), half the latency of one.
        var w = z * z;
        var odd = Fma(w, Fma(w, Fma(w, Fma(w, C9, C7), C5), C3), C1);
        var even = Fma(w, Fma(w, Fma(w, Fma(w, C10, C8), C6), C4), C2);
        var r = z * Vector.FusedMultiplyAdd(z, even, odd);
        var h = new Vector<double>(0.5) * f * f;
        var kd = Vector.ConvertToDouble(k);
        return kd * Ln2Hi + (f - (h - (s * (h + r) + kd * Ln2Lo)));
    }
}
