using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Walker's alias method in Vose's numerically stable construction (M. D. Vose, IEEE Trans. Softw. Eng. 17 (1991)
/// 972): O(n) set-up, O(1) draws of an index with probability proportional to its weight. Immutable.
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    /// <summary>Builds the table from non-negative weights with a positive sum.</summary>
    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        var sum = weights.Sum();
        if (n == 0 || !(sum > 0) || !double.IsFinite(sum) || weights.Any(w => !(w >= 0)))
            throw new ArgumentException("Alias table weights must be finite, non-negative and have a positive sum.", nameof(weights));
        _probability = new double[n];
        _alias = new int[n];
        var scaled = weights.Select(w => w * n / sum).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
            (scaled[i] < 1.0 ? small : large).Push(i);
        while (small.Count > 0 && large.Count > 0)
        {
            int s = small.Pop(), l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }
        // What is left has weight 1 up to rounding (Vose's fix for numerical stability).
        foreach (var i in large.Concat(small))
        {
            _probability[i] = 1.0;
            _alias[i] = i;
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count => _probability.Length;

    /// <summary>Draws an index (two uniforms: a column, then the column's own or alias index).</summary>
    public int Sample(RandomStream random)
    {
        var i = (int)random.NextUInt64((ulong)_probability.Length);
        return random.NextDouble() < _probability[i] ? i : _alias[i];
    }
}
