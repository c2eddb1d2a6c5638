namespace NuMMGen.Physics.Numerics;

/// <summary>
/// e^x without a libm call, for the Helm form factor's Gaussian (evaluated once per sampling attempt and at every
/// quadrature node; the call to <see cref="Math.Exp"/> also made the JIT spill the caller's registers around it).
/// Method (Cody and Waite, Software Manual for the Elementary Functions, 1980, ch. 6; Muller, Elementary Functions,
/// 3rd ed., 2016, section 11.1): k = round(x / ln 2) and r = x - k ln 2 in two steps, with ln 2 split into L1 + L2 where
/// L1 carries 32 significant bits, so k L1 is exact for |k| &lt; 2^21 and r is correct to far below one ulp; then the
/// Taylor series of e^r to r^13 on |r| &lt;= ln 2 / 2, whose first omitted term r^14/14! is below 5e-18 relative there;
/// finally e^x = 2^k e^r with 2^k built from its exponent bits. The result agrees with <see cref="Math.Exp"/> to a few
/// ulp (tested); beyond |x| = <see cref="ReductionLimit"/> (where 2^k would leave the normal range), and for NaN, it is
/// <see cref="Math.Exp"/>.
/// </summary>
internal static class ExpKernel
{
    /// <summary>Largest |x| evaluated here; larger arguments (and NaN) go to <see cref="Math.Exp"/>.</summary>
    public const double ReductionLimit = 700.0;

    // 1/ln 2 and ln 2 = L1 + L2 (L1 = 0x1.62e42feep-1, 32 significant bits; L1 + L2 within 1.2e-26 of ln 2).
    private const double InverseLn2 = 1.4426950408889634;
    private const double L1 = 0.6931471803691238;
    private const double L2 = 1.9082149292705877e-10;

    // 1/n!, n = 2..13.
    private const double E2 = 1.0 / 2, E3 = 1.0 / 6, E4 = 1.0 / 24, E5 = 1.0 / 120, E6 = 1.0 / 720, E7 = 1.0 / 5040,
        E8 = 1.0 / 40320, E9 = 1.0 / 362880, E10 = 1.0 / 3628800, E11 = 1.0 / 39916800, E12 = 1.0 / 479001600,
        E13 = 1.0 / 6227020800;

    /// <summary>e^x.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        if (!(Math.Abs(x) <= ReductionLimit))
            return Math.Exp(x);
        var k = Math.Round(x * InverseLn2);
        var r = x - k * L1 - k * L2;
        // Estrin's scheme with fused multiply-adds: e^r = 1 + r + r^2 P(r), P = E2 + E3 r + ... + E13 r^11 in pairs.
        var r2 = r * r;
        double r4 = r2 * r2, r8 = r4 * r4;
        var low = Fma(r2, Fma(r, E5, E4), Fma(r, E3, E2));
        var middle = Fma(r2, Fma(r, E9, E8), Fma(r, E7, E6));
        var high = Fma(r2, Fma(r, E13, E12), Fma(r, E11, E10));
        var poly = Fma(r8, high, Fma(r4, middle, low));
        var er = Fma(r2, poly, r) + 1.0;
        // |k| <= 1010 here, so 2^k is a normal double: its biased exponent k + 1023 in bits 52-62.
        return er * BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);
    }

    private static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
}
