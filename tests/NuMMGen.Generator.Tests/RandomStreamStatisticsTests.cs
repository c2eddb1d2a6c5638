using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Statistical sanity of the samplers with fixed seeds (so each test is deterministic). Acceptance: sample
/// means and variances within 5 standard errors; histograms pass a chi^2 test at p &gt;= 1e-4 (bins with
/// fewer than 5 expected entries merged). Reference distributions come from MathNet.Numerics.
/// </summary>
public sealed class RandomStreamStatisticsTests
{
    private const double PValue = 1e-4;
    private const double Sigmas = 5;

    private static void AssertMoments(double[] x, double mean, double variance, double fourthCentralMoment, string what)
    {
        int n = x.Length;
        double m = x.Average();
        double v = x.Sum(t => (t - m) * (t - m)) / (n - 1);
        Assert.True(Math.Abs(m - mean) <= Sigmas * Math.Sqrt(variance / n), $"{what}: mean {m}, expected {mean}");
        double varianceError = Math.Sqrt((fourthCentralMoment - variance * variance) / n);
        Assert.True(Math.Abs(v - variance) <= Sigmas * varianceError, $"{what}: variance {v}, expected {variance}");
    }

    /// <summary>chi^2 of observed counts against bin probabilities (which need not sum to 1: the rest is one more bin).</summary>
    private static void AssertChiSquare(long[] observed, double[] probability, string what)
    {
        long n = observed.Sum();
        var bins = new List<(double Expected, long Observed)>();
        double e = 0;
        long o = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            e += probability[i] * n;
            o += observed[i];
            if (e >= 5)
            {
                bins.Add((e, o));
                (e, o) = (0, 0);
            }
        }
        double rest = n - bins.Sum(b => b.Expected) - e;
        e += Math.Max(rest, 0);
        bins[^1] = (bins[^1].Expected + e, bins[^1].Observed + o);
        double chi2 = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        int dof = bins.Count - 1;
        double limit = ChiSquared.InvCDF(dof, 1 - PValue);
        Assert.True(chi2 <= limit, $"{what}: chi^2 = {chi2:F1} for {dof} degrees of freedom exceeds {limit:F1} (p = {PValue})");
    }

    private static double[] Draw(int n, ulong block, Func<RandomStream, double> sample)
    {
        var stream = RandomStreams.Create(20240601, 99, block);
        return Enumerable.Range(0, n).Select(_ => sample(stream)).ToArray();
    }

    [Fact]
    public void Uniform_has_the_right_moments_and_histogram()
    {
        var x = Draw(1_000_000, 1, s => s.NextDouble());
        Assert.All(x, t => Assert.InRange(t, 0.0, 1.0 - 1e-17));
        AssertMoments(x, 0.5, 1.0 / 12, 1.0 / 80, "uniform");
        var counts = new long[100];
        foreach (double t in x)
            counts[(int)(t * 100)]++;
        AssertChiSquare(counts, Enumerable.Repeat(0.01, 100).ToArray(), "uniform");
    }

    [Fact]
    public void Bounded_integers_are_uniform()
    {
        var stream = RandomStreams.Create(5, 5, 5);
        var counts = new long[7];
        for (int i = 0; i < 700_000; i++)
            counts[stream.NextUInt64(7)]++;
        AssertChiSquare(counts, Enumerable.Repeat(1.0 / 7, 7).ToArray(), "NextUInt64(7)");
    }

    [Fact]
    public void Gaussian_has_the_right_moments_and_histogram()
    {
        var x = Draw(1_000_000, 2, s => s.Gaussian());
        AssertMoments(x, 0, 1, 3, "gaussian");
        const int bins = 80;
        var counts = new long[bins];
        var probability = new double[bins];
        for (int i = 0; i < bins; i++)
            probability[i] = Normal.CDF(0, 1, -4 + (i + 1) * 0.1) - Normal.CDF(0, 1, -4 + i * 0.1);
        foreach (double t in x)
        {
            int bin = (int)Math.Floor((t + 4) / 0.1);
            if (bin >= 0 && bin < bins)
                counts[bin]++;
        }
        AssertChiSquare(counts, probability, "gaussian");
        var shifted = Draw(100_000, 3, s => s.Gaussian(10, 2));
        AssertMoments(shifted, 10, 4, 3 * 16, "gaussian(10, 2)");
    }

    [Fact]
    public void Exponential_has_the_right_moments_and_histogram()
    {
        var x = Draw(1_000_000, 4, s => s.Exponential());
        Assert.All(x, t => Assert.True(t > 0 && double.IsFinite(t)));
        AssertMoments(x, 1, 1, 9, "exponential");
        const int bins = 100;
        var counts = new long[bins];
        foreach (double t in x)
        {
            if (t < 10)
                counts[(int)(t * 10)]++;
        }
        AssertChiSquare(counts, Enumerable.Range(0, bins).Select(i => Math.Exp(-i * 0.1) - Math.Exp(-(i + 1) * 0.1)).ToArray(), "exponential");
    }

    /// <summary>
    /// The ziggurat exponential of the arrival times (<see cref="ZigguratExponential"/>) against e^-x: moments; a chi^2
    /// over 200 bins of equal probability (fine near 0, where the top layers are almost all wedge, so a wrong wedge test
    /// shows); and the counts beyond r (the base layer's tail, probability e^-r) and beyond r + 2 (a tail drawn as r plus
    /// a fresh ziggurat draw), each within 5 binomial standard deviations.
    /// </summary>
    [Fact]
    public void Ziggurat_exponential_has_the_right_moments_histogram_and_tail()
    {
        const int n = 2_000_000;
        var x = Draw(n, 5, s => ZigguratExponential.Sample(s.NextUInt64(), s));
        Assert.All(x, t => Assert.True(t >= 0 && double.IsFinite(t)));
        AssertMoments(x, 1, 1, 9, "ziggurat exponential");
        const int bins = 200;
        var counts = new long[bins];
        foreach (double t in x)
            counts[Math.Min(bins - 1, (int)(bins * (1 - Math.Exp(-t))))]++;
        AssertChiSquare(counts, Enumerable.Repeat(1.0 / bins, bins).ToArray(), "ziggurat exponential");
        foreach (var cut in new[] { ZigguratExponential.R, ZigguratExponential.R + 2 })
        {
            var p = Math.Exp(-cut);
            var beyond = x.Count(t => t > cut);
            Assert.True(Math.Abs(beyond - n * p) <= Sigmas * Math.Sqrt(n * p * (1 - p)), $"{beyond} draws beyond {cut}, expected {n * p:F1}");
        }
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1)]
    [InlineData(4.5)]
    [InlineData(9.99)]
    [InlineData(10)]
    [InlineData(27.3)]
    [InlineData(31.99)]  // last mean from the tables
    [InlineData(32)]     // first mean by PTRS
    [InlineData(250)]
    [InlineData(1e4)]
    [InlineData(1e6)]
    public void Poisson_matches_the_pmf(double mean)
    {
        const int n = 300_000;
        var stream = RandomStreams.Create(777, 5, (ulong)BitConverter.DoubleToInt64Bits(mean));
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = stream.Poisson(mean);
        AssertMoments(x, mean, mean, mean * (1 + 3 * mean), $"Poisson({mean})");

        // Histogram over mean +- 7 sigma; everything outside forms the remainder bin.
        long low = (long)Math.Max(0, Math.Floor(mean - 7 * Math.Sqrt(mean) - 2));
        long high = (long)Math.Ceiling(mean + 7 * Math.Sqrt(mean) + 10);
        var counts = new long[high - low + 1];
        var probability = new double[counts.Length];
        for (long k = low; k <= high; k++)
            probability[k - low] = Math.Exp(-mean + k * Math.Log(mean) - SpecialFunctions.FactorialLn((int)k));
        foreach (double t in x)
        {
            if (t >= low && t <= high)
                counts[(long)t - low]++;
        }
        AssertChiSquare(counts, probability, $"Poisson({mean})");
    }

    [Theory]
    [InlineData(1e9)]
    [InlineData(1e12)]
    public void Poisson_with_huge_means_has_the_right_moments(double mean)
    {
        var x = Draw(200_000, 6, s => s.Poisson(mean));
        Assert.All(x, t => Assert.Equal(Math.Floor(t), t));
        AssertMoments(x, mean, mean, mean * (1 + 3 * mean), $"Poisson({mean})");
    }

    [Fact]
    public void Log_factorial_agrees_with_MathNet()
    {
        foreach (int k in new[] { 0, 1, 2, 10, 100, 255, 256, 257, 1000, 123_456, 10_000_000 })
        {
            double expected = SpecialFunctions.FactorialLn(k);
            Assert.True(Math.Abs(PoissonSampler.LogFactorial(k) - expected) <= 1e-13 * Math.Max(1, expected),
                $"ln({k}!) = {PoissonSampler.LogFactorial(k)}, expected {expected}");
        }
    }
}
