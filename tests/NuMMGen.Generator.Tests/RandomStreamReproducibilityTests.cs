using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Tests;

public sealed class RandomStreamReproducibilityTests
{
    private static ulong[] Take(RandomStream stream, int count) =>
        Enumerable.Range(0, count).Select(_ => stream.NextUInt64()).ToArray();

    [Fact]
    public void The_same_key_gives_the_same_sequence()
    {
        Assert.Equal(Take(RandomStreams.Create(7, 2, 99), 1000), Take(RandomStreams.Create(7, 2, 99), 1000));
        Assert.Equal(new StreamKey(7, 2, 99), RandomStreams.Create(7, 2, 99).Key);
    }

    [Fact]
    public void Different_seeds_stages_and_blocks_give_different_sequences()
    {
        var reference = Take(RandomStreams.Create(7, 2, 99), 4);
        Assert.NotEqual(reference, Take(RandomStreams.Create(8, 2, 99), 4));
        Assert.NotEqual(reference, Take(RandomStreams.Create(7, 3, 99), 4));
        Assert.NotEqual(reference, Take(RandomStreams.Create(7, 2, 100), 4));
        // Swapping stage and block must not give the same stream either.
        Assert.NotEqual(Take(RandomStreams.Create(7, 1, 2), 4), Take(RandomStreams.Create(7, 2, 1), 4));
    }

    [Fact]
    public void Seeds_of_distinct_blocks_never_collide()
    {
        var seeds = new HashSet<ulong>();
        for (ulong block = 0; block < 200_000; block++)
            Assert.True(seeds.Add(new StreamKey(123, 4, block).ToSeed()));
        for (ulong stage = 0; stage < 1000; stage++)
            Assert.True(seeds.Add(new StreamKey(123, 1_000_000 + stage, 0).ToSeed()));
    }

    [Fact]
    public void Blocks_give_the_same_numbers_whatever_the_thread_count_and_order()
    {
        const int blocks = 64;
        double[] Sum(int threads)
        {
            var sums = new double[blocks];
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
            {
                var stream = RandomStreams.Create(2024, 1, (ulong)b);
                double s = 0;
                for (int i = 0; i < 10_000; i++)
                    s += stream.Gaussian() + stream.Poisson(3.5) + stream.Exponential();
                sums[b] = s;
            });
            return sums;
        }
        var one = Sum(1);
        Assert.Equal(one, Sum(4));
        // A single block regenerated alone equals its value in the full run.
        var alone = RandomStreams.Create(2024, 1, 37);
        double sum = 0;
        for (int i = 0; i < 10_000; i++)
            sum += alone.Gaussian() + alone.Poisson(3.5) + alone.Exponential();
        Assert.Equal(one[37], sum);
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        var stream = RandomStreams.Create(1, 1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Poisson(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Poisson(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Poisson(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.NextUInt64(0));
        Assert.Equal(0, stream.Poisson(0));
    }
}
