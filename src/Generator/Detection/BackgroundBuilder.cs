using NuMMGen.Detectors.Backgrounds;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;
using NuMMGen.Generator.Config;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;
using static NuMMGen.Generator.Detection.DetectorBuilder;

namespace NuMMGen.Generator.Detection;

/// <summary>Builds the background components of <c>"detector.backgrounds"</c> (see <see cref="BackgroundSection"/>).</summary>
internal static class BackgroundBuilder
{
    /// <summary>True-energy bins used to fold a radioactive shape through the response.</summary>
    private const int TrueBins = 400;

    public static IReadOnlyList<IRegionBackground> Build(DetectorSection section, DetectorSetup detector, DetectorContext context)
    {
        var list = new List<IRegionBackground>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < section.Backgrounds.Length; i++)
        {
            var b = section.Backgrounds[i];
            string key = $"detector.backgrounds[{i}]";
            if (!names.Add(b.Name!))
                throw new GeneratorConfigException($"{key}.name = {b.Name}: used twice; expected distinct background names.");
            try
            {
                list.Add(BuildOne(b, key, detector, context));
            }
            catch (DetectorInputException e)
            {
                throw new GeneratorConfigException($"{key} ({b.Name}): {e.Message}.", e);
            }
        }
        return list;
    }

    private static IRegionBackground BuildOne(BackgroundSection b, string key, DetectorSetup d, DetectorContext context)
    {
        string kind = b.Kind!;
        string name = b.Name!;
        double lo = d.MinObserved, hi = d.MaxObserved;
        var exposure = new Exposure(context.TargetMassKg * Units.Kg, context.LiveTime, context.BeamEnergyGWh);
        switch (kind.ToLowerInvariant())
        {
            case "flat":
                RequireUnit(d, "keVee", key, kind);
                var flat = ShapedBackground.Flat(name, b.CountsPerKgKeVDay ?? throw Missing($"{key}.countsPerKgKeVDay", "counts per kg keV day (>= 0) for kind flat"), lo, hi);
                return new ShapeRegionBackground(name, kind, flat.Shape, flat.ExpectedTotal(RequireLive(exposure, key)), lo, hi, null);
            case "table":
                string file = ResolveFile(b.File ?? throw Missing($"{key}.file", "a file of (observed value, density) rows for kind table"), context.BaseDirectory);
                double perKgDay = b.CountsPerKgDay ?? throw Missing($"{key}.countsPerKgDay", "recorded counts per kg per day over the shape for kind table");
                ShapedBackground table;
                try
                {
                    table = ShapedBackground.FromFile(name, d.ObservedUnit, file, Exposure.PerKgDay(perKgDay));
                }
                catch (Exception e) when (e is DetectorInputException or IOException or UnauthorizedAccessException)
                {
                    throw new GeneratorConfigException($"{key}.file = {file}: {e.Message}; expected readable rows of (observed value, density >= 0).", e);
                }
                return new ShapeRegionBackground(name, kind, table.Shape, table.ExpectedTotal(RequireLive(exposure, key)), lo, hi, null);
            case "coherentsteadystate":
                return SteadyState(name, kind, key, d, RequireLive(exposure, key));
            case "coherentpromptneutrons":
                RequireUnit(d, "PE", key, kind);
                if (!context.Pulsed)
                    throw new GeneratorConfigException($"{key}.kind = {kind}: only for a pulsed (sns) source.");
                var neutrons = CoherentPromptNeutronBackground.Load(d.Efficiency);
                return new ShapeRegionBackground(name, kind, neutrons.Shape, neutrons.ExpectedTotal(exposure), lo, hi,
                    TimeWindowFor(neutrons.ArrivalTime!, d), neutrons.NormalisationUncertainty);
            default:
                return Radioactive(b, key, d, exposure);
        }
    }

    private static IRegionBackground Radioactive(BackgroundSection b, string key, DetectorSetup d, Exposure exposure)
    {
        string kind = b.Kind!;
        ISpectralShape shape = kind switch
        {
            "14C" => RadioactiveShapes.Carbon14(),
            "85Kr" => RadioactiveShapes.Krypton85(),
            "210Bi" => RadioactiveShapes.Bismuth210(),
            "11C" => RadioactiveShapes.Carbon11(),
            "210Po" => RadioactiveShapes.Polonium210(
                (b.PeakKeV ?? throw Missing($"{key}.peakKeV", "the electron-equivalent peak energy in keV for kind 210Po")) * Units.KeV,
                (b.PeakSigmaKeV ?? throw Missing($"{key}.peakSigmaKeV", "the intrinsic peak width in keV for kind 210Po")) * Units.KeV),
            _ => ExternalGammas(b, key),
        };
        if ((b.RateCpdPer100t is null) == (b.CountsPerKgDay is null))
            throw new GeneratorConfigException($"{key}: give exactly one of rateCpdPer100t (decays per day per 100 t) and countsPerKgDay for kind {kind}.");
        double rate = b.RateCpdPer100t is { } cpd ? Exposure.PerDayPer100Tonnes(cpd) : Exposure.PerKgDay(b.CountsPerKgDay!.Value);
        var folded = new FoldedBackground(b.Name!, shape, rate, d.Response, RecoilKind.Electron, ObservedEdges(d), TrueBins);
        return new ShapeRegionBackground(b.Name!, kind, folded.Shape, folded.ExpectedTotal(RequireLive(exposure, key)), d.MinObserved, d.MaxObserved, null);
    }

    private static ISpectralShape ExternalGammas(BackgroundSection b, string key)
    {
        double min = b.MinKeV ?? throw Missing($"{key}.minKeV", "the lower end of the deposited energy in keV for kind externalGamma");
        double max = b.MaxKeV ?? throw Missing($"{key}.maxKeV", "the upper end of the deposited energy in keV for kind externalGamma");
        double length = b.DecayLengthKeV ?? throw Missing($"{key}.decayLengthKeV", "the exponential decay length in keV for kind externalGamma");
        if (!(max > min))
            throw new GeneratorConfigException($"{key}.maxKeV = {Num(max)}: expected > {key}.minKeV ({Num(min)}).");
        return RadioactiveShapes.ExternalGammas(min * Units.KeV, max * Units.KeV, length * Units.KeV);
    }

    // COHERENT 2017 anticoincidence beam-on counts (2-PE x 0.5-us cells, as recorded for 308.1 live days), scaled to the
    // live time and clipped to the analysis region and coincidence window (uniform within a cell). Its normalisation is
    // known to 1/sqrt(N), N the released counts inside the clipped region (the AC window has the same length as the C window).
    private static IRegionBackground SteadyState(string name, string kind, string key, DetectorSetup d, Exposure exposure)
    {
        RequireUnit(d, "PE", key, kind);
        var data = CoherentSteadyStateBackground.Load();
        double scale = exposure.LiveTime / data.ReferenceLiveTime;
        double t0 = d.Window?.Start ?? 0, t1 = d.Window?.End ?? 12 * Units.Us;
        var cells = new List<CellRegionBackground.Cell>();
        double recorded = 0;
        for (int i = 0; i < 25; i++)
        {
            for (int j = 0; j < 24; j++)
            {
                double x0 = Math.Max(2.0 * i, d.MinObserved), x1 = Math.Min(2.0 * i + 2, d.MaxObserved);
                double s0 = Math.Max(0.5 * j * Units.Us, t0), s1 = Math.Min(0.5 * (j + 1) * Units.Us, t1);
                if (x1 > x0 && s1 > s0)
                {
                    double inCell = data.Counts(i, j) * (x1 - x0) / 2.0 * (s1 - s0) / (0.5 * Units.Us);
                    recorded += inCell;
                    cells.Add(new(x0, x1, s0, s1, inCell * scale));
                }
            }
        }
        return new CellRegionBackground(name, kind, cells, d.PulseCentre, recorded > 0 ? 1 / Math.Sqrt(recorded) : null);
    }

    private static TimeWindow TimeWindowFor(ArrivalTimePdf pdf, DetectorSetup d) =>
        new(pdf, d.Window ?? new CoincidenceWindow(pdf.Edges[0], pdf.Edges[^1]), d.PulseCentre);

    /// <summary>Observed bins for folded shapes: unit-wide bins for PE and N_h (up to 2000), else 400 equal bins.</summary>
    private static double[] ObservedEdges(DetectorSetup d)
    {
        double lo = d.MinObserved, hi = d.MaxObserved;
        if (d.ObservedUnit != "keVee" && hi - lo <= 2000)
        {
            var edges = new List<double>();
            for (double x = lo; x < hi; x += 1)
                edges.Add(x);
            edges.Add(hi);
            if (edges.Count > 2 && edges[^1] - edges[^2] < 1e-9)
                edges.RemoveAt(edges.Count - 2);
            return [.. edges];
        }
        return Enumerable.Range(0, 401).Select(k => lo + (hi - lo) * k / 400).ToArray();
    }

    private static void RequireUnit(DetectorSetup d, string unit, string key, string kind)
    {
        if (d.ObservedUnit != unit)
            throw new GeneratorConfigException($"{key}.kind = {kind}: needs the observable in {unit} (detector.observable.kind), not {d.ObservedUnit}.");
    }

    private static Exposure RequireLive(Exposure e, string key) => double.IsFinite(e.LiveTime) && e.LiveTime > 0 ? e
        : throw new GeneratorConfigException($"{key}: this background scales with live time; give detector.beamLiveDays (days > 0) for the pulsed source.");
}
