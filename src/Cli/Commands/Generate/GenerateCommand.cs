using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen generate</c>: generates an Arrow event file from a config, either a fixed number of events or one
/// pseudo-experiment for the configured exposure. A thin wrapper over <see cref="Generator.Pipeline.EventGenerator"/>;
/// <c>--plot</c> draws the generated events over the expected spectrum (<see cref="GeneratePlot"/>).
/// </summary>
public static class GenerateCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var config = new ConfigOptions();
        var seed = new Option<ulong>("--seed") { Description = "Master seed (0 to 2^64 - 1); with the config it fixes every event.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Arrow event file to write (written under a temporary name, renamed when complete).", Required = true };
        var events = new Option<long?>("--events") { Description = "Generate this many events (>= 1), drawn from all channels in proportion to their expected counts." };
        var pseudo = new Option<bool>("--pseudo-experiment") { Description = "Generate one pseudo-experiment: a Poisson number of events per channel for the configured exposure." };
        var threads = new Option<int>("--threads")
        {
            Description = "Sampling threads, 1 to 256 (default: processors - 1, at least 1, leaving a core for the file writer); the file is the same for any value.",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount - 1),
        };
        var command = new Command("generate", "Generate events into an Arrow file (columns with units; provenance in the schema metadata).")
        {
            seed, output, events, pseudo, threads,
        };
        config.AddTo(command);
        var plot = new PlotOptions(GeneratePlot.DefaultWidth, GeneratePlot.DefaultHeight);
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, async (services, token) =>
        {
            var request = new GenerateRequest(
                Config: config.Resolve(parse),
                Seed: parse.GetValue(seed),
                OutputPath: parse.GetValue(output)!.FullName,
                Events: parse.GetValue(events),
                PseudoExperiment: parse.GetValue(pseudo),
                Threads: parse.GetValue(threads));
            Validate(request);
            var plotRequest = plot.Read(parse);
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.generate");
            Generator.Model.IEventModel? model = null;
            var summary = await GenerateRunner.RunAsync(request, context, logger, token, m => model = m).ConfigureAwait(false);
            GenerateReport.Write(summary, context.Output);
            plotRequest?.Write(GeneratePlot.Build(GenerateSpectrum.Compute(request.Config, model!, summary)), logger);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Validate(GenerateRequest r)
    {
        if (r.Events is null == !r.PseudoExperiment)
            throw new InputException("--events: give either --events N or --pseudo-experiment (exactly one).");
        if (r.Events is < 1)
            throw new InputException($"--events = {r.Events}: expected a number of events >= 1.");
        if (r.Threads is < 1 or > 256)
            throw new InputException($"--threads = {r.Threads}: expected 1 to 256.");
        string? dir = Path.GetDirectoryName(r.OutputPath);
        if (dir is not null && !Directory.Exists(dir))
            throw new InputException($"--out = {r.OutputPath}: the folder {dir} does not exist.");
        if (Directory.Exists(r.OutputPath))
            throw new InputException($"--out = {r.OutputPath}: is a folder; expected a file name.");
    }
}

/// <summary>A parsed <c>generate</c> command line.</summary>
/// <param name="Config">The resolved config.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="OutputPath">Absolute path of the event file.</param>
/// <param name="Events">Fixed number of events, or null for a pseudo-experiment.</param>
/// <param name="PseudoExperiment">True for one pseudo-experiment.</param>
/// <param name="Threads">Sampling threads.</param>
public sealed record GenerateRequest(
    Generator.Config.ResolvedGeneratorConfig Config,
    ulong Seed,
    string OutputPath,
    long? Events,
    bool PseudoExperiment,
    int Threads);
