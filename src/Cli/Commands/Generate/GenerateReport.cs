using System.Globalization;
using NuMMGen.Cli.Hosting;
using NuMMGen.Generator.Pipeline;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>The summary printed at the end of <c>nummgen generate</c>: a table on a terminal, plain text otherwise.</summary>
public static class GenerateReport
{
    /// <summary>Writes the summary to standard output.</summary>
    public static void Write(GenerationSummary s, CliOutput output)
    {
        var rows = s.PerComponent().Select(r => (r.Component, r.Events, r.Expected))
            .Concat(s.BackgroundEvents.Select(b => ($"{b.Name} (background)", b.Events, b.Expected))).ToArray();
        var lines = new (string Label, string Value)[]
        {
            ("file", s.Path),
            ("mode", s.Mode == GenerationMode.FixedEvents ? "fixed events" : "pseudo-experiment"),
            ("seed", s.Seed.ToString(CultureInfo.InvariantCulture)),
            ("events", s.TotalEvents.ToString(CultureInfo.InvariantCulture)),
            ("expected total (exposure)", Num(s.ExpectedTotal)),
            ("file size", $"{s.FileBytes} bytes ({(s.TotalEvents > 0 ? (double)s.FileBytes / s.TotalEvents : 0):F1} bytes/event)"),
            ("wall time", $"{s.Elapsed.TotalSeconds:F2} s on {s.Threads} thread{(s.Threads == 1 ? "" : "s")}"),
            ("throughput", $"{s.EventsPerSecond / 1e6:F2} million events/s"),
        };
        if (output.Interactive)
        {
            var table = new Table().AddColumn("component").AddColumn(new TableColumn("events").RightAligned())
                .AddColumn(new TableColumn("expected (exposure)").RightAligned());
            foreach (var (component, events, expected) in rows)
                table.AddRow(Markup.Escape(component), events.ToString(CultureInfo.InvariantCulture), Num(expected));
            output.Console.Write(table);
            foreach (var (label, value) in lines)
                output.Console.MarkupLine($"[grey]{Markup.Escape(label)}:[/] {Markup.Escape(value)}");
            return;
        }
        output.Out.WriteLine($"{"component",-24} {"events",14} {"expected (exposure)",20}");
        foreach (var (component, events, expected) in rows)
            output.Out.WriteLine($"{component,-24} {events,14} {Num(expected),20}");
        foreach (var (label, value) in lines)
            output.Out.WriteLine($"{label}: {value}");
    }

    private static string Num(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
