using System.Diagnostics;
using System.Globalization;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>
/// One sampling channel of <see cref="SamplingBenchmarks"/> in a plain loop, for profilers (BenchmarkDotNet's child
/// processes are awkward to attach to): prints ns/event and a checksum of the recoils (equal checksums, equal draws).
/// Run: dotnet run -c Release --project bench/NuMMGen.Bench -- sample-loop CASE THOUSANDS [batch]
/// or, for the mixture of a config (drawn as the block sampler draws it, without the detector):
/// dotnet run -c Release --project bench/NuMMGen.Bench -- sample-loop CONFIG.json THOUSANDS
/// e.g. with DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 under `perf record -e cpu-clock`.
/// </summary>
internal static class SamplingLoop
{
    public static void Run(string[] args)
    {
        if (args[1].EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            RunMixture(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            return;
        }
        var benchmark = new SamplingBenchmarks { Case = args[1] };
        benchmark.Setup();
        var thousands = int.Parse(args[2], CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        var checksum = 0.0;
        var batch = args.Length > 3 && args[3] == "batch";
        for (var i = 0; i < thousands; i++)
            checksum += batch ? benchmark.SampleBatch() : benchmark.SampleEvent();
        var ns = watch.Elapsed.TotalNanoseconds / (thousands * 1000.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: {ns:F1} ns/event, acceptance {benchmark.Acceptance:F3}, checksum {checksum:R}"));
    }

    private static void RunMixture(string config, int thousands)
    {
        var model = EventModel.Build(GeneratorConfig.Load(config).Resolve().Setup);
        var watch = Stopwatch.StartNew();
        var checksum = BatchedSampling.Mixture(model, RandomStreams.Create(1, 1, 0), thousands * 1000L);
        var ns = watch.Elapsed.TotalNanoseconds / (thousands * 1000.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(config)}: {ns:F1} ns/event, checksum {checksum:R}"));
    }
}
