using BenchmarkDotNet.Attributes;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Generator.Tests;

namespace NuMMGen.Bench;

/// <summary>
/// End-to-end events per second: sample (fake model from the tests, a few ns per event) and write an Arrow
/// event file with the standard columns to /tmp, on 1 and 2 sampling threads. Reported time is per event
/// (OperationsPerInvoke = Events); events/s = 1e9 / ns. The file size per event is printed at cleanup.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const long Events = 20_000_000;
    private readonly IEventModel _model = FakeEventModel.Standard();
    private string _path = "";

    /// <summary>Sampling threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _path = Path.Combine(Path.GetTempPath(), $"nummgen-bench-pipeline-{Environment.ProcessId}.arrow");

    [GlobalCleanup]
    public void Cleanup()
    {
        if (File.Exists(_path))
        {
            long bytes = new FileInfo(_path).Length;
            Console.WriteLine($"// {Events} events: {bytes} bytes, {(double)bytes / Events:F2} bytes/event");
            File.Delete(_path);
        }
    }

    [Benchmark(OperationsPerInvoke = (int)Events)]
    public long GenerateFile()
    {
        var request = new GenerationRequest(_model, GenerationPlan.FixedEvents(Events, 42), _path, GenerationProvenance.None, Threads);
        return EventGenerator.RunAsync(request).GetAwaiter().GetResult().TotalEvents;
    }
}
