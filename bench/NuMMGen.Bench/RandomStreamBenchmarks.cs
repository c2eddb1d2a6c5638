using BenchmarkDotNet.Attributes;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>Nanoseconds per draw of the random stream's samplers (each benchmark draws 1000 values).</summary>
public class RandomStreamBenchmarks
{
    private const int Draws = 1000;
    private readonly RandomStream _stream = RandomStreams.Create(42, 1, 0);

    [Benchmark(OperationsPerInvoke = Draws)]
    public ulong NextUInt64()
    {
        ulong x = 0;
        for (int i = 0; i < Draws; i++)
            x ^= _stream.NextUInt64();
        return x;
    }

    private readonly ulong[] _bulk = new ulong[64];

    /// <summary>The bulk fill the sampler's stages use, 64 values a call (a round's worth), per value.</summary>
    [Benchmark(OperationsPerInvoke = Draws * 64)]
    public ulong NextUInt64s()
    {
        ulong x = 0;
        for (int i = 0; i < Draws; i++)
        {
            _stream.NextUInt64s(_bulk);
            x ^= _bulk[i & 63];
        }
        return x;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextDouble()
    {
        double x = 0;
        for (int i = 0; i < Draws; i++)
            x += _stream.NextDouble();
        return x;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Exponential()
    {
        double x = 0;
        for (int i = 0; i < Draws; i++)
            x += _stream.Exponential();
        return x;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Gaussian()
    {
        double x = 0;
        for (int i = 0; i < Draws; i++)
            x += _stream.Gaussian();
        return x;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    [Arguments(0.5)]
    [Arguments(5.0)]
    [Arguments(50.0)]
    [Arguments(1e6)]
    public long Poisson(double mean)
    {
        long x = 0;
        for (int i = 0; i < Draws; i++)
            x += _stream.Poisson(mean);
        return x;
    }
}
