namespace NuMMGen.Generator.Random;

/// <summary>Exact Poisson sampling for <see cref="RandomStream.Poisson(double)"/>.</summary>
internal static class PoissonSampler
{
    /// <summary>Means below this use inversion; from it up, PTRS (whose constants are fitted for mu &gt;= 10).</summary>
    internal const double RejectionThreshold = 10.0;

    private const int LogFactorialTableSize = 256;
    private static readonly double[] LogFactorialTable = BuildLogFactorialTable();

    /// <summary>1/k for k &lt; <see cref="LogFactorialTableSize"/> (index 0 unused): the inversion's ratios without a division.</summary>
    private static readonly double[] Reciprocals = Enumerable.Range(0, LogFactorialTableSize).Select(k => k == 0 ? 0.0 : 1.0 / k).ToArray();

    public static long Sample(RandomStream random, double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A Poisson mean must be finite and >= 0.");
        if (mean == 0)
            return 0;
        return mean < RejectionThreshold ? Inversion(random, mean) : TransformedRejection(random, mean);
    }

    // Sequential-search inversion (Devroye 1986, "Non-Uniform Random Variate Generation", sec. X.3.3):
    // walk the CDF from k = 0 until it passes U. If rounding leaves the summed CDF below U after the
    // probabilities underflow, draw again (this keeps the method exact; it practically never happens).
    private static long Inversion(RandomStream random, double mean)
    {
        double p0 = Math.Exp(-mean);
        while (true)
        {
            double u = random.NextDouble();
            double p = p0;
            double cdf = p;
            long k = 0;
            while (u > cdf)
            {
                k++;
                // p_k = p_(k-1) mean/k, with 1/k from the table (k stays small for the means below the threshold).
                p *= k < LogFactorialTableSize ? mean * Reciprocals[k] : mean / k;
                if (p == 0)
                    break;
                cdf += p;
            }
            if (u <= cdf)
                return k;
        }
    }

    // PTRS: W. Hormann, "The transformed rejection method for generating Poisson random variables",
    // Insurance: Mathematics and Economics 12 (1993) 39-45, algorithm PTRS with its constants (valid for mu >= 10).
    private static long TransformedRejection(RandomStream random, double mean)
    {
        double logMean = double.NaN;
        double b = 0.931 + 2.53 * Math.Sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vR = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = random.NextDouble() - 0.5;
            double v = random.NextDouble();
            double us = 0.5 - Math.Abs(u);
            double kReal = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vR)
                return (long)kReal;
            if (kReal < 0 || (us < 0.013 && v > us))
                continue;
            // ln(mean) only on this slow path: the squeeze above returns without it (35 % of draws at mean 10, 55 % at 30).
            if (double.IsNaN(logMean))
                logMean = Math.Log(mean);
            double lhs = Math.Log(v * invAlpha / (a / (us * us) + b));
            double rhs = -mean + kReal * logMean - LogFactorial(kReal);
            if (lhs <= rhs)
                return (long)kReal;
        }
    }

    /// <summary>ln(k!) for integer k &gt;= 0: a table below 256, the Stirling series above (error &lt; 1e-17 relative).</summary>
    internal static double LogFactorial(double k)
    {
        if (k < LogFactorialTableSize)
            return LogFactorialTable[(int)k];
        // ln Gamma(n) = (n - 1/2) ln n - n + ln(2 pi)/2 + 1/(12 n) - 1/(360 n^3) + 1/(1260 n^5), n = k + 1.
        double n = k + 1;
        double inv = 1 / n;
        double inv2 = inv * inv;
        return (n - 0.5) * Math.Log(n) - n + 0.91893853320467274178
               + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }

    private static double[] BuildLogFactorialTable()
    {
        var table = new double[LogFactorialTableSize];
        for (int k = 1; k < table.Length; k++)
            table[k] = table[k - 1] + Math.Log(k);
        return table;
    }
}
