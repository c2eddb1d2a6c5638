using NuMMGen.Fitting.Experiments;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// What <c>nummgen generate --plot</c> draws: the generated events histogrammed, and the expectation in the same bins from
/// the rate engine the sampler draws from. With a detector: the observed values of the detected events (read back from the
/// file with <see cref="ObservedData"/>, as <c>fit</c> reads them) on linear bins over the analysis region, against the
/// folded signal (<see cref="DetectedRates.Folded"/>) plus, in a pseudo-experiment, the backgrounds. Without one: the true
/// recoil of every event on log bins over the recoil window, against <see cref="EventModel.BinnedExpected"/>. A
/// pseudo-experiment is compared with the expectation for the exposure; a fixed-N run with it scaled by N / (expected total).
/// </summary>
/// <param name="Config">Config name.</param>
/// <param name="PseudoExperiment">True for a pseudo-experiment.</param>
/// <param name="Quantity">What is histogrammed (axis label).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="LogX">Log-spaced bins (true recoil) or linear (observed).</param>
/// <param name="Edges">Bin edges.</param>
/// <param name="Counts">Generated events per bin.</param>
/// <param name="Signal">Expected signal events per bin.</param>
/// <param name="Background">Expected background events per bin (zero without backgrounds).</param>
/// <param name="Scale">Factor applied to the expectation for the exposure (1 for a pseudo-experiment).</param>
public sealed record GenerateSpectrum(string Config, bool PseudoExperiment, string Quantity, string Unit, bool LogX, double[] Edges, double[] Counts,
    double[] Signal, double[] Background, double Scale)
{
    /// <summary>Number of true-recoil bins (without a detector).</summary>
    public const int Bins = 40;

    /// <summary>Histograms the file of <paramref name="summary"/> and computes the expectation with <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not the rate engine.</exception>
    public static GenerateSpectrum Compute(ResolvedGeneratorConfig config, IEventModel model, GenerationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var engine = model as EventModel ?? throw new ArgumentException("the expected spectrum needs the rate engine (EventModel)", nameof(model));
        bool pseudo = summary.Mode == GenerationMode.PseudoExperiment;
        double scale = pseudo ? 1.0 : summary.EventsPerChannel.Sum() / engine.TotalExpected;
        var detector = config.Detector;
        if (detector is not null)
        {
            var edges = RatesSpectra.ObservedEdgesOf(detector);
            int bins = edges.Length - 1;
            var counts = ObservedData.Load(summary.Path).CountsIn(edges);
            var signal = new double[bins];
            foreach (var channel in DetectedRates.Folded(engine, detector, edges))
                for (int i = 0; i < bins; i++)
                    signal[i] += scale * channel[i].Sum;
            var background = new double[bins];
            if (pseudo)
                foreach (var b in detector.Backgrounds)
                {
                    var e = b.ExpectedIn(edges);
                    for (int i = 0; i < bins; i++)
                        background[i] += e[i];
                }
            return new GenerateSpectrum(config.Config.Name, pseudo, ObservedQuantity(detector.ObservedUnit), detector.ObservedUnit, false, edges, counts,
                signal, background, scale);
        }
        var setup = engine.Setup;
        double hi = Math.Min(setup.RecoilMax, MaxRecoil(summary.Path));
        double lo = setup.RecoilMin > 0 ? setup.RecoilMin : hi * 1e-4;
        var logEdges = Enumerable.Range(0, Bins + 1).Select(i => lo * Math.Pow(hi / lo, (double)i / Bins)).ToArray();
        logEdges[0] = lo;
        logEdges[^1] = hi * (1 + 1e-12);   // the largest event falls in the last bin
        var keV = logEdges.Select(e => e / Units.KeV).ToArray();
        var recoils = new ObservedData(summary.Path, null, null, ReadRecoilsKeV(summary.Path)).CountsIn(keV);
        var expected = new double[Bins];
        for (int c = 0; c < engine.Channels.Count; c++)
        {
            var binned = engine.BinnedExpected(c, logEdges);
            for (int i = 0; i < Bins; i++)
                expected[i] += scale * binned[i].Sum;
        }
        bool nuclear = engine.Channels.All(c => c.RecoilKind == Physics.CrossSections.RecoilKind.Nuclear);
        return new GenerateSpectrum(config.Config.Name, pseudo, "True recoil energy T", nuclear ? "keVnr" : "keV", true, keV, recoils, expected,
            new double[Bins], scale);
    }

    /// <summary>The axis label of an observable unit.</summary>
    public static string ObservedQuantity(string unit) => unit switch
    {
        "keVee" => "Electron-equivalent energy E_{ee}",
        "PE" => "Photoelectrons",
        "Nh" => "Hit PMTs N_{h}",
        _ => "Observed value",
    };

    private static double[] ReadRecoilsKeV(string path)
    {
        using var reader = ArrowFileReader.Open(path);
        var values = new List<double>();
        foreach (var batch in reader.ReadRecordBatches())
            values.AddRange(batch.Column<NumericColumn<double>>(EventColumns.RecoilKeV).Values.ToArray());
        return [.. values];
    }

    // Largest true recoil in the file (MeV), for the upper bin edge of an open recoil window.
    private static double MaxRecoil(string path) => ReadRecoilsKeV(path).DefaultIfEmpty(1).Max() * Units.KeV;
}
