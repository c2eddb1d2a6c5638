using System.Diagnostics;
using System.Globalization;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>
/// Where the time of one sampler thread goes, on a noisy machine: the variants (sampling the mixture alone; the block
/// sampler without and with the detector, at block sizes of 2^10 to 2^16 events) are timed in turn, round after round
/// in one process, so a slow spell of the machine hits all of them alike; prints the minimum per variant.
/// Run: dotnet run -c Release --project bench/NuMMGen.Bench -- block-cost CONFIG MILLIONS ROUNDS
/// </summary>
internal static class BlockCostHarness
{
    public static void Run(string[] args)
    {
        var resolved = GeneratorConfig.Load(args[1]).Resolve();
        long events = (long)(double.Parse(args[2], CultureInfo.InvariantCulture) * 1e6);
        int rounds = int.Parse(args[3], CultureInfo.InvariantCulture);
        var model = EventModel.Build(resolved.Setup);
        var variants = new List<(string Name, Action Run)>
        {
            ("sampling alone", () =>
            {
                GC.KeepAlive(BatchedSampling.Mixture(model, RandomStreams.Create(1, 1, 0), events));
            }),
        };
        foreach (var size in new[] { 1 << 10, 1 << 12, 1 << 14, 1 << 16 })
        {
            foreach (var detector in resolved.Detector is null ? [null] : new[] { null, resolved.Detector })
            {
                // Without the detector only the smallest interesting and the default block size.
                if (detector is null && size != 1 << 16 && size != 1 << 12)
                    continue;
                var plan = GenerationPlan.FixedEvents(events, 1, size);
                var block = new EventBlock(plan.BlockEvents, model.Channels.Count);
                variants.Add(($"block sampler, 2^{Math.Log2(size)} events{(detector is null ? "" : ", detector")}", () =>
                {
                    for (long b = 0; b < plan.BlockCount; b++)
                    {
                        var spec = plan.Block(b);
                        block.Reset(spec.FirstEventId);
                        BlockSampler.Sample(model, detector, plan, spec, new EventBlockSink(block, 0));
                    }
                }));
            }
        }
        var best = variants.Select(_ => double.MaxValue).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            for (int v = 0; v < variants.Count; v++)
            {
                var clock = Stopwatch.StartNew();
                variants[v].Run();
                best[v] = Math.Min(best[v], clock.Elapsed.TotalNanoseconds / events);
            }
        }
        for (int v = 0; v < variants.Count; v++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variants[v].Name}: {best[v]:F1} ns/event (min of {rounds})"));
    }
}
