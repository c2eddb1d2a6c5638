namespace NuMMGen.Physics.Numerics;

/// <summary>
/// sin x and cos x together without a libm call, for the nuclear form factors (evaluated once per sampling attempt
/// and at every quadrature node). Method (Cody and Waite, Software Manual for the Elementary Functions, 1980, ch. 8;
/// Muller, Elementary Functions, 3rd ed., 2016, sections 11.1-11.2): k = round(2x/pi) and r = x - k pi/2 in three
/// steps, with pi/2 split into P1 + P2 + P3 where P1 and P2 carry 33 significant bits, so k P1 and k P2 are exact for
/// |k| &lt; 2^20 and r is correct to far below one ulp; then the Taylor series of sin r (to r^15) and cos r (to r^16) on
/// |r| &lt;= pi/4, whose first omitted terms, r^17/17! and r^18/18!, are below 6.5e-17 relative there. The quadrant
/// k mod 4 maps (sin r, cos r) to (sin x, cos x). The result agrees with <see cref="Math.SinCos"/> to a few ulp (tested);
/// beyond |x| = <see cref="ReductionLimit"/> it is <see cref="Math.SinCos"/>.
/// </summary>
internal static class SinCosKernel
{
    /// <summary>Largest |x| reduced here; larger arguments go to <see cref="Math.SinCos"/>.</summary>
    public const double ReductionLimit = 1e5;

    // 2/pi and pi/2 = P1 + P2 + P3 (P1, P2: 33 significant bits; the three from 80-digit pi, rounded to nearest).
    private const double TwoOverPi = 0.6366197723675814;
    private const double P1 = 1.5707963267341256;
    private const double P2 = 6.077100506303966e-11;
    private const double P3 = 2.0222662487959506e-21;

    // (-1)^n / (2n + 1)! and (-1)^n / (2n)!, n = 1..8.
    private const double S3 = -1.0 / 6, S5 = 1.0 / 120, S7 = -1.0 / 5040, S9 = 1.0 / 362880, S11 = -1.0 / 39916800,
        S13 = 1.0 / 6227020800, S15 = -1.0 / 1307674368000;
    private const double C2 = -0.5, C4 = 1.0 / 24, C6 = -1.0 / 720, C8 = 1.0 / 40320, C10 = -1.0 / 3628800,
        C12 = 1.0 / 479001600, C14 = -1.0 / 87178291200, C16 = 1.0 / 20922789888000;

    /// <summary>(sin x, cos x); NaN for NaN or infinite x.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static (double Sin, double Cos) SinCos(double x)
    {
        if (!(Math.Abs(x) <= ReductionLimit))
            return Math.SinCos(x);
        var k = Math.Round(x * TwoOverPi);
        var r = x - k * P1 - k * P2 - k * P3;
        // Estrin's scheme with fused multiply-adds: the same polynomials as Horner's rule, in a shorter dependency chain.
        var r2 = r * r;
        double r4 = r2 * r2, r8 = r4 * r4;
        var sinTail = Fma(r8, Fma(r4, S15, Fma(r2, S13, S11)), Fma(r4, Fma(r2, S9, S7), Fma(r2, S5, S3)));
        var sin = Fma(r * r2, sinTail, r);
        var cosTail = Fma(r8, Fma(r4, Fma(r2, C16, C14), Fma(r2, C12, C10)), Fma(r4, Fma(r2, C8, C6), Fma(r2, C4, C2)));
        var cos = Fma(r2, cosTail, 1.0);
        return ((long)k & 3) switch
        {
            0 => (sin, cos),
            1 => (cos, -sin),
            2 => (-sin, -cos),
            _ => (-cos, sin),
        };
    }

    private static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
}
