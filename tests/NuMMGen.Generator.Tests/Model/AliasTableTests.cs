using NuMMGen.Generator.Random;
using NuMMGen.Generator.Sampling;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// <see cref="AliasTable"/> without padding: one 64-bit draw x gives column hi(x n) and fraction lo(x n). The probability
/// of every index is counted here exactly over all 2^64 values of x (UInt128 arithmetic: column c receives the x in
/// [ceil(c 2^64/n), ceil((c + 1) 2^64/n)), on which the fraction steps by n from lo0 = x0 n - c 2^64), and must equal the
/// weight's share to double precision: 2^-51 relative, plus 2^-51 absolute (the largest weight takes the remainder of the
/// shares' roundings) and two steps 2n/2^64 of the split. The counts add up to 2^64 exactly, a zero weight is never
/// drawn, and a draw never leaves the table.
/// </summary>
public class AliasTableTests
{
    private static readonly UInt128 TwoTo64 = (UInt128)ulong.MaxValue + 1;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(2128)]
    public void Every_index_is_drawn_with_its_weights_share(int count)
    {
        // Uneven weights with zeros and a spread of three decades.
        var weights = Enumerable.Range(0, count).Select(i => i % 11 == 5 ? 0.0 : Math.Pow(10, (i * 7919 % 31) / 10.0)).ToArray();
        if (weights.Sum() == 0)
            weights[0] = 1;
        var alias = new AliasTable(weights);
        Assert.Equal(count, alias.Count);
        var n = (UInt128)count;
        var counts = new UInt128[count];
        for (var c = 0; c < count; c++)
        {
            UInt128 first = CeilDiv((UInt128)c * TwoTo64, n), end = CeilDiv((UInt128)(c + 1) * TwoTo64, n);
            var lo0 = first * n - (UInt128)c * TwoTo64;
            Assert.True(lo0 < n);
            var (threshold, other) = alias.Column(c);
            var own = threshold > lo0 ? UInt128.Min(end - first, CeilDiv(threshold - lo0, n)) : UInt128.Zero;
            counts[c] += own;
            counts[other] += end - first - own;
        }
        var total = UInt128.Zero;
        foreach (var k in counts)
            total += k;
        Assert.Equal(TwoTo64, total);
        var sum = weights.Sum();
        for (var i = 0; i < count; i++)
        {
            var p = (double)counts[i] / (double)TwoTo64;
            Assert.True(Math.Abs(p - weights[i] / sum) <= Math.ScaleB(1.0, -51) * (weights[i] / sum + 1) + 2.0 * count / (double)TwoTo64,
                $"index {i}: drawn with probability {p:R}, weight share {weights[i] / sum:R}");
            if (weights[i] == 0)
                Assert.Equal(UInt128.Zero, counts[i]);
        }
    }

    [Fact]
    public void A_draw_never_leaves_the_table()
    {
        var alias = new AliasTable([1.0, 2.0, 3.0]);
        foreach (var bits in new[] { 0UL, 1UL, ulong.MaxValue / 3, ulong.MaxValue / 3 + 1, ulong.MaxValue - 1, ulong.MaxValue })
        {
            Assert.InRange(AliasTable.ColumnOf(bits, alias.Count, out _), 0, alias.Count - 1);
            Assert.InRange(alias.Sample(bits), 0, alias.Count - 1);
        }
        var random = RandomStreams.Create(3, 1, 4);
        var seen = new int[3];
        for (var i = 0; i < 60_000; i++)
            seen[alias.Sample(random)]++;
        // 10,000 / 20,000 / 30,000 expected; five standard deviations at most.
        Assert.All(seen.Select((k, i) => Math.Abs(k - 10_000.0 * (i + 1)) / Math.Sqrt(10_000.0 * (i + 1))), z => Assert.True(z < 5, $"z = {z}"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(2128)]
    [InlineData(AliasTable.MaxCount)]
    public void The_split_is_the_128_bit_product(int count)
    {
        // Column and fraction are the high and low words of bits x count, computed here in UInt128.
        var random = RandomStreams.Create(2, 7, (ulong)count);
        var edges = new[] { 0UL, 1UL, ulong.MaxValue / (ulong)count, ulong.MaxValue / (ulong)count + 1, ulong.MaxValue - 1, ulong.MaxValue };
        foreach (var bits in edges.Concat(Enumerable.Range(0, 1000).Select(_ => random.NextUInt64())))
        {
            var product = (UInt128)bits * (ulong)count;
            Assert.Equal((int)(ulong)(product >> 64), AliasTable.ColumnOf(bits, count, out var fraction));
            Assert.Equal((ulong)product, fraction);
        }
    }

    [Fact]
    public void A_column_keeps_its_own_index_below_its_threshold_and_gives_its_alias_from_it()
    {
        // For each column, the draws whose fraction lies just below the threshold and just at or above it (x = the
        // smallest value with x n >= c 2^64 + target; its fraction is in [target, target + n)).
        var weights = new[] { 5.0, 0.5, 3.0, 0.25, 1.0, 2.0, 0.0, 4.0 };
        var alias = new AliasTable(weights);
        var n = (UInt128)alias.Count;
        var checkedBoth = 0;
        for (var c = 0; c < alias.Count; c++)
        {
            var (threshold, other) = alias.Column(c);
            var below = threshold >= (ulong)alias.Count ? threshold - (ulong)alias.Count : (ulong?)null;
            if (below is { } b)
                Assert.Equal(c, alias.Sample(Draw(c, b)));
            if (threshold <= ulong.MaxValue - (ulong)alias.Count)
            {
                Assert.Equal(other, alias.Sample(Draw(c, threshold)));
                checkedBoth += below is null ? 0 : 1;
            }
        }
        Assert.True(checkedBoth >= 2, $"only {checkedBoth} columns with both outcomes");

        ulong Draw(int column, ulong target)
        {
            var x = (ulong)CeilDiv((UInt128)column * TwoTo64 + target, n);
            Assert.Equal(column, AliasTable.ColumnOf(x, alias.Count, out var fraction));
            Assert.InRange(fraction, target, target + (ulong)alias.Count - 1);
            return x;
        }
    }

    private static UInt128 CeilDiv(UInt128 a, UInt128 b) => (a + b - 1) / b;
}
