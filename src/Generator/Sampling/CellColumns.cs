using System.Runtime.CompilerServices;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// A proposal's <see cref="AliasTable"/> with the cells stored in the columns: each column holds its threshold, its own
/// cell and its alias's cell, so a draw reads one table entry instead of an alias entry and then a cell elsewhere in
/// memory. The cells are stored packed (<see cref="PackedCell"/>, 16 bytes: bound, energy bin and recoil span), with
/// the recoil spans in a small table of their own: every energy bin shares the recoil grid, so there are few distinct
/// spans (the grid's cells and each bin's last, cut cell), and a column takes 40 bytes instead of 72. A generator
/// draws from several channels in turn and their tables compete for the caches (COHERENT CsI, six channels: about
/// 1.1 MB of tables with the cells unpacked, against a 1 MB L2). The draw consumes the same one 64-bit value and picks
/// the same cell as <see cref="AliasTable.Sample"/>. Immutable.
/// </summary>
internal sealed class CellColumns
{
    private readonly Column[] _columns;
    private readonly RecoilSpan[] _spans;
    private readonly int _shift;
    private readonly ulong _fractionMask;

    /// <summary>Copies <paramref name="cells"/> into the columns of <paramref name="alias"/> (built on the cells' weights).</summary>
    public CellColumns(AliasTable alias, IReadOnlyList<Cell> cells)
    {
        if (alias.Count != cells.Count)
            throw new ArgumentException($"The alias table has {alias.Count} entries but there are {cells.Count} cells.", nameof(cells));
        (_shift, _fractionMask) = (alias.Shift, alias.FractionMask);
        var spans = new List<RecoilSpan>();
        var spanIndex = new Dictionary<RecoilSpan, int>();
        var packed = new PackedCell[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var span = new RecoilSpan(cells[i].TLo, cells[i].TWidth, cells[i].Multiplicity);
            if (!spanIndex.TryGetValue(span, out var s))
            {
                s = spans.Count;
                spanIndex.Add(span, s);
                spans.Add(span);
            }
            packed[i] = new PackedCell(cells[i].Bound, cells[i].Bin, s);
        }
        _spans = [.. spans];
        _columns = new Column[alias.Columns];
        for (var c = 0; c < _columns.Length; c++)
        {
            var (threshold, other) = alias.Column(c);
            // A padding column (index >= Count) has threshold 0: its own cell is never drawn.
            _columns[c] = new Column(threshold, c < cells.Count ? packed[c] : packed[other], packed[other]);
        }
    }

    /// <summary>Number of distinct recoil spans.</summary>
    public int SpanCount => _spans.Length;

    /// <summary>Draws a cell with one 64-bit random value (the same cell <see cref="AliasTable.Sample"/> gives for it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly PackedCell Sample(RandomStream random) => ref Sample(random.NextUInt64());

    /// <summary>The cell that the 64-bit value <paramref name="bits"/> draws (<see cref="Sample(RandomStream)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly PackedCell Sample(ulong bits)
    {
        ref readonly var column = ref _columns[(int)(bits >> _shift)];
        if ((bits & _fractionMask) < column.Threshold)
            return ref column.Own;
        return ref column.Other;
    }

    /// <summary>The recoil span of a drawn cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly RecoilSpan Span(in PackedCell cell) => ref _spans[cell.Span];

    private readonly struct Column(ulong threshold, PackedCell own, PackedCell other)
    {
        public readonly ulong Threshold = threshold;
        public readonly PackedCell Own = own;
        public readonly PackedCell Other = other;
    }
}

/// <summary>A <see cref="Cell"/> as stored in <see cref="CellColumns"/>: its bound, energy bin and recoil span index.</summary>
/// <param name="Bound">M_ij, cm^2/MeV.</param>
/// <param name="Bin">Index of the energy bin.</param>
/// <param name="Span">Index of the cell's <see cref="RecoilSpan"/>.</param>
internal readonly record struct PackedCell(double Bound, int Bin, int Span);

/// <summary>The recoil side of a cell: T uniform on [TLo, TLo + TWidth), multiplicity n(T) inside (<see cref="Cell"/>).</summary>
/// <param name="TLo">Lower recoil edge, MeV.</param>
/// <param name="TWidth">Recoil width, MeV.</param>
/// <param name="Multiplicity">n(T) on the open cell.</param>
internal readonly record struct RecoilSpan(double TLo, double TWidth, int Multiplicity);
