using NuMMGen.Fluxes;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Exact draws of E from a piecewise-linear spectrum restricted to one energy bin of a <see cref="CellProposal"/>, without
/// the inverse CDF's square root and division. The bin is cut at the spectrum's knots into pieces on which the density is
/// exactly linear, p(x) = p_a (1 - x) + p_b x for x in [0, 1]. A piece is chosen by its mass (p_a + p_b)/2 x width with a
/// small alias table per bin (Walker 1977; one 64-bit draw, no search). Within the piece the normalised density is
/// f(x) = 1 + s (2x - 1), s = (p_b - p_a)/(p_a + p_b) in [-1, 1], and x is drawn by reflection: u1, u2 uniform, x = u1
/// when u2 &lt; f(u1)/2 and 1 - u1 otherwise. The density of x is f(x)/2 + 1 - f(1 - x)/2 = f(x), because f(x) + f(1 - x)
/// = 2 for a linear f with mean 1 (the symmetric-mixture form of Devroye 1986, II.4, for a density bounded by 2). Every
/// step is exact, so E has the spectrum's density on the bin. Immutable.
/// </summary>
internal sealed class BinSpectrum
{
    private readonly BinIndex[] _bins;
    private readonly Column[] _columns;
    private readonly Piece[] _pieces;

    /// <summary>Cuts every bin [ELo, EHi] of <paramref name="bins"/> at the knots of <paramref name="shape"/>.</summary>
    public BinSpectrum(TabulatedDistribution shape, IReadOnlyList<EnergyBin> bins)
    {
        var knots = shape.Knots.ToArray();
        var pieces = new List<Piece>();
        var columns = new List<Column>();
        _bins = new BinIndex[bins.Count];
        var edges = new List<double>();
        var masses = new List<double>();
        for (var b = 0; b < bins.Count; b++)
        {
            var bin = bins[b];
            edges.Clear();
            edges.Add(bin.ELo);
            var k = Array.BinarySearch(knots, bin.ELo);
            k = k >= 0 ? k + 1 : ~k;
            for (; k < knots.Length && knots[k] < bin.EHi; k++)
                edges.Add(knots[k]);
            edges.Add(bin.EHi);
            masses.Clear();
            var first = pieces.Count;
            for (var i = 0; i + 1 < edges.Count; i++)
            {
                double lo = edges[i], hi = edges[i + 1], pa = shape.Pdf(lo), pb = shape.Pdf(hi);
                masses.Add(0.5 * (pa + pb) * (hi - lo));
                pieces.Add(new Piece(lo, hi - lo, pa + pb > 0 ? (pb - pa) / (pa + pb) : 0.0));
            }
            // A bin without mass is never drawn by the proposal; give it its first piece so the table is well formed.
            if (!(masses.Sum() > 0))
                masses[0] = 1.0;
            var alias = new AliasTable(masses);
            _bins[b] = new BinIndex(columns.Count, alias.Count, masses.Count == 1 ? first : -1);
            for (var c = 0; c < alias.Count; c++)
            {
                var (threshold, other) = alias.Column(c);
                columns.Add(new Column(threshold, first + c, first + other));
            }
        }
        _columns = [.. columns];
        _pieces = [.. pieces];
    }

    /// <summary>The whole of <paramref name="shape"/> as one bin (bin 0): exact draws without a search, square root or division.</summary>
    public static BinSpectrum Whole(TabulatedDistribution shape) => new(shape, [new EnergyBin(0.0, 1.0, shape.Min, shape.Max)]);

    /// <summary>Number of pieces over all bins (bins plus the knots inside them).</summary>
    public int PieceCount => _pieces.Length;

    /// <summary>Draws E in bin <paramref name="bin"/> with the spectrum's density (two uniforms, and one 64-bit value for a bin of several pieces).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Sample(int bin, RandomStream random)
    {
        ref readonly var index = ref _bins[bin];
        var p = index.OnlyPiece < 0 ? PieceOf(index, random.NextUInt64()) : index.OnlyPiece;
        double u1 = random.NextDouble(), u2 = random.NextDouble();
        return Place(p, u1, u2);
    }

    /// <summary>True when bin <paramref name="bin"/> has several pieces, so that a draw in it takes a 64-bit value for the piece.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool DrawsPiece(int bin) => _bins[bin].OnlyPiece < 0;

    /// <summary>
    /// <see cref="Sample(int, RandomStream)"/> with its random numbers given: <paramref name="pieceBits"/> picks the piece
    /// (ignored when the bin has one), <paramref name="u1"/> and <paramref name="u2"/> uniform on [0, 1) place E in it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Sample(int bin, ulong pieceBits, double u1, double u2)
    {
        ref readonly var index = ref _bins[bin];
        return Place(index.OnlyPiece < 0 ? PieceOf(index, pieceBits) : index.OnlyPiece, u1, u2);
    }

    /// <summary>The piece of a bin of several pieces that the 64-bit value <paramref name="bits"/> picks (its alias columns).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int PieceOf(in BinIndex index, ulong bits)
    {
        ref readonly var column = ref _columns[index.Offset + AliasTable.ColumnOf(bits, index.Count, out var fraction)];
        return Branchless.Select(fraction < column.Threshold, column.Own, column.Other);
    }

    /// <summary>E in piece <paramref name="p"/> by reflection from two uniforms.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private double Place(int p, double u1, double u2)
    {
        ref readonly var piece = ref _pieces[p];
        // x = u1 when u2 < f(u1)/2, else 1 - u1 = u1 + (1 - 2 u1) (exact in binary64): the sign bit of the difference
        // selects, without a branch (the outcome is a coin flip the predictor cannot learn).
        var keep = BitConverter.DoubleToInt64Bits(u2 - (0.5 + piece.Slope * (u1 - 0.5))) >> 63;
        var x = u1 + BitConverter.Int64BitsToDouble(~keep & BitConverter.DoubleToInt64Bits(1.0 - 2.0 * u1));
        return piece.Lo + x * piece.Width;
    }

    /// <summary>
    /// A bin's alias columns: the first one and their number (one per piece, <see cref="AliasTable.ColumnOf"/>); for a
    /// bin of one piece, that piece (no draw needed), otherwise -1.
    /// </summary>
    private readonly record struct BinIndex(int Offset, int Count, int OnlyPiece);

    /// <summary>One alias column: its own piece below <see cref="Threshold"/>, <see cref="Other"/> above (piece indices).</summary>
    private readonly record struct Column(ulong Threshold, int Own, int Other);

    /// <summary>One piece [Lo, Lo + Width) with normalised density 1 + Slope (2x - 1) in x = (E - Lo)/Width.</summary>
    private readonly record struct Piece(double Lo, double Width, double Slope);
}
