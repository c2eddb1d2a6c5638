using NuMMGen.Generator.Sampling;

namespace NuMMGen.Generator.Random;

/// <summary>
/// Exact Poisson sampling for <see cref="RandomStream.Poisson(double)"/>. Below <see cref="TabulatedMeans"/> the mean
/// mu = k + delta (k its integer part) is split by the additivity of independent Poisson variates: Poisson(k) from a table
/// built once for each integer k (the alias method, <see cref="AliasTable"/>, over the pmf where it is at least 1e-22),
/// plus Poisson(delta) by thinning: N ~ Poisson(1) candidates (the k = 1 table), each kept with probability delta, gives
/// a Binomial(N, delta) count, which is Poisson(delta) (Devroye 1986, "Non-Uniform Random Variate Generation", sec. VI.1
/// and X.3). Two 64-bit values, two uniforms for the first two candidates whatever N is (so nothing branches on N in the
/// 92 % of draws with N &lt;= 2) and one per further candidate; no exp or log. From <see cref="TabulatedMeans"/>
/// up: Hormann's PTRS.
/// </summary>
internal static class PoissonSampler
{
    /// <summary>Means below this are drawn from the integer-mean tables; from it up, PTRS (whose constants are fitted for mu &gt;= 10).</summary>
    internal const int TabulatedMeans = 32;

    /// <summary>Smallest pmf value a table keeps (the tails beyond hold less than 1e-21 in all).</summary>
    private const double SupportCutoff = 1e-22;

    private const int LogFactorialTableSize = 256;
    private static readonly double[] LogFactorialTable = BuildLogFactorialTable();

    /// <summary>Poisson(k) for k = 1 .. <see cref="TabulatedMeans"/> - 1 at index k - 1 (so Poisson(1), the thinning's, at 0).</summary>
    private static readonly IntegerMeanTable[] Tables = Enumerable.Range(1, TabulatedMeans - 1).Select(k => new IntegerMeanTable(k)).ToArray();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static long Sample(RandomStream random, double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A Poisson mean must be finite and >= 0.");
        if (mean == 0)
            return 0;
        if (mean >= TabulatedMeans)
            return TransformedRejection(random, mean);
        var k = (int)mean;
        var delta = mean - k; // exact: k is the integer part of a double below 2^52
        var n = k == 0 ? 0L : Tables[k - 1].Sample(random.NextUInt64());
        if (delta > 0)
        {
            var candidates = Tables[0].Sample(random.NextUInt64());
            // The first two candidates' uniforms are drawn whatever N is (92 % of N are at most 2), so that neither the
            // number of draws nor the kept count branches on the random N; any further candidate draws its own.
            double u1 = random.NextDouble(), u2 = random.NextDouble();
            n += Branchless.Bit(candidates >= 1 & u1 < delta) + Branchless.Bit(candidates >= 2 & u2 < delta);
            for (var i = 2; i < candidates; i++)
                n += random.NextDouble() < delta ? 1 : 0;
        }
        return n;
    }

    /// <summary>Poisson(k) for one integer k: an alias table over the counts lo .. lo + Count - 1 where the pmf is at least <see cref="SupportCutoff"/>.</summary>
    private sealed class IntegerMeanTable
    {
        private readonly AliasTable _alias;
        private readonly int _lo;

        public IntegerMeanTable(int k)
        {
            // p_j = e^-k k^j / j!, by the recurrence p_j = p_(j-1) k / j (the alias table normalises what is kept).
            var pmf = new List<double>();
            var p = Math.Exp(-k);
            for (var j = 0; j <= k || p >= SupportCutoff; j++)
            {
                if (j > 0)
                    p *= (double)k / j;
                pmf.Add(p);
            }
            _lo = pmf.FindIndex(x => x >= SupportCutoff);
            var hi = pmf.FindLastIndex(x => x >= SupportCutoff);
            _alias = new AliasTable(pmf.GetRange(_lo, hi - _lo + 1));
        }

        public long Sample(ulong bits) => _lo + _alias.Sample(bits);
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
