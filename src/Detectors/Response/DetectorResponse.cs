using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Observables;
using NuMMGen.Detectors.Quenching;
using NuMMGen.Detectors.Random;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Response;

/// <summary>
/// The detector response, from a true recoil to what is recorded: T -&gt; E_ee = quenching(T, kind) -&gt;
/// mean observable mu = scale(E_ee) -&gt; observed x ~ resolution(mu) -&gt; kept with probability eff(x).
/// The same chain is sampled per event (<see cref="Sample"/>, for the generator) and integrated into a
/// response matrix (<see cref="Fold"/>, for the fitter). Timing is not part of it: the spallation-source
/// time response is the identity plus a coincidence-window cut (<see cref="Timing.CoincidenceWindow"/>).
/// Immutable and thread safe.
/// </summary>
public sealed class DetectorResponse
{
    /// <summary>Creates the response from its four stages.</summary>
    public DetectorResponse(IQuenching quenching, IObservableScale scale, IResolution resolution, IEfficiency efficiency)
    {
        Quenching = quenching;
        Scale = scale;
        Resolution = resolution;
        Efficiency = efficiency;
    }

    /// <summary>True recoil to electron-equivalent energy.</summary>
    public IQuenching Quenching { get; }

    /// <summary>Electron-equivalent energy to mean observable.</summary>
    public IObservableScale Scale { get; }

    /// <summary>Fluctuations of the observable.</summary>
    public IResolution Resolution { get; }

    /// <summary>Efficiency, acceptance and thresholds, as a function of the observed value.</summary>
    public IEfficiency Efficiency { get; }

    /// <summary>Unit of the observed value.</summary>
    public string ObservedUnit => Scale.Unit;

    /// <summary>Mean observed value (no fluctuation, no efficiency) for a recoil of <paramref name="trueRecoil"/> MeV.</summary>
    public double MeanObserved(double trueRecoil, RecoilKind kind) => Scale.Mean(Quenching.ElectronEquivalent(trueRecoil, kind));

    /// <summary>
    /// Samples what the detector records for a recoil of <paramref name="trueRecoil"/> MeV. Consumes the
    /// resolution's draws and then exactly one uniform (the efficiency draw), whatever the outcome.
    /// </summary>
    public Observation Sample(double trueRecoil, RecoilKind kind, IRandomSource random)
    {
        var ee = Quenching.ElectronEquivalent(trueRecoil, kind);
        var x = Resolution.Sample(Scale.Mean(ee), random);
        var u = random.NextDouble();
        return new Observation(ee, x, u < Efficiency.Evaluate(x));
    }

    /// <summary>
    /// P(observed bin j and detected | true bin i) for true bins <paramref name="trueEdges"/> (MeV) and observed
    /// bins <paramref name="observedEdges"/> (observable unit), both strictly increasing. Within each true bin the
    /// response is averaged over <paramref name="pointsPerBin"/> Gauss-Legendre points per panel (a bin is cut into
    /// panels across which the mean observable moves by at most two resolution widths) weighted by
    /// <paramref name="trueShape"/> (a spectrum density in T, MeV; null: flat). Exact in the observed
    /// variable; the average over T converges fast where the response is smooth in T (with no resolution and a
    /// sharp threshold it is a step in T, and the error falls only as 1/points).
    /// </summary>
    /// <exception cref="DetectorInputException">Edges not strictly increasing, or fewer than two.</exception>
    public ResponseMatrix Fold(ReadOnlySpan<double> trueEdges, RecoilKind kind, ReadOnlySpan<double> observedEdges,
        Func<double, double>? trueShape = null, int pointsPerBin = 8)
    {
        CheckEdges(trueEdges, "true-recoil bin edges");
        CheckEdges(observedEdges, "observed bin edges");
        if (pointsPerBin < 1)
            throw new DetectorInputException($"points per true bin {pointsPerBin} must be >= 1");
        var (nodes, weights) = GaussLegendre.Rule(pointsPerBin);
        var nTrue = trueEdges.Length - 1;
        var nObs = observedEdges.Length - 1;
        var p = new double[nTrue * nObs];
        for (var i = 0; i < nTrue; i++)
        {
            var row = p.AsSpan(i * nObs, nObs);
            var panels = Panels(trueEdges[i], trueEdges[i + 1], kind);
            var panelWidth = (trueEdges[i + 1] - trueEdges[i]) / panels;
            var total = 0.0;
            for (var k = 0; k < panels; k++)
            {
                var mid = trueEdges[i] + (k + 0.5) * panelWidth;
                for (var q = 0; q < nodes.Length; q++)
                {
                    var t = mid + 0.5 * panelWidth * nodes[q];
                    var w = weights[q] * (trueShape is null ? 1.0 : trueShape(t));
                    if (!(w > 0))
                        continue;
                    total += w;
                    Resolution.Fold(MeanObserved(t, kind), w, Efficiency, observedEdges, row);
                }
            }
            if (total > 0)
            {
                for (var j = 0; j < nObs; j++)
                    row[j] /= total;
            }
        }
        return new ResponseMatrix(trueEdges.ToArray(), observedEdges.ToArray(), p, ObservedUnit);
    }

    /// <summary>
    /// P(observed bin j and detected) for a single recoil energy <paramref name="trueRecoil"/> (MeV): one row of
    /// the response at a point.
    /// </summary>
    public double[] FoldPoint(double trueRecoil, RecoilKind kind, ReadOnlySpan<double> observedEdges)
    {
        CheckEdges(observedEdges, "observed bin edges");
        var row = new double[observedEdges.Length - 1];
        Resolution.Fold(MeanObserved(trueRecoil, kind), 1.0, Efficiency, observedEdges, row);
        return row;
    }

    // Gauss-Legendre panels per true bin: the mean observable may move by at most two resolution widths per
    // panel, so a resolution narrow compared with the bin is still integrated smoothly (at most 64 panels).
    private int Panels(double low, double high, RecoilKind kind)
    {
        var muLow = MeanObserved(low, kind);
        var muHigh = MeanObserved(high, kind);
        var width = Math.Min(Resolution.Width(muLow), Resolution.Width(muHigh));
        if (!(width > 0))
            return 1;
        return (int)Math.Clamp(Math.Ceiling(Math.Abs(muHigh - muLow) / (2 * width)), 1, 64);
    }

    private static void CheckEdges(ReadOnlySpan<double> edges, string what)
    {
        if (edges.Length < 2)
            throw new DetectorInputException($"{what}: need at least two edges");
        for (var i = 1; i < edges.Length; i++)
        {
            if (!(edges[i] > edges[i - 1]) || !double.IsFinite(edges[i]) || !double.IsFinite(edges[i - 1]))
                throw new DetectorInputException($"{what}: not strictly increasing and finite at index {i}");
        }
    }
}
