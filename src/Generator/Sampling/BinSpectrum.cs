using NuMMGen.Fluxes;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Exact draws of E from a piecewise-linear spectrum restricted to one energy bin of a <see cref="CellProposal"/>, without
/// the inverse CDF's square root and divisions. The bin is cut at the spectrum's knots into pieces on which the density is
/// exactly linear, p(x) = p_a (1 - x) + p_b x for x in [0, 1]; a piece is chosen by its mass (p_a + p_b)/2 x width (a short
/// scan of the bin's cumulative masses, skipped when the bin holds one piece), then x from the linear density written as a
/// mixture (Devroye 1986, II.2 and V.1): with probability min(p_a, p_b) / ((p_a + p_b)/2) uniform, otherwise the
/// triangular ramp |p_b - p_a| x (or (1 - x)), drawn as the maximum (minimum) of two uniforms, whose CDF is x^2
/// (1 - (1 - x)^2). Every step is exact, so E has the spectrum's density on the bin. Mixture and piece probabilities are
/// 64-bit fixed-point thresholds (exact to 2^-64). Immutable.
/// </summary>
internal sealed class BinSpectrum
{
    private readonly int[] _firstPiece;   // per bin; last entry = number of pieces
    private readonly Piece[] _pieces;

    /// <summary>Cuts every bin [ELo, EHi] of <paramref name="bins"/> at the knots of <paramref name="shape"/>.</summary>
    public BinSpectrum(TabulatedDistribution shape, IReadOnlyList<EnergyBin> bins)
    {
        var knots = shape.Knots.ToArray();
        var pieces = new List<Piece>();
        _firstPiece = new int[bins.Count + 1];
        var edges = new List<double>();
        var masses = new List<double>();
        for (var b = 0; b < bins.Count; b++)
        {
            _firstPiece[b] = pieces.Count;
            var bin = bins[b];
            edges.Clear();
            edges.Add(bin.ELo);
            var k = Array.BinarySearch(knots, bin.ELo);
            k = k >= 0 ? k + 1 : ~k;
            for (; k < knots.Length && knots[k] < bin.EHi; k++)
                edges.Add(knots[k]);
            edges.Add(bin.EHi);
            masses.Clear();
            for (var i = 0; i + 1 < edges.Count; i++)
                masses.Add(0.5 * (shape.Pdf(edges[i]) + shape.Pdf(edges[i + 1])) * (edges[i + 1] - edges[i]));
            var total = masses.Sum();
            var cumulative = 0.0;
            for (var i = 0; i + 1 < edges.Count; i++)
            {
                double lo = edges[i], hi = edges[i + 1], pa = shape.Pdf(lo), pb = shape.Pdf(hi);
                cumulative += masses[i];
                // Last piece of a bin: threshold 2^64 - 1 so the scan always stops there.
                var upTo = i + 2 == edges.Count || !(total > 0) ? ulong.MaxValue : Fixed(cumulative / total);
                var ramp = pa + pb > 0 ? Fixed(Math.Abs(pb - pa) / (pa + pb)) : 0UL;
                pieces.Add(new Piece(lo, hi - lo, upTo, ramp, pb > pa));
            }
        }
        _firstPiece[^1] = pieces.Count;
        _pieces = [.. pieces];
    }

    /// <summary>Number of pieces over all bins (bins plus the knots inside them).</summary>
    public int PieceCount => _pieces.Length;

    /// <summary>Draws E in bin <paramref name="bin"/> with the spectrum's density (two or three 64-bit random values, one more for a bin of several pieces).</summary>
    public double Sample(int bin, RandomStream random)
    {
        var p = _firstPiece[bin];
        if (_firstPiece[bin + 1] - p > 1)
        {
            var u = random.NextUInt64();
            while (u > _pieces[p].UpTo)
                p++;
        }
        ref readonly var piece = ref _pieces[p];
        double x;
        if (random.NextUInt64() < piece.Ramp)
        {
            double u1 = random.NextDouble(), u2 = random.NextDouble();
            x = piece.Rising ? Math.Max(u1, u2) : Math.Min(u1, u2);
        }
        else
        {
            x = random.NextDouble();
        }
        return piece.Lo + x * piece.Width;
    }

    /// <summary>A probability in [0, 1] as a 64-bit threshold: P(NextUInt64() &lt; threshold) = p to 2^-64.</summary>
    private static ulong Fixed(double p) => p >= 1.0 ? ulong.MaxValue : p <= 0.0 ? 0UL : (ulong)Math.ScaleB(p, 64);

    /// <summary>
    /// One piece: [Lo, Lo + Width), chosen within its bin while the 64-bit draw is at most <see cref="UpTo"/> (cumulative
    /// mass as a threshold); <see cref="Ramp"/> the probability of the triangular part, rising or falling.
    /// </summary>
    private readonly record struct Piece(double Lo, double Width, ulong UpTo, ulong Ramp, bool Rising);
}
