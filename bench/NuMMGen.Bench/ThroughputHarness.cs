using System.Diagnostics;
using System.Globalization;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>
/// End-to-end Stopwatch harness (BenchmarkDotNet's minimum of 15 iterations of a multi-second run is too slow for
/// a shared machine): builds the model from a config once, times each channel alone (up to 5 M events), then `repeat`
/// runs of sampling the mixture (one thread, no file), of the pipeline's block sampler (one thread, no file) and of the
/// full pipeline to a file, printing every run and the best.
/// Run: dotnet run -c Release --project bench/NuMMGen.Bench -- throughput CONFIG OUT.arrow EVENTS THREADS [REPEAT]
/// </summary>
internal static class ThroughputHarness
{
    public static void Run(string[] args)
    {
        string config = args[1], output = args[2];
        long events = long.Parse(args[3], CultureInfo.InvariantCulture);
        int threads = int.Parse(args[4], CultureInfo.InvariantCulture);
        int repeat = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3;
        var resolved = GeneratorConfig.Load(config).Resolve();
        var model = EventModel.Build(resolved.Setup);

        for (int c = 0; c < model.Channels.Count; c++)
        {
            if (!(model.Channels[c].Expected > 0))
                continue;
            var random = RandomStreams.Create(1, 2, (ulong)c);
            var n = Math.Min(events, 5_000_000);
            var clock = Stopwatch.StartNew();
            var sum = BatchedSampling.Channel(model, c, random, n);
            Console.WriteLine($"  channel {c} ({model.Channels[c].Component} on {model.Channels[c].TargetSpecies}, {100 * model.Channels[c].Expected / model.TotalExpected:F1}% of events, acceptance {model.Acceptance(c):F3}): {clock.Elapsed.TotalNanoseconds / n:F1} ns/event (checksum {sum:E3})");
        }

        double bestSampling = double.MaxValue;
        for (int r = 0; r < repeat; r++)
        {
            var random = RandomStreams.Create(1, 1, (ulong)r);
            var n = Math.Min(events, 20_000_000);
            var clock = Stopwatch.StartNew();
            var sum = BatchedSampling.Mixture(model, random, n);
            clock.Stop();
            double ns = clock.Elapsed.TotalNanoseconds / n;
            bestSampling = Math.Min(bestSampling, ns);
            Console.WriteLine($"sampling alone: {ns:F1} ns/event (checksum {sum:E3})");
        }

        for (int r = 0; r < repeat; r++)
        {
            // The pipeline's block sampler alone (one thread, one reused block, no file): sampling plus the block's columns.
            var plan = GenerationPlan.FixedEvents(Math.Min(events, 20_000_000), (ulong)(r + 1));
            var block = new EventBlock(plan.BlockEvents, model.Channels.Count);
            var clock = Stopwatch.StartNew();
            for (long b = 0; b < plan.BlockCount; b++)
            {
                var spec = plan.Block(b);
                block.Reset(spec.FirstEventId);
                BlockSampler.Sample(model, null, plan, spec, new EventBlockSink(block, 0));
            }
            Console.WriteLine($"block sampler alone: {clock.Elapsed.TotalNanoseconds / plan.TotalEvents:F1} ns/event");
        }

        double best = 0;
        for (int r = 0; r < repeat; r++)
        {
            var plan = GenerationPlan.FixedEvents(events, 1);
            var request = new GenerationRequest(model, plan, output, GenerationProvenance.FromConfig(resolved), threads,
                resolved.Config.Output.BatchRows, resolved.Detector);
            var summary = EventGenerator.RunAsync(request).GetAwaiter().GetResult();
            best = Math.Max(best, summary.EventsPerSecond);
            Console.WriteLine($"end to end, {threads} sampler(s): {summary.EventsPerSecond / 1e6:F2} M events/s ({summary.Elapsed.TotalSeconds:F2} s, {(double)summary.FileBytes / events:F1} bytes/event)");
            File.Delete(output);
        }
        Console.WriteLine($"best: sampling {bestSampling:F1} ns/event; end to end {best / 1e6:F2} M events/s");
    }
}

