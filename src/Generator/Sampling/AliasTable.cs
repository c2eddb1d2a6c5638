using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Walker's alias method in Vose's numerically stable construction (M. D. Vose, IEEE Trans. Softw. Eng. 17 (1991)
/// 972): O(n) set-up, O(1) draws of an index with probability proportional to its weight. One column per index, no
/// padding: a 64-bit draw x gives the column and the fraction at once as the high and low words of the 128-bit product
/// x n (<see cref="ColumnOf"/>; the multiply-shift range reduction of D. Lemire, ACM Trans. Model. Comput. Simul. 29
/// (2019) 3, kept to all 64 + 64 bits). Column c receives the x in [c 2^64/n, (c + 1) 2^64/n), and on them the fraction
/// steps through [0, 2^64) by n; the column keeps its own index when the fraction is below its probability as a 64-bit
/// fixed-point threshold. The table is built in integers (each column 2^64 units of mass), so the only roundings are the
/// weights' shares to double (2^-52 relative, plus at most 2^-52 absolute on the largest weight, which takes the
/// remainder) and the draw's split (at most one step of n, n/2^64, per column, so at most 2^-40 for the largest tables of
/// 2^24 columns); a zero weight is never drawn. Checked exactly in the tests.
/// Immutable.
/// </summary>
internal sealed class AliasTable
{
    /// <summary>Largest number of columns (2^24).</summary>
    public const int MaxCount = 1 << 24;

    private readonly Entry[] _entries;

    /// <summary>Builds the table from non-negative weights with a positive sum.</summary>
    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        var sum = CompensatedSum(weights);
        if (n == 0 || n > MaxCount || !(sum > 0) || !double.IsFinite(sum) || weights.Any(w => !(w >= 0)))
            throw new ArgumentException($"Alias table weights must be 1 to {MaxCount}, finite, non-negative and have a positive sum.", nameof(weights));
        // Each column holds 2^64 units of probability mass: the weights become integer masses summing to exactly n 2^64
        // (the rounding remainder, at most ~2^-52 of the total with the compensated sum, goes to the largest), and Vose's
        // pairing runs in exact integer arithmetic.
        var unit = (UInt128)ulong.MaxValue + 1;
        var mass = new UInt128[n];
        var total = UInt128.Zero;
        var largest = 0;
        for (var i = 0; i < n; i++)
        {
            mass[i] = (UInt128)Math.ScaleB(weights[i] / sum * n, 64);
            total += mass[i];
            largest = mass[i] > mass[largest] ? i : largest;
        }
        var target = (UInt128)n * unit;
        mass[largest] = total <= target ? mass[largest] + (target - total) : mass[largest] - (total - target);
        _entries = new Entry[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
            (mass[i] < unit ? small : large).Push(i);
        while (small.Count > 0 && large.Count > 0)
        {
            int s = small.Pop(), l = large.Pop();
            _entries[s] = new Entry((ulong)mass[s], l);
            mass[l] -= unit - mass[s];
            (mass[l] < unit ? small : large).Push(l);
        }
        // The masses add up to (columns left) x 2^64 at every step, so what is left has exactly 2^64: its own index always.
        foreach (var i in large.Concat(small))
            _entries[i] = new Entry(ulong.MaxValue, i);
    }

    /// <summary>Sum to within about one rounding whatever the count (Neumaier's compensated summation, ZAMM 54 (1974) 39).</summary>
    private static double CompensatedSum(IReadOnlyList<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (var v in values)
        {
            var t = sum + v;
            compensation += Math.Abs(sum) >= Math.Abs(v) ? sum - t + v : v - t + sum;
            sum = t;
        }
        return sum + compensation;
    }

    /// <summary>Number of entries (and columns).</summary>
    public int Count => _entries.Length;

    /// <summary>Draws an index with one 64-bit random value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Sample(RandomStream random) => Sample(random.NextUInt64());

    /// <summary>The index that the 64-bit value <paramref name="bits"/> draws (<see cref="Sample(RandomStream)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Sample(ulong bits)
    {
        var column = ColumnOf(bits, _entries.Length, out var fraction);
        ref readonly var entry = ref _entries[column];
        return Branchless.Select(fraction < entry.Threshold, column, entry.Alias);
    }

    /// <summary>
    /// Splits a 64-bit draw for a table of <paramref name="columns"/> columns: the column is the high word of
    /// <paramref name="bits"/> x <paramref name="columns"/> (always below <paramref name="columns"/>), the fraction its
    /// low word, compared with a column's <see cref="Column"/> threshold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ColumnOf(ulong bits, int columns, out ulong fraction)
    {
        // The low word is the wrapping product; the high word from mulx alone where there is BMI2 (Math.BigMul's out
        // argument went through memory, a store and a reload on the draw's critical path).
        fraction = bits * (ulong)columns;
        return (int)(Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(bits, (ulong)columns) : Math.BigMul(bits, (ulong)columns, out _));
    }

    /// <summary>Column <paramref name="column"/>: its own index is drawn when the fraction is below Threshold, else Alias.</summary>
    internal (ulong Threshold, int Alias) Column(int column) => (_entries[column].Threshold, _entries[column].Alias);

    /// <summary>One column: its own index with probability Threshold / 2^64, else Alias.</summary>
    private readonly struct Entry(ulong threshold, int alias)
    {
        public readonly ulong Threshold = threshold;
        public readonly int Alias = alias;
    }
}
