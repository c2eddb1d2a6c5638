using System.Runtime.CompilerServices;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// A proposal's <see cref="AliasTable"/> with the cells stored in the columns: each column holds its threshold and both
/// candidate cells (its own and its alias's), so a draw reads one 32-byte entry instead of an alias entry and then a cell
/// elsewhere in memory. A cell is kept as its bound and a 32-bit key (energy bin and recoil span index, 16 bits each),
/// with the recoil spans in a small table of their own: every energy bin shares the recoil grid, so there are few
/// distinct spans (the grid's cells and each bin's last, cut cell). A generator draws from several channels in turn and
/// their tables compete for the caches (COHERENT CsI, six channels: 0.70 MB of cell tables with 40-byte columns padded to
/// 2^k, 0.29 MB now, against a 1 MB L2). The draw consumes the same one 64-bit value and picks the same cell as
/// <see cref="AliasTable.Sample(ulong)"/>. Immutable.
/// </summary>
internal sealed class CellColumns
{
    private readonly Column[] _columns;
    private readonly RecoilSpan[] _spans;

    /// <summary>Copies <paramref name="cells"/> into the columns of <paramref name="alias"/> (built on the cells' weights).</summary>
    /// <exception cref="ArgumentException">The counts differ, or an energy bin or span index does not fit in 16 bits.</exception>
    public CellColumns(AliasTable alias, IReadOnlyList<Cell> cells)
    {
        if (alias.Count != cells.Count)
            throw new ArgumentException($"The alias table has {alias.Count} entries but there are {cells.Count} cells.", nameof(cells));
        var spans = new List<RecoilSpan>();
        var spanIndex = new Dictionary<RecoilSpan, int>();
        var keys = new uint[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var span = new RecoilSpan(cells[i].TLo, cells[i].TWidth, cells[i].Multiplicity);
            if (!spanIndex.TryGetValue(span, out var s))
            {
                s = spans.Count;
                spanIndex.Add(span, s);
                spans.Add(span);
            }
            if (cells[i].Bin is < 0 or > ushort.MaxValue || s > ushort.MaxValue)
                throw new ArgumentException($"Cell {i}: energy bin {cells[i].Bin} or recoil span {s} does not fit the 16-bit cell key.", nameof(cells));
            keys[i] = (uint)cells[i].Bin << 16 | (uint)s;
        }
        _spans = [.. spans];
        _columns = new Column[alias.Count];
        for (var c = 0; c < _columns.Length; c++)
        {
            var (threshold, other) = alias.Column(c);
            _columns[c] = new Column(threshold, cells[c].Bound, cells[other].Bound, keys[c], keys[other]);
        }
    }

    /// <summary>Number of distinct recoil spans.</summary>
    public int SpanCount => _spans.Length;

    /// <summary>Draws a cell with one 64-bit random value (the same cell <see cref="AliasTable.Sample(RandomStream)"/> gives for it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PackedCell Sample(RandomStream random) => Sample(random.NextUInt64());

    /// <summary>The cell that the 64-bit value <paramref name="bits"/> draws (<see cref="Sample(RandomStream)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PackedCell Sample(ulong bits)
    {
        ref readonly var column = ref _columns[AliasTable.ColumnOf(bits, _columns.Length, out var fraction)];
        // Which of the two is drawn is random, so a branch would be mispredicted often: the other cell's fields follow the
        // own cell's, and the comparison's outcome (0 or 1) steps over them.
        var other = 1 - Branchless.Bit(fraction < column.Threshold);
        var bound = Unsafe.Add(ref Unsafe.AsRef(in column.OwnBound), other);
        var key = Unsafe.Add(ref Unsafe.AsRef(in column.OwnKey), other);
        return new PackedCell(bound, (int)(key >> 16), (int)(key & 0xFFFF));
    }

    /// <summary>The recoil span of a drawn cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly RecoilSpan Span(in PackedCell cell) => ref _spans[cell.Span];

    /// <summary>
    /// One column (32 bytes): the own cell below <see cref="Threshold"/>, else the alias's; keys are bin &lt;&lt; 16 | span.
    /// Sequential layout (the default for a struct): each Other field lies right after its Own field.
    /// </summary>
    private readonly struct Column(ulong threshold, double ownBound, double otherBound, uint ownKey, uint otherKey)
    {
        public readonly ulong Threshold = threshold;
        public readonly double OwnBound = ownBound;
        public readonly double OtherBound = otherBound;
        public readonly uint OwnKey = ownKey;
        public readonly uint OtherKey = otherKey;
    }
}

/// <summary>A <see cref="Cell"/> as drawn from <see cref="CellColumns"/>: its bound, energy bin and recoil span index.</summary>
/// <param name="Bound">M_ij, cm^2/MeV.</param>
/// <param name="Bin">Index of the energy bin.</param>
/// <param name="Span">Index of the cell's <see cref="RecoilSpan"/>.</param>
internal readonly record struct PackedCell(double Bound, int Bin, int Span);

/// <summary>The recoil side of a cell: T uniform on [TLo, TLo + TWidth), multiplicity n(T) inside (<see cref="Cell"/>).</summary>
/// <param name="TLo">Lower recoil edge, MeV.</param>
/// <param name="TWidth">Recoil width, MeV.</param>
/// <param name="Multiplicity">n(T) on the open cell.</param>
internal readonly record struct RecoilSpan(double TLo, double TWidth, int Multiplicity);
