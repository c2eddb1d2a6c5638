using System.Numerics;
using System.Runtime.CompilerServices;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Walker's alias method in Vose's numerically stable construction (M. D. Vose, IEEE Trans. Softw. Eng. 17 (1991)
/// 972): O(n) set-up, O(1) draws of an index with probability proportional to its weight. The table is padded with
/// zero weights to 2^k &gt;= 2 columns so that one 64-bit draw gives both the column (its top k bits) and the uniform fraction
/// that picks the column's own index or its alias (the other 64 - k bits, compared with the column's probability as a
/// (64 - k)-bit fixed-point threshold). Tables have at most 2^24 columns, so the fraction keeps at least 40 bits and the
/// probabilities are exact to 2^-40 (far below any statistical test's reach). Immutable.
/// </summary>
internal sealed class AliasTable
{
    /// <summary>Largest number of columns (2^24).</summary>
    public const int MaxCount = 1 << 24;

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly ulong _fractionMask;

    /// <summary>Builds the table from non-negative weights with a positive sum.</summary>
    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        var sum = weights.Sum();
        if (n == 0 || n > MaxCount || !(sum > 0) || !double.IsFinite(sum) || weights.Any(w => !(w >= 0)))
            throw new ArgumentException($"Alias table weights must be 1 to {MaxCount}, finite, non-negative and have a positive sum.", nameof(weights));
        var bits = n <= 2 ? 1 : BitOperations.Log2((uint)(n - 1)) + 1;
        var size = 1 << bits;
        Count = n;
        _shift = 64 - bits;
        _fractionMask = (1UL << _shift) - 1;
        var scale = Math.ScaleB(1.0, _shift);

        var scaled = new double[size];
        for (var i = 0; i < n; i++)
            scaled[i] = weights[i] * size / sum;
        _entries = new Entry[size];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < size; i++)
            (scaled[i] < 1.0 ? small : large).Push(i);
        while (small.Count > 0 && large.Count > 0)
        {
            int s = small.Pop(), l = large.Pop();
            _entries[s] = new Entry((ulong)(scaled[s] * scale), l);
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }
        // What is left has weight 1 up to rounding (Vose's fix for numerical stability): its own index always.
        foreach (var i in large.Concat(small))
            _entries[i] = new Entry(ulong.MaxValue, i);
    }

    /// <summary>Number of entries (without the padding).</summary>
    public int Count { get; }

    /// <summary>Draws an index with one 64-bit random value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Sample(RandomStream random)
    {
        var bits = random.NextUInt64();
        var column = (int)(bits >> _shift);
        ref readonly var entry = ref _entries[column];
        return (bits & _fractionMask) < entry.Threshold ? column : entry.Alias;
    }

    /// <summary>Columns of the padded table (2^k).</summary>
    internal int Columns => _entries.Length;

    /// <summary>A draw's column is its top k bits: bits &gt;&gt; <see cref="Shift"/> (64 - k).</summary>
    internal int Shift => _shift;

    /// <summary>The other 64 - k bits of a draw, compared with a column's threshold.</summary>
    internal ulong FractionMask => _fractionMask;

    /// <summary>Column <paramref name="column"/>: its own index is drawn when the fraction is below Threshold, else Alias.</summary>
    internal (ulong Threshold, int Alias) Column(int column) => (_entries[column].Threshold, _entries[column].Alias);

    /// <summary>
    /// One column: its own index with probability Threshold / 2^(64 - k), else Alias. Padding columns have weight 0, so
    /// they always forward to a real index.
    /// </summary>
    private readonly struct Entry(ulong threshold, int alias)
    {
        public readonly ulong Threshold = threshold;
        public readonly int Alias = alias;
    }
}
