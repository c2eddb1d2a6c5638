using NuMMGen.Generator.Model;

namespace NuMMGen.Generator.Pipeline;

/// <summary>Where a run's inputs came from, recorded in the event file's schema metadata.</summary>
/// <param name="ConfigJson">Canonical resolved config JSON.</param>
/// <param name="ConfigSha256">SHA-256 of <paramref name="ConfigJson"/> (lower-case hex).</param>
/// <param name="GenerationHypothesis">The generation couplings as JSON.</param>
/// <param name="Exposure">The exposure in words.</param>
/// <param name="DataTables">The data tables used, one per entry.</param>
public sealed record GenerationProvenance(
    string ConfigJson,
    string ConfigSha256,
    string GenerationHypothesis,
    string Exposure,
    IReadOnlyList<string> DataTables)
{
    /// <summary>Provenance for runs without a config (tests, benchmarks).</summary>
    public static GenerationProvenance None { get; } = new("{}", "", "{}", "", []);

    /// <summary>The provenance of a run configured by <paramref name="config"/>.</summary>
    public static GenerationProvenance FromConfig(Config.ResolvedGeneratorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        string hypothesis = System.Text.Json.JsonSerializer.Serialize(config.Config.Hypothesis,
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase });
        return new GenerationProvenance(config.CanonicalJson, config.Sha256, hypothesis, config.ExposureText, config.DataTables);
    }
}

/// <summary>A request to generate one event file.</summary>
/// <param name="Model">The rate engine and sampler.</param>
/// <param name="Plan">The blocks to generate (<see cref="GenerationPlan.FixedEvents"/> or <see cref="GenerationPlan.PseudoExperiment"/>).</param>
/// <param name="OutputPath">The Arrow file to write (through a temporary name; nothing appears unless the run completes).</param>
/// <param name="Provenance">What to record about the inputs.</param>
/// <param name="Threads">Sampling threads, 1 to 256 (the file is the same for any value).</param>
/// <param name="BatchRows">Rows per Arrow record batch.</param>
/// <param name="Detector">The detector: adds the <c>observed</c> and <c>detected</c> columns (and, in a pseudo-experiment
/// planned with its backgrounds, background rows); null: true quantities only.</param>
public sealed record GenerationRequest(
    IEventModel Model,
    GenerationPlan Plan,
    string OutputPath,
    GenerationProvenance Provenance,
    int Threads = 1,
    int BatchRows = Arrow.ArrowFileWriter.DefaultBatchRows,
    Detection.DetectorSetup? Detector = null);

/// <summary>Progress of a run: events written so far out of the total.</summary>
/// <param name="EventsWritten">Events appended to the file so far.</param>
/// <param name="TotalEvents">Events the run will write.</param>
public readonly record struct GenerationProgress(long EventsWritten, long TotalEvents)
{
    /// <summary>Fraction done in [0, 1] (1 for an empty run).</summary>
    public double Fraction => TotalEvents == 0 ? 1.0 : (double)EventsWritten / TotalEvents;
}

/// <summary>What a completed run wrote.</summary>
/// <param name="Path">The event file.</param>
/// <param name="Mode">Fixed-N or pseudo-experiment.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Channels">The model's channels.</param>
/// <param name="EventsPerChannel">Events written per channel (same order as <paramref name="Channels"/>).</param>
/// <param name="ExpectedTotal">Expected count for the exposure under the generation hypothesis.</param>
/// <param name="FileBytes">Size of the file in bytes.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Threads">Sampling threads used.</param>
public sealed record GenerationSummary(
    string Path,
    GenerationMode Mode,
    ulong Seed,
    IReadOnlyList<EventChannel> Channels,
    IReadOnlyList<long> EventsPerChannel,
    double ExpectedTotal,
    long FileBytes,
    TimeSpan Elapsed,
    int Threads)
{
    /// <summary>Detector backgrounds written in a pseudo-experiment: name, events, expected in the analysis region.</summary>
    public IReadOnlyList<(string Name, long Events, double Expected)> BackgroundEvents { get; init; } = [];

    /// <summary>Total events written (signal and background rows).</summary>
    public long TotalEvents => EventsPerChannel.Sum() + BackgroundEvents.Sum(b => b.Events);

    /// <summary>Events per second of wall time (end to end, including writing).</summary>
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? TotalEvents / Elapsed.TotalSeconds : double.PositiveInfinity;

    /// <summary>Events and expected counts per flux component, in channel order.</summary>
    public IReadOnlyList<(string Component, long Events, double Expected)> PerComponent() => Channels
        .Select((c, i) => (c.Component, Events: EventsPerChannel[i], c.Expected))
        .GroupBy(x => x.Component)
        .Select(g => (g.Key, g.Sum(x => x.Events), g.Sum(x => x.Expected)))
        .ToArray();
}
