using NuMMGen.Fluxes;
using NuMMGen.Generator.Rates;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// The piecewise-constant proposal of a <see cref="ChannelSampler"/>: cells (energy bin i) x (recoil cell j) with
/// weight Phi_i M_ij DeltaT_ij, where Phi_i is the flux probability of bin i and M_ij bounds the state-weighted
/// dsigma/dT on the cell (phi is not part of the bound: E is drawn from it exactly).
/// <list type="bullet">
/// <item>Energy: <see cref="EnergyBins"/> equal-width bins from the window's energy threshold E_min(a) to the top of the
/// spectrum; a line is one bin at its energy.</item>
/// <item>Recoil: one grid for all bins, log-spaced between the window's lower edge a and min(b, T_max(E_max)) with
/// cell ratio at most <see cref="CellRatio"/> (<see cref="LineCellRatio"/> for a line; at most
/// <see cref="MaxCellsPerBin"/> or <see cref="MaxLineCells"/> cells), a first linear cell [0, top/1024] when a = 0,
/// plus the cross section's <see cref="Physics.CrossSections.IRecoilCrossSection.RecoilBreaks"/> (binding energies) as
/// edges, so no cell straddles a jump. Bin i uses the cells below its own top min(b, T_max(E_hi)), the last one cut there.</item>
/// <item>Bound: M_ij = <see cref="Margin"/> x the largest dsigma/dT at <see cref="Probes"/> x <see cref="Probes"/>
/// points of the cell (corners included; a left edge is probed at its right limit). This is not a proof: between
/// probes the functions are smooth on the cell scale (cells are narrow, jumps sit on edges), and the sampler checks
/// every draw against M_ij and throws if it is ever exceeded, so a wrong bound can never bias events silently.</item>
/// </list>
/// Immutable.
/// </summary>
internal sealed class CellProposal
{
    /// <summary>
    /// Energy bins of a continuum. 64 rather than more: a generator draws from several channels in turn, and the tables of
    /// all of them must share the caches (COHERENT CsI, six channels: 256 bins gave 150-190 ns/event for the mixture, 64
    /// give 105-121, with the acceptance of every benchmark channel still above 0.89).
    /// </summary>
    public const int EnergyBins = 64;

    /// <summary>Largest ratio T_hi/T_lo of a recoil cell of a continuum.</summary>
    public const double CellRatio = 1.1;

    /// <summary>Largest ratio T_hi/T_lo of a recoil cell of a line.</summary>
    public const double LineCellRatio = 1.01;

    /// <summary>Cap on the log-spaced recoil cells of a continuum (before break points).</summary>
    public const int MaxCellsPerBin = 64;

    /// <summary>Cap on the log-spaced recoil cells of a line (before break points).</summary>
    public const int MaxLineCells = 4096;

    /// <summary>Probe points per cell side.</summary>
    public const int Probes = 5;

    /// <summary>Safety factor on the probed maximum.</summary>
    public const double Margin = 1.03;

