using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen report --config FILE [--data FILE] [--seed S] [--toys N] --out report.html</c>: one self-contained HTML page
/// for a run (<see cref="RunReport"/>): the resolved config, expected counts and spectra, the fit of the data (or, without
/// data, the Asimov sensitivity against exposure) and provenance. Progress of the long steps goes to standard error.
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var config = new ConfigOptions();
        var output = new Option<FileInfo>("--out") { Description = "HTML file to write (written under a temporary name, renamed when complete).", Required = true };
        var data = new Option<FileInfo?>("--data") { Description = "Data to fit (as for fit: an Arrow event file or a CSV); without it the page shows the expected sensitivity." };
        var seed = new Option<ulong>("--seed") { Description = "Master seed of the toys (recorded in the provenance).", DefaultValueFactory = _ => 1UL };
        var toys = new Option<int>("--toys") { Description = "Without --data: toys per exposure for the ±1/±2 sigma bands (default 0: Asimov limits only).", DefaultValueFactory = _ => 0 };
        var command = new Command("report", "Write one self-contained HTML page for a run: config, expected counts, plots, fit or sensitivity, provenance.")
        {
            output, data, seed, toys,
        };
        config.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, token) =>
        {
            var path = parse.GetValue(output)!.FullName;
            string? dir = Path.GetDirectoryName(path);
            if (dir is not null && !Directory.Exists(dir))
                throw new InputException($"--out = {path}: the folder {dir} does not exist.");
            if (Directory.Exists(path))
                throw new InputException($"--out = {path}: is a folder; expected a file name.");
            int n = parse.GetValue(toys);
            if (n < 0)
                throw new InputException($"--toys = {n}: expected >= 0.");
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.report");
            var request = new RunReportRequest(config.Resolve(parse), parse.GetValue(data)?.FullName, parse.GetValue(seed), n, DateTimeOffset.UtcNow);
            var clock = Stopwatch.StartNew();
            var html = RunReport.Build(request, context.ModelFactory, (step, s) => logger.LogInformation("{Step} ({Seconds:F1} s)", step, s), context.Output.Error, token);
            var tmp = Path.Combine(dir ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllText(tmp, html.ToString());
                File.Move(tmp, path, overwrite: true);
            }
            finally
            {
                File.Delete(tmp);
            }
            logger.LogInformation("Wrote {Path} ({Figures} figures) in {Seconds:F1} s", path, html.FigureCount, clock.Elapsed.TotalSeconds);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
