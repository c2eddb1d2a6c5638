using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Commands;

/// <summary>One channel's expected counts per bin, split into parts.</summary>
/// <param name="Label">Component (process, target).</param>
/// <param name="Counts">Expected counts per bin for the exposure, per part (SM, magnetic, tensor, scalar).</param>
public sealed record ChannelSpectrum(string Label, IReadOnlyList<XsecComponents> Counts);

/// <summary>A background's expected counts per observed bin.</summary>
/// <param name="Label">Background name (kind).</param>
/// <param name="Counts">Expected counts per bin for the exposure.</param>
public sealed record BackgroundSpectrum(string Label, IReadOnlyList<double> Counts);

/// <summary>
/// The spectra behind <c>nummgen rates --plot</c>, from the same rate engine and fold as the counts of
/// <see cref="RatesReport"/>: the true-recoil spectrum of every channel (<see cref="EventModel.BinnedExpected"/> on
/// log-spaced bins over the recoil window, up to the largest kinematic end point), and with a detector the observed
/// spectrum of every channel (<see cref="DetectedRates.Folded"/>, the fold whose region sum is the report's count) and of
/// every background (<see cref="IRegionBackground.ExpectedIn"/>) on linear bins over the analysis region.
/// </summary>
/// <param name="Config">Config name.</param>
/// <param name="Exposure">The exposure in words.</param>
/// <param name="TrueEdgesKeV">True-recoil bin edges, keV.</param>
/// <param name="TrueRecoilUnit">Unit label of the true recoil: keVnr when every channel has nuclear recoils, keV otherwise.</param>
/// <param name="True">Per channel, expected counts per true-recoil bin.</param>
/// <param name="ObservedUnit">Unit of the observed value (keVee, PE, Nh), or null without a detector.</param>
/// <param name="ObservedEdges">Observed bin edges, or null without a detector.</param>
/// <param name="Observed">Per channel, expected recorded counts per observed bin (empty without a detector).</param>
/// <param name="Backgrounds">Per background, expected counts per observed bin (empty without a detector).</param>
public sealed record RatesSpectra(string Config, string Exposure, double[] TrueEdgesKeV, string TrueRecoilUnit, IReadOnlyList<ChannelSpectrum> True,
    string? ObservedUnit, double[]? ObservedEdges, IReadOnlyList<ChannelSpectrum> Observed, IReadOnlyList<BackgroundSpectrum> Backgrounds)
{
    /// <summary>Default number of true-recoil bins.</summary>
    public const int TrueBins = 60;

    /// <summary>Default number of observed bins.</summary>
    public const int ObservedBins = 40;

    /// <summary>Computes the spectra of <paramref name="model"/> (which must be the rate engine) for <paramref name="config"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not an <see cref="EventModel"/>.</exception>
    public static RatesSpectra Compute(ResolvedGeneratorConfig config, IEventModel model)
    {
        ArgumentNullException.ThrowIfNull(config);
        var engine = model as EventModel ?? throw new ArgumentException("spectra need the rate engine (EventModel)", nameof(model));
        var setup = engine.Setup;
        var flux = setup.Flux.Components;
        // Largest kinematic end point T_max = 2 E^2 / (M + 2 E) over the channels (M = m_e or the nucleus).
        double endPoint = engine.Channels.Max(c =>
        {
            double e = flux.First(f => f.Name == c.Component).MaxEnergy;
            double mass = c.RecoilKind == RecoilKind.Electron
                ? PhysicalConstants.ElectronMass
                : setup.Material.NucleiPerKg.Keys.First(n => n.Symbol == c.TargetSpecies).NuclearMass;
            return 2 * e * e / (mass + 2 * e);
        });
        double hi = Math.Min(setup.RecoilMax, endPoint);
        double lo = setup.RecoilMin > 0 ? setup.RecoilMin : hi * 1e-4;
        var edges = LogEdges(lo, hi, TrueBins);
        var labels = engine.Channels.Select(Label).ToArray();
        var trueSpectra = engine.Channels.Select((c, i) => new ChannelSpectrum(labels[i], engine.BinnedExpected(i, edges))).ToArray();
        bool nuclearOnly = engine.Channels.All(c => c.RecoilKind == RecoilKind.Nuclear);
        var edgesKeV = edges.Select(e => e / Units.KeV).ToArray();
        var detector = config.Detector;
        if (detector is null)
            return new RatesSpectra(config.Config.Name, config.ExposureText, edgesKeV, nuclearOnly ? "keVnr" : "keV", trueSpectra, null, null, [], []);
        var observedEdges = ObservedEdgesOf(detector);
        var folded = ObservedFold(engine, detector);
        var observed = folded.Select((f, i) => new ChannelSpectrum(labels[i], f)).ToArray();
        var backgrounds = detector.Backgrounds.Select(b => new BackgroundSpectrum(b.Name == b.Kind ? b.Name : $"{b.Name} ({b.Kind})", b.ExpectedIn(observedEdges))).ToArray();
        return new RatesSpectra(config.Config.Name, config.ExposureText, edgesKeV, nuclearOnly ? "keVnr" : "keV", trueSpectra,
            detector.ObservedUnit, observedEdges, observed, backgrounds);
    }

    /// <summary>Every channel's expected recorded counts per bin of <see cref="ObservedEdgesOf"/> (<see cref="DetectedRates.Folded"/>).</summary>
    public static XsecComponents[][] ObservedFold(EventModel engine, DetectorSetup detector) =>
        DetectedRates.Folded(engine, detector, ObservedEdgesOf(detector));

    /// <summary>
    /// Plot bins over the analysis region: <see cref="ObservedBins"/> equal bins, except for a counted observable (PE, hits)
    /// whose values are integers: then bins of a whole number of counts (at least 1) from the region's lower end, so that
    /// every bin holds the same number of possible values (no comb from bins of fractional width).
    /// </summary>
    public static double[] ObservedEdgesOf(DetectorSetup detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        double lo = detector.MinObserved, hi = detector.MaxObserved;
        if (detector.ObservedUnit is "PE" or "Nh")
        {
            double width = Math.Max(1, Math.Ceiling((hi - lo) / ObservedBins));
            var edges = new List<double>();
            for (double e = lo; e < hi - 1e-9; e += width)
                edges.Add(e);
            edges.Add(hi);
            return [.. edges];
        }
        var linear = Enumerable.Range(0, ObservedBins + 1).Select(i => lo + ((hi - lo) * i / ObservedBins)).ToArray();
        linear[^1] = hi;
        return linear;
    }

    private static string Label(EventChannel c) => $"{c.Component} ({EventDictionaries.ProcessName(c.Process)}, {c.TargetSpecies})";

    private static double[] LogEdges(double lo, double hi, int bins)
    {
        var edges = Enumerable.Range(0, bins + 1).Select(i => lo * Math.Pow(hi / lo, (double)i / bins)).ToArray();
        edges[0] = lo;
        edges[^1] = hi;
        return edges;
    }
}