    /// <summary>Builds the proposal; <paramref name="boundScale"/> multiplies every bound (1; below 1 only to test the guard).</summary>
    public CellProposal(ChannelKernel kernel, FluxComponent component, StateWeightTable weights, double boundScale)
    {
        var shape = component.Shape;
        double a = kernel.RecoilMin, b = kernel.RecoilMax;
        double eLo = shape is null ? component.LineEnergy : Math.Max(shape.Min, kernel.MinEnergy(a));
        double eHi = shape is null ? component.LineEnergy : shape.Max;
        var top = Math.Min(b, kernel.MaxRecoil(eHi));
        if ((shape is not null && !(eHi > eLo)) || !(top > a))
            return;
        var edges = RecoilEdges(a, top, shape is null ? LineCellRatio : CellRatio, shape is null ? MaxLineCells : MaxCellsPerBin,
            kernel.CrossSection.RecoilBreaks);

        var nBins = shape is null ? 1 : EnergyBins;
        var width = (eHi - eLo) / nBins;
        var bins = new List<EnergyBin>();
        var cells = new List<Cell>();
        var proposal = new List<double>();
        Span<double> probeE = stackalloc double[Probes];
        Span<PartWeights> probeW = stackalloc PartWeights[Probes];
        for (var i = 0; i < nBins; i++)
        {
            double lo = eLo + i * width, hi = i == nBins - 1 ? eHi : eLo + (i + 1) * width;
            double cdfLo = shape?.Cdf(lo) ?? 0.0, phi = shape is null ? 1.0 : shape.Cdf(hi) - cdfLo;
            var binTop = Math.Min(b, kernel.MaxRecoil(hi));
            if (!(phi > 0) || !(binTop > a))
                continue;
            var energies = shape is null ? 1 : Probes;
            for (var p = 0; p < energies; p++)
            {
                probeE[p] = p == energies - 1 ? hi : lo + (hi - lo) * p / (Probes - 1);
                probeW[p] = weights.At(probeE[p]);
            }
            for (var j = 0; j + 1 < edges.Length && edges[j] < binTop; j++)
            {
                double tLo = edges[j], tHi = Math.Min(edges[j + 1], binTop);
                var max = 0.0;
                for (var p = 0; p < energies; p++)
                {
                    for (var q = 0; q < Probes; q++)
                    {
                        var t = q == 0 ? Math.BitIncrement(tLo) : q == Probes - 1 ? tHi : tLo + (tHi - tLo) * q / (Probes - 1);
                        max = Math.Max(max, kernel.WeightedSum(kernel.UnitAt(probeE[p], t), probeW[p]));
                    }
                }
                var bound = boundScale * Margin * max;
                if (!double.IsFinite(bound))
                    throw new InvalidOperationException($"dsigma/dT is not finite on the recoil cell [{tLo}, {tHi}] MeV at E in [{lo}, {hi}] MeV; cannot build a proposal.");
                if (!(bound > 0))
                    continue;
                // Cells lie between breaks, so the multiplicity inside is the one at the midpoint.
                cells.Add(new Cell(tLo, tHi - tLo, bound, bins.Count, kernel.Multiplicity(0.5 * (tLo + tHi))));
                proposal.Add(phi * bound * (tHi - tLo));
            }
            bins.Add(new EnergyBin(cdfLo, phi, lo, hi));
        }
        if (proposal.Count == 0)
            return;
        Bins = bins.ToArray();
        Cells = cells.ToArray();
        Alias = new AliasTable(proposal);
        Integral = proposal.Sum();
    }

    /// <summary>The energy bins (one for a line).</summary>
    public EnergyBin[] Bins { get; } = [];

    /// <summary>The cells with a positive bound.</summary>
    public Cell[] Cells { get; } = [];

    /// <summary>Draws a cell index in proportion to its weight; null when there is nothing to sample.</summary>
    public AliasTable? Alias { get; }

    /// <summary>Sum of the cell weights: the integral of the proposal per unit flux (cm^2 for dsigma/dT in cm^2/MeV).</summary>
    public double Integral { get; }

    /// <summary>
    /// Recoil cell edges on [a, top]: a log grid with ratio at most <paramref name="ratio"/> (at most
    /// <paramref name="maxCells"/> cells; from top/1024 with a first linear cell when a = 0) and the break points inside.
    /// </summary>
    internal static double[] RecoilEdges(double a, double top, double ratio, int maxCells, IReadOnlyList<double> breaks)
    {
        var edges = new List<double>();
        var start = a;
        if (!(a > 0))
        {
            edges.Add(0.0);
            start = top / 1024;
        }
        var span = Math.Log(top / start);
        var n = Math.Clamp((int)Math.Ceiling(span / Math.Log(ratio)), 1, maxCells);
        for (var k = 0; k < n; k++)
            edges.Add(start * Math.Exp(span * k / n));
        edges.Add(top);
        edges.AddRange(breaks.Where(x => x > a && x < top));
        return edges.Distinct().Order().ToArray();
    }
}

/// <summary>One energy bin: its CDF range (for the restricted inverse CDF) and its edges in MeV.</summary>
/// <param name="CdfLo">Spectrum CDF at the lower edge.</param>
/// <param name="CdfWidth">Flux probability Phi_i of the bin.</param>
/// <param name="ELo">Lower edge, MeV.</param>
/// <param name="EHi">Upper edge, MeV.</param>
internal readonly record struct EnergyBin(double CdfLo, double CdfWidth, double ELo, double EHi);

/// <summary>
/// One proposal cell: T uniform on [TLo, TLo + TWidth) in energy bin <see cref="Bin"/>, bound <see cref="Bound"/>, and the
/// cross section's multiplicity n(T) inside (<see cref="ChannelKernel.Multiplicity"/>; 1 unless it is stepped).
/// </summary>
/// <param name="TLo">Lower recoil edge, MeV.</param>
/// <param name="TWidth">Recoil width, MeV.</param>
/// <param name="Bound">M_ij, cm^2/MeV.</param>
/// <param name="Bin">Index of the energy bin.</param>
/// <param name="Multiplicity">n(T) on the open cell (it may differ at TLo itself when TLo is a break).</param>
internal readonly record struct Cell(double TLo, double TWidth, double Bound, int Bin, int Multiplicity);
