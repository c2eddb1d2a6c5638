using System.Globalization;
using System.Text.Json;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.Units;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>One line of <c>nummgen rates</c>: a signal channel and its expected counts.</summary>
/// <param name="Name">Flux component.</param>
/// <param name="Kind"><c>signal</c> (backgrounds come with the detector models).</param>
/// <param name="Process"><c>nue</c> or <c>cevns</c>.</param>
/// <param name="Target">Target species.</param>
/// <param name="Counts">Expected events for the exposure in the recoil window.</param>
/// <param name="Parts">The counts split into SM, magnetic, tensor and scalar parts.</param>
public sealed record RatesComponent(string Name, string Kind, string Process, string Target, double Counts, RatesParts Parts);

/// <summary>Expected counts per part.</summary>
/// <param name="Sm">Standard Model.</param>
/// <param name="Magnetic">Magnetic moment.</param>
/// <param name="Tensor">Tensor couplings.</param>
/// <param name="Scalar">Scalar couplings.</param>
public sealed record RatesParts(double Sm, double Magnetic, double Tensor, double Scalar);

/// <summary>The result of <c>nummgen rates</c>: expected counts per channel for the configured exposure.</summary>
/// <param name="Config">Config name.</param>
/// <param name="ConfigSha256">Hash of the resolved config.</param>
/// <param name="Exposure">The exposure in words.</param>
/// <param name="RecoilMinKeV">Lower end of the recoil window, keV.</param>
/// <param name="RecoilMaxKeV">Upper end of the recoil window, keV (null: none).</param>
/// <param name="Components">One entry per channel.</param>
/// <param name="TotalSignal">Sum of the channels' counts.</param>
/// <param name="TotalBackground">Background counts (0 until detector background models exist).</param>
public sealed record RatesReport(
    string Config,
    string ConfigSha256,
    string Exposure,
    double RecoilMinKeV,
    double? RecoilMaxKeV,
    IReadOnlyList<RatesComponent> Components,
    double TotalSignal,
    double TotalBackground)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The report for <paramref name="model"/> built from <paramref name="config"/>.</summary>
    public static RatesReport Create(ResolvedGeneratorConfig config, IEventModel model)
    {
        var components = model.Channels.Select(c => new RatesComponent(c.Component, "signal", EventDictionaries.ProcessName(c.Process),
            c.TargetSpecies, c.Expected, new RatesParts(c.ExpectedParts.Sm, c.ExpectedParts.Magnetic, c.ExpectedParts.Tensor, c.ExpectedParts.Scalar)))
            .ToArray();
        double max = config.Setup.RecoilMax / Units.KeV;
        return new RatesReport(config.Config.Name, config.Sha256, config.ExposureText, config.Setup.RecoilMin / Units.KeV,
            double.IsFinite(max) ? max : null, components, components.Sum(c => c.Counts), 0);
    }

    /// <summary>Writes the report as one JSON object.</summary>
    public void WriteJson(TextWriter output) => output.WriteLine(JsonSerializer.Serialize(this, Json));

    /// <summary>Writes the report as a table.</summary>
    public void WriteTable(IAnsiConsole console)
    {
        console.WriteLine($"{Config}: {Exposure}, recoil {RecoilMinKeV.ToString(CultureInfo.InvariantCulture)} to " +
                          $"{(RecoilMaxKeV is { } m ? m.ToString(CultureInfo.InvariantCulture) : "inf")} keV");
        var table = new Table().AddColumn("component").AddColumn("process").AddColumn("target");
        foreach (var h in new[] { "counts", "sm", "magnetic", "tensor", "scalar" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var c in Components)
            table.AddRow(Markup.Escape(c.Name), c.Process, Markup.Escape(c.Target), Num(c.Counts), Num(c.Parts.Sm), Num(c.Parts.Magnetic),
                Num(c.Parts.Tensor), Num(c.Parts.Scalar));
        console.Write(table);
        console.WriteLine($"total signal: {Num(TotalSignal)}   total background: {Num(TotalBackground)}");
    }

    private static string Num(double x) => x.ToString("G5", CultureInfo.InvariantCulture);
}
