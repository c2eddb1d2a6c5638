using System.Runtime.CompilerServices;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// A proposal's <see cref="AliasTable"/> with the cells stored in the columns: each column holds its threshold, its own
/// cell and its alias's cell, so a draw reads one table entry instead of an alias entry and then a cell elsewhere in
/// memory (tens of thousands of cells do not stay in the L1/L2 caches). The draw consumes the same one 64-bit value and
/// picks the same cell as <see cref="AliasTable.Sample"/>. Immutable.
/// </summary>
internal sealed class CellColumns
{
    private readonly Column[] _columns;
    private readonly int _shift;
    private readonly ulong _fractionMask;

    /// <summary>Copies <paramref name="cells"/> into the columns of <paramref name="alias"/> (built on the cells' weights).</summary>
    public CellColumns(AliasTable alias, IReadOnlyList<Cell> cells)
    {
        if (alias.Count != cells.Count)
            throw new ArgumentException($"The alias table has {alias.Count} entries but there are {cells.Count} cells.", nameof(cells));
        (_shift, _fractionMask) = (alias.Shift, alias.FractionMask);
        _columns = new Column[alias.Columns];
        for (var c = 0; c < _columns.Length; c++)
        {
            var (threshold, other) = alias.Column(c);
            // A padding column (index >= Count) has threshold 0: its own cell is never drawn.
            _columns[c] = new Column(threshold, c < cells.Count ? cells[c] : cells[other], cells[other]);
        }
    }

    /// <summary>Draws a cell with one 64-bit random value (the same cell <see cref="AliasTable.Sample"/> gives for it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly Cell Sample(RandomStream random)
    {
        var bits = random.NextUInt64();
        ref readonly var column = ref _columns[(int)(bits >> _shift)];
        if ((bits & _fractionMask) < column.Threshold)
            return ref column.Own;
        return ref column.Other;
    }

    private readonly struct Column(ulong threshold, Cell own, Cell other)
    {
        public readonly ulong Threshold = threshold;
        public readonly Cell Own = own;
        public readonly Cell Other = other;
    }
}
