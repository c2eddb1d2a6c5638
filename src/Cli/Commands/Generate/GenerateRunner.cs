using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Physics;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>Builds the model for a <see cref="GenerateRequest"/> and runs the pipeline with a progress display.</summary>
public static class GenerateRunner
{
    /// <summary>Seconds between progress log lines when standard output is not a terminal.</summary>
    public const double LogIntervalSeconds = 5;

    /// <summary>Generates the file; progress as a bar on a terminal, as log lines otherwise.</summary>
    /// <param name="r">The request.</param>
    /// <param name="context">The program context (model factory, output).</param>
    /// <param name="logger">Log.</param>
    /// <param name="token">Stops the run.</param>
    /// <param name="modelBuilt">Called with the model the events are drawn from (for <c>--plot</c>), or null.</param>
    public static async Task<GenerationSummary> RunAsync(GenerateRequest r, CliContext context, ILogger logger, CancellationToken token,
        Action<Generator.Model.IEventModel>? modelBuilt = null)
    {
        var model = context.ModelFactory(r.Config.Setup);
        modelBuilt?.Invoke(model);
        if (!(model.TotalExpected > 0) || !double.IsFinite(model.TotalExpected))
            throw new InputException(
                $"--config: no events expected in the recoil window for this setup (expected total {model.TotalExpected}); widen recoil.minKeV/maxKeV or add components or processes.");
        // A pseudo-experiment with a detector also draws its backgrounds (Poisson counts in the analysis region); a
        // fixed-events run holds signal only.
        var detector = r.Config.Detector;
        var plan = r.Events is { } n
            ? GenerationPlan.FixedEvents(n, r.Seed)
            : GenerationPlan.PseudoExperiment(model.Channels, r.Seed, backgroundExpected: detector?.Backgrounds.Select(b => b.Expected).ToArray());
        var request = new GenerationRequest(model, plan, r.OutputPath, GenerationProvenance.FromConfig(r.Config), r.Threads,
            r.Config.Config.Output.BatchRows, detector);
        logger.LogInformation("Generating {Events} events ({Mode}) from {Config} (sha256 {Hash}), seed {Seed}, {Threads} threads -> {Path}",
            plan.TotalEvents, plan.Mode, r.Config.Config.Name, r.Config.Sha256[..12], r.Seed, r.Threads, r.OutputPath);
        if (context.Output.Interactive)
        {
            return await context.Output.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("generating", maxValue: Math.Max(1, plan.TotalEvents));
                    var progress = new CallbackProgress(p => task.Value = p.EventsWritten);
                    return await EventGenerator.RunAsync(request, progress, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        var clock = Stopwatch.StartNew();
        double next = LogIntervalSeconds;
        var log = new CallbackProgress(p =>
        {
            if (clock.Elapsed.TotalSeconds < next)
                return;
            next = clock.Elapsed.TotalSeconds + LogIntervalSeconds;
            logger.LogInformation("{Done} / {Total} events ({Percent:F1} %)", p.EventsWritten, p.TotalEvents, 100 * p.Fraction);
        });
        return await EventGenerator.RunAsync(request, log, token).ConfigureAwait(false);
    }

    /// <summary>Calls back on the writer's thread (no synchronisation context hop).</summary>
    private sealed class CallbackProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
