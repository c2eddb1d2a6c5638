using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Response;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// A background given as a spectrum of true deposited energy (e.g. a beta spectrum) with a rate per kg per
/// second of decays, carried through the detector response: the observed shape is the true shape folded with
/// the response matrix on <paramref name="trueBins"/> equal true bins (weighted by the shape inside each) and
/// the given observed bins, then treated as a histogram (uniform within each observed bin). The expected
/// total includes the detection probability inside the observed range.
/// </summary>
/// <param name="name">Name of the component.</param>
/// <param name="trueShape">Spectrum of true deposited energy (MeV).</param>
/// <param name="decayRate">Decays per kg per second (before detector effects).</param>
/// <param name="response">The detector response the spectrum is folded with.</param>
/// <param name="kind">Electron or nuclear recoil.</param>
/// <param name="observedEdges">Observed bins (observable unit) of the folded shape.</param>
/// <param name="trueBins">Number of true-energy bins across the shape's support.</param>
public sealed class FoldedBackground(string name, ISpectralShape trueShape, double decayRate, DetectorResponse response,
    RecoilKind kind, IReadOnlyList<double> observedEdges, int trueBins = 400) : IBackgroundComponent
{
    private readonly (HistogramShape Shape, double Detected) _folded = Build(name, trueShape, decayRate, response, kind, observedEdges, trueBins);

    /// <summary>The true-energy shape (MeV).</summary>
    public ISpectralShape TrueShape { get; } = trueShape;

    /// <summary>Decays (or deposits) per kg per second before detector effects.</summary>
    public double DecayRate { get; } = decayRate;

    /// <summary>Fraction of decays recorded inside the observed range.</summary>
    public double DetectedFraction => _folded.Detected;

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public string ObservedUnit { get; } = response.ObservedUnit;

    /// <inheritdoc />
    public ISpectralShape Shape => _folded.Shape;

    /// <inheritdoc />
    public Timing.ArrivalTimePdf? ArrivalTime => null;

    /// <inheritdoc />
    public double NormalisationUncertainty => 0;

    /// <inheritdoc />
    public double ExpectedTotal(in Exposure exposure) => DecayRate * DetectedFraction * exposure.MassTime;

    private static (HistogramShape, double) Build(string name, ISpectralShape shape, double rate, DetectorResponse response,
        RecoilKind kind, IReadOnlyList<double> observedEdges, int trueBins)
    {
        if (!(rate >= 0 && double.IsFinite(rate)))
            throw new DetectorInputException($"background '{name}': decay rate {rate} must be finite and >= 0");
        if (trueBins < 1)
            throw new DetectorInputException($"background '{name}': true bins {trueBins} must be >= 1");
        var lo = Math.Max(shape.Min, 0);
        var trueEdges = Enumerable.Range(0, trueBins + 1).Select(i => lo + (shape.Max - lo) * i / trueBins).ToArray();
        var matrix = response.Fold(trueEdges, kind, observedEdges.ToArray(), shape.Density);
        var weights = Enumerable.Range(0, trueBins).Select(i => shape.Probability(trueEdges[i], trueEdges[i + 1])).ToArray();
        var observed = matrix.Apply(weights);
        var detected = observed.Sum();
        if (!(detected > 0))
            throw new DetectorInputException($"background '{name}': no events are recorded inside the observed range");
        return (new HistogramShape(observedEdges, observed, $"background '{name}'"), detected);
    }
}
