using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>One line of <c>nummgen rates</c>: a signal channel or a background component and its expected counts.</summary>
/// <param name="Name">Flux component, or the background's name.</param>
/// <param name="Kind"><c>signal</c> or <c>background</c>.</param>
/// <param name="Process"><c>nue</c> or <c>cevns</c> for a signal; the background's kind (<c>flat</c>, <c>210Bi</c>, ...) for a background.</param>
/// <param name="Target">Target species (<c>none</c> for a background).</param>
/// <param name="Counts">Expected events for the exposure: in the recoil window without a detector; recorded in the analysis region (after efficiency) with one.</param>
/// <param name="Parts">A signal's counts split into SM, magnetic, tensor and scalar parts (null for a background).</param>
public sealed record RatesComponent(string Name, string Kind, string Process, string Target, double Counts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RatesParts? Parts);

/// <summary>Expected counts per part.</summary>
/// <param name="Sm">Standard Model.</param>
/// <param name="Magnetic">Magnetic moment.</param>
/// <param name="Tensor">Tensor couplings.</param>
/// <param name="Scalar">Scalar couplings.</param>
public sealed record RatesParts(double Sm, double Magnetic, double Tensor, double Scalar)
{
    /// <summary>The parts of <paramref name="x"/>.</summary>
    public static RatesParts From(XsecComponents x) => new(x.Sm, x.Magnetic, x.Tensor, x.Scalar);
}

/// <summary>The analysis region of a configured detector.</summary>
/// <param name="ObservedUnit">keVee, PE or Nh.</param>
/// <param name="MinObserved">Lower end (inclusive).</param>
/// <param name="MaxObserved">Upper end (exclusive).</param>
/// <param name="CoincidenceWindowUs">[start, end) in microseconds after the trigger, or null.</param>
public sealed record RatesRegion(string ObservedUnit, double MinObserved, double MaxObserved, double[]? CoincidenceWindowUs);

/// <summary>The result of <c>nummgen rates</c>: expected counts per channel (and background) for the configured exposure.</summary>
/// <param name="Config">Config name.</param>
/// <param name="ConfigSha256">Hash of the resolved config.</param>
/// <param name="Exposure">The exposure in words.</param>
/// <param name="RecoilMinKeV">Lower end of the true-recoil window, keV.</param>
/// <param name="RecoilMaxKeV">Upper end of the true-recoil window, keV (null: none).</param>
/// <param name="AnalysisRegion">With a detector: the region the counts are in; null without one.</param>
/// <param name="Components">One entry per signal channel, then one per background.</param>
/// <param name="TotalSignal">Sum of the signal counts.</param>
/// <param name="TotalBackground">Sum of the background counts (0 without a detector).</param>
public sealed record RatesReport(
    string Config,
    string ConfigSha256,
    string Exposure,
    double RecoilMinKeV,
    double? RecoilMaxKeV,
    RatesRegion? AnalysisRegion,
    IReadOnlyList<RatesComponent> Components,
    double TotalSignal,
    double TotalBackground)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>
    /// The report for <paramref name="model"/> built from <paramref name="config"/>: with a detector, signal counts after the
    /// response in the analysis region (<see cref="DetectedRates.Folded"/> summed over the region's bins) and the backgrounds there; without one, the counts in the
    /// true-recoil window.
    /// </summary>
    /// <param name="config">The resolved config.</param>
    /// <param name="model">The rate engine.</param>
    /// <param name="spectra">
    /// The spectra of the same config and model, when already computed (<c>--plot</c>, <c>report</c>). A channel's count in
    /// the analysis region is always the sum of its fold over the spectra's observed bins, which tile the region
    /// (<see cref="RatesSpectra.ObservedFold"/>), so the counts are the same bits with or without a plot and the fold is
    /// done once.
    /// </param>
    /// <exception cref="ArgumentException">A detector with a model that is not an <see cref="EventModel"/>.</exception>
    public static RatesReport Create(ResolvedGeneratorConfig config, IEventModel model, RatesSpectra? spectra = null)
    {
        var detector = config.Detector;
        var parts = detector is null
            ? model.Channels.Select(c => c.ExpectedParts).ToArray()
            : (spectra is { ObservedEdges: not null } ? spectra.Observed.Select(c => c.Counts).ToArray()
                : RatesSpectra.ObservedFold(model as EventModel ?? throw new ArgumentException("folding needs the rate engine (EventModel)", nameof(model)), detector))
                .Select(bins => bins.Aggregate(XsecComponents.Zero, (sum, bin) => sum + bin)).ToArray();
        var components = model.Channels.Select((c, i) => new RatesComponent(c.Component, "signal", EventDictionaries.ProcessName(c.Process),
            c.TargetSpecies, parts[i].Sum, RatesParts.From(parts[i]))).ToList();
        var backgrounds = (detector?.Backgrounds ?? []).Select(b => new RatesComponent(b.Name, "background", b.Kind, "none", b.Expected, null)).ToArray();
        components.AddRange(backgrounds);
        var region = detector is null ? null : new RatesRegion(detector.ObservedUnit, detector.MinObserved, detector.MaxObserved,
            detector.Window is { } w ? [w.Start / Units.Us, w.End / Units.Us] : null);
        double max = config.Setup.RecoilMax / Units.KeV;
        return new RatesReport(config.Config.Name, config.Sha256, config.ExposureText, config.Setup.RecoilMin / Units.KeV,
            double.IsFinite(max) ? max : null, region, components, parts.Sum(p => p.Sum), backgrounds.Sum(b => b.Counts));
    }

    /// <summary>Writes the report as one JSON object.</summary>
    public void WriteJson(TextWriter output) => output.WriteLine(JsonSerializer.Serialize(this, Json));

    /// <summary>Writes the report as a table.</summary>
    public void WriteTable(IAnsiConsole console)
    {
        console.WriteLine($"{Config}: {Exposure}, recoil {RecoilMinKeV.ToString(CultureInfo.InvariantCulture)} to " +
                          $"{(RecoilMaxKeV is { } m ? m.ToString(CultureInfo.InvariantCulture) : "inf")} keV");
        if (AnalysisRegion is { } r)
            console.WriteLine($"analysis region: [{Num(r.MinObserved)}, {Num(r.MaxObserved)}) {r.ObservedUnit}" +
                (r.CoincidenceWindowUs is { } w ? $", coincidence window [{Num(w[0])}, {Num(w[1])}) us" : "") + "; counts after efficiency");
        var table = new Table().AddColumn("component").AddColumn("kind").AddColumn("process").AddColumn("target");
        foreach (var h in new[] { "counts", "sm", "magnetic", "tensor", "scalar" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var c in Components)
        {
            var p = c.Parts;
            table.AddRow(Markup.Escape(c.Name), c.Kind, Markup.Escape(c.Process), Markup.Escape(c.Target), Num(c.Counts),
                p is null ? "" : Num(p.Sm), p is null ? "" : Num(p.Magnetic), p is null ? "" : Num(p.Tensor), p is null ? "" : Num(p.Scalar));
        }
        console.Write(table);
        console.WriteLine($"total signal: {Num(TotalSignal)}   total background: {Num(TotalBackground)}");
    }

    private static string Num(double x) => x.ToString("G5", CultureInfo.InvariantCulture);
}
