namespace NuMMGen.Fitting.Inference;

/// <summary>Bracketed root finding for the limit searches.</summary>
internal static class RootFinding
{
    /// <summary>
    /// A root of g in [lo, hi] with g(lo) and g(hi) of opposite sign, by the Illinois variant of regula falsi
    /// (Dowell and Jarratt, BIT 11, 168 (1971)); stops when the bracket is narrower than <paramref name="tolerance"/>.
    /// </summary>
    public static double Illinois(Func<double, double> g, double lo, double gLo, double hi, double gHi, double tolerance, int maxIterations = 60)
    {
        int side = 0;
        for (int i = 0; i < maxIterations && Math.Abs(hi - lo) > tolerance; i++)
        {
            double x = (lo * gHi - hi * gLo) / (gHi - gLo);
            if (!(x > Math.Min(lo, hi) && x < Math.Max(lo, hi)))
                x = 0.5 * (lo + hi);
            double gx = g(x);
            if (gx == 0)
                return x;
            if (Math.Sign(gx) == Math.Sign(gHi))
            {
                hi = x;
                gHi = gx;
                if (side == 1)
                    gLo *= 0.5;
                side = 1;
            }
            else
            {
                lo = x;
                gLo = gx;
                if (side == -1)
                    gHi *= 0.5;
                side = -1;
            }
        }
        return Math.Abs(gLo) < Math.Abs(gHi) ? lo : hi;
    }
}
