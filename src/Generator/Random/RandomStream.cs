using System.Numerics;
using System.Runtime.CompilerServices;

namespace NuMMGen.Generator.Random;

/// <summary>
/// One reproducible random stream: xoshiro256** 1.0 (D. Blackman and S. Vigna, "Scrambled linear
/// pseudorandom number generators", ACM Trans. Math. Softw. 47 (2021) 36; reference code
/// prng.di.unimi.it/xoshiro256starstar.c) seeded with four SplitMix64 outputs from the
/// <see cref="StreamKey"/> seed, as the authors recommend. Not thread-safe: one stream per block, used by
/// one thread at a time. Sequences are identical on every machine for the integer and uniform methods; the
/// continuous samplers call <see cref="Math.Log(double)"/> and friends, whose last bit may differ between
/// runtimes or CPUs.
/// </summary>
public sealed class RandomStream
{
    private const double TwoPow53Inv = 1.0 / (1UL << 53);
    private const double TwoPow52Inv = 1.0 / (1UL << 52);

    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpareGaussian;

    /// <summary>Creates the stream for <paramref name="key"/>; prefer <see cref="RandomStreams.Create(StreamKey)"/>.</summary>
    public RandomStream(StreamKey key)
    {
        Key = key;
        var seeder = new SplitMix64(key.ToSeed());
        _s0 = seeder.Next();
        _s1 = seeder.Next();
        _s2 = seeder.Next();
        _s3 = seeder.Next();
    }

    /// <summary>Creates a stream with a raw xoshiro256** state (known-answer tests only); not all zero.</summary>
    internal RandomStream(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
            throw new ArgumentException("The xoshiro256** state must not be all zero.");
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>The key this stream was derived from (default for raw-state streams).</summary>
    public StreamKey Key { get; }

    /// <summary>The next 64 uniformly distributed bits (xoshiro256** step).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => Step(ref _s0, ref _s1, ref _s2, ref _s3);

    /// <summary>
    /// Fills <paramref name="destination"/> with the next values of <see cref="NextUInt64()"/>, in order (the same values as
    /// that many calls), with the state held in registers meanwhile: for the sampler, whose stages then read their random
    /// numbers from the span instead of waiting on each other's updates of the state in memory.
    /// </summary>
    public void NextUInt64s(Span<ulong> destination)
    {
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        foreach (ref var value in destination)
            value = Step(ref s0, ref s1, ref s2, ref s3);
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>The uniform double in [0, 1) that <see cref="NextDouble"/> makes of the 64 bits <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(ulong bits) => (bits >> 11) * TwoPow53Inv;

    /// <summary>One xoshiro256** step on the state (s0, s1, s2, s3): returns the output and advances the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
    {
        ulong result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits times 2^-53 (every multiple of 2^-53 equally likely).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => ToDouble(NextUInt64());

    /// <summary>A uniform double in the open interval (0, 1): (top 52 bits + 1/2) times 2^-52; never 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDoubleOpen() => ToDoubleOpen(NextUInt64());

    /// <summary>The uniform double in (0, 1) that <see cref="NextDoubleOpen"/> makes of the 64 bits <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDoubleOpen(ulong bits) => ((bits >> 12) + 0.5) * TwoPow52Inv;

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>), without bias (D. Lemire, "Fast random integer
    /// generation in an interval", ACM TOMACS 29 (2019) 3). <paramref name="bound"/> must be positive.
    /// </summary>
    public ulong NextUInt64(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
        if (low < bound)
        {
            ulong threshold = (0 - bound) % bound;
            while (low < threshold)
                high = Math.BigMul(NextUInt64(), bound, out low);
        }
        return high;
    }

    /// <summary>An exponential variate with mean 1 (inversion: -ln U, U in (0, 1)); multiply by the mean.</summary>
    public double Exponential() => -Math.Log(NextDoubleOpen());

    /// <summary>
    /// A standard normal variate (mean 0, variance 1) by the Box-Muller transform (Box and Muller, Ann. Math.
    /// Statist. 29 (1958) 610); the second value of each pair is kept for the next call.
    /// </summary>
    public double Gaussian()
    {
        if (_hasSpareGaussian)
        {
            _hasSpareGaussian = false;
            return _spareGaussian;
        }
        double radius = Math.Sqrt(-2.0 * Math.Log(NextDoubleOpen()));
        (double sin, double cos) = Math.SinCos(2.0 * Math.PI * NextDouble());
        _spareGaussian = radius * sin;
        _hasSpareGaussian = true;
        return radius * cos;
    }

    /// <summary>A normal variate with the given <paramref name="mean"/> and <paramref name="sigma"/> (sigma &gt;= 0).</summary>
    public double Gaussian(double mean, double sigma) => mean + sigma * Gaussian();

    /// <summary>
    /// A Poisson variate with the given <paramref name="mean"/> (finite, &gt;= 0), exact for every mean:
    /// integer-mean tables and thinning below 32, Hormann's PTRS transformed rejection from 32 up (<see cref="PoissonSampler"/>).
    /// </summary>
    public long Poisson(double mean) => PoissonSampler.Sample(this, mean);
}
