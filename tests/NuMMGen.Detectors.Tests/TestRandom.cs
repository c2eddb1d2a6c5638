using NuMMGen.Detectors.Random;

namespace NuMMGen.Detectors.Tests;

/// <summary>
/// A seeded xoshiro256** (Blackman and Vigna 2018, seeded by SplitMix64) for tests: uniform, Gaussian (Marsaglia
/// polar) and exact Poisson (sequential inversion; means above 200 split into equal parts, a sum of Poissons).
/// </summary>
internal sealed class TestRandom : IRandomSource
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spare;
    private bool _hasSpare;

    public TestRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public double Gaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spare = v * f;
        _hasSpare = true;
        return u * f;
    }

    public long Poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 200)
        {
            var parts = (int)Math.Ceiling(mean / 200);
            long sum = 0;
            for (var i = 0; i < parts; i++)
                sum += Poisson(mean / parts);
            return sum;
        }
        var u = NextDouble();
        var p = Math.Exp(-mean);
        var cdf = p;
        long n = 0;
        while (u >= cdf && n < 10_000)
        {
            n++;
            p *= mean / n;
            cdf += p;
        }
        return n;
    }

    private ulong Next()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
