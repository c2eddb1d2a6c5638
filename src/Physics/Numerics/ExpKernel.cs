using System.Numerics;
using static NuMMGen.Physics.Numerics.LaneMath;

namespace NuMMGen.Physics.Numerics;

/// <summary>
/// e^x lane by lane on <see cref="Vector{T}"/> without a library call, for the Helm form factor's Gaussian (evaluated for
/// several sampling attempts or quadrature nodes at once). It is our own code rather than
/// <see cref="Vector.Exp(Vector{double})"/> for two reasons: every lane's result depends on that lane's argument alone, and
/// the kernel inlines into its fully optimised callers. The library's generic exponential is a separate method that runs
/// as slow tier-0 code for the first part of a run, while the sampler threads keep the background compiler from the cores.
/// Method (Cody and Waite, Software Manual for the Elementary Functions, 1980, ch. 6; Muller, Elementary Functions,
/// 3rd ed., 2016, section 11.1):
/// - k = round(x / ln 2) and r = x - k ln 2, in two steps with ln 2 = L1 + L2 (<see cref="LaneMath.Ln2Hi"/>, <see cref="LaneMath.Ln2Lo"/>). L1 has 32
///   significant bits (fdlibm's ln2_hi), so k L1 is exact for |k| &lt; 2^21 and r is correct to far below one ulp; |r| &lt;= ln 2 / 2.
/// - e^r = 1 + r + r^2 Q(r), by the Taylor series to r^13. The first omitted term, r^14/14!, is below 4.3e-18 on
///   |r| &lt;= ln 2 / 2, which is 6e-18 relative to e^r &gt;= 0.70.
/// - e^x = e^r 2^k. The power of two is built in the exponent bits, so the product is exact for |x| &lt;= <see cref="FastLimit"/>
///   (k from -1021 to 1022, a normal number).
/// The result agrees with <see cref="Math.Exp"/> to within one ulp (tested). A lane beyond |x| = <see cref="FastLimit"/>, or
/// NaN, is <see cref="Math.Exp"/>'s (overflow, underflow into subnormals, NaN).
/// </summary>
internal static class ExpKernel
{
    /// <summary>Largest |x| evaluated here; larger arguments (and NaN) go to <see cref="Math.Exp"/>.</summary>
    public const double FastLimit = 708.0;

    // 1/ln 2 (ln 2 itself split as LaneMath.Ln2Hi + Ln2Lo).
    private const double InvLn2 = 1.4426950408889634;

    // 1/n!, n = 2..13: Q(r) = sum_n r^(n-2)/n!.
    private const double E2 = 1.0 / 2, E3 = 1.0 / 6, E4 = 1.0 / 24, E5 = 1.0 / 120, E6 = 1.0 / 720, E7 = 1.0 / 5040,
        E8 = 1.0 / 40320, E9 = 1.0 / 362880, E10 = 1.0 / 3628800, E11 = 1.0 / 39916800, E12 = 1.0 / 479001600,
        E13 = 1.0 / 6227020800;

    /// <summary>e^x of one argument: one lane of <see cref="Exp(Vector{double})"/>.</summary>
    public static double Exp(double x) => Exp(new Vector<double>(x))[0];

    /// <summary>e^x lane by lane.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Exp(Vector<double> x)
    {
        var k = Vector.Round(x * InvLn2);
        var r = x - k * Ln2Hi - k * Ln2Lo;
        // Estrin's scheme with fused multiply-adds for Q: the same polynomial as Horner's rule, in a shorter dependency chain.
        var r2 = r * r;
        Vector<double> r4 = r2 * r2, r8 = r4 * r4;
        var q = Fma(r8, Fma(r2, Fma(r, E13, E12), Fma(r, E11, E10)),
            Fma(r4, Fma(r2, Fma(r, E9, E8), Fma(r, E7, E6)), Fma(r2, Fma(r, E5, E4), Fma(r, E3, E2))));
        var er = Vector.FusedMultiplyAdd(r2, q, r) + Vector<double>.One;
        // 2^k from its exponent bits (k + 1023) << 52; on a lane marked far below, k may be out of range: it is replaced.
        var scale = Vector.ShiftLeft(Vector.ConvertToInt64(k) + new Vector<long>(1023), 52).As<long, double>();
        var result = er * scale;
        var far = ~Vector.LessThanOrEqual(Vector.Abs(x), new Vector<double>(FastLimit));
        return Vector.EqualsAll(far, Vector<long>.Zero) ? result : LibraryLanes.Replace(x, far, result, Math.Exp);
    }
}
