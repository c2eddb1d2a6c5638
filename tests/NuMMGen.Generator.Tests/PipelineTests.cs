using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Generator.Random;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Tests;

/// <summary>The generation pipeline with a fake model: reproducibility, block order, modes, cancellation, schema.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    internal static GenerationSummary Generate(string path, IEventModel model, GenerationPlan plan, int threads, int batchRows = 777,
        IProgress<GenerationProgress>? progress = null, CancellationToken token = default) =>
        EventGenerator.RunAsync(new GenerationRequest(model, plan, path, GenerationProvenance.None, threads, batchRows), progress, token)
            .GetAwaiter().GetResult();

    private string Fixed(string name, ulong seed, int threads, long events = 10_500, bool pulsed = false)
    {
        string path = _dir.File(name);
        Generate(path, FakeEventModel.Standard(pulsed), GenerationPlan.FixedEvents(events, seed, blockEvents: 1000), threads);
        return path;
    }

    [Fact]
    public void One_and_four_threads_write_byte_identical_files()
    {
        var one = File.ReadAllBytes(Fixed("t1.arrow", 7, 1));
        var four = File.ReadAllBytes(Fixed("t4.arrow", 7, 4));
        Assert.Equal(one, four);
    }

    [Fact]
    public void Same_seed_same_bytes_and_different_seeds_differ()
    {
        Assert.Equal(File.ReadAllBytes(Fixed("a.arrow", 11, 2)), File.ReadAllBytes(Fixed("b.arrow", 11, 3)));
        Assert.NotEqual(File.ReadAllBytes(Fixed("a.arrow", 11, 2)), File.ReadAllBytes(Fixed("c.arrow", 12, 2)));
    }

    [Fact]
    public void A_block_regenerated_alone_equals_its_rows_in_the_file()
    {
        var model = FakeEventModel.Standard(pulsed: true);
        var plan = GenerationPlan.FixedEvents(10_500, 99, blockEvents: 1000);
        string path = _dir.File("blocks.arrow");
        Generate(path, model, plan, 2);
        var rows = EventFile.Read(path);
        foreach (long b in new long[] { 0, 3, 10 })
        {
            var spec = plan.Block(b);
            var events = plan.SampleBlock(model, b);
            Assert.Equal(b == 10 ? 500 : 1000, events.Length);
            for (int i = 0; i < events.Length; i++)
            {
                var row = rows[(int)spec.FirstEventId + i];
                var e = events[i];
                Assert.Equal((ulong)(spec.FirstEventId + i), row.EventId);
                Assert.Equal(model.Channels[e.Channel].Component, row.Component);
                Assert.Equal(e.Flavor.ToName(), row.Flavor);
                Assert.Equal(e.Enu, row.EnuMeV);
                Assert.Equal(e.Recoil / 1e-3, row.RecoilKeV);
                Assert.Equal(e.Time / 1e-9, row.TimeNs!.Value);
                Assert.Equal(e.Sm * 1e-3, row.DsdtSm);
                Assert.Equal(e.TensorPerC2 * 1e-3, row.DsdtTensor);
                Assert.Equal(e.ScalarPerC2 * 1e-3, row.DsdtScalar);
                Assert.Equal(e.MagneticPerMu2 / 1000, row.DsdtMagnetic, e.MagneticPerMu2 * 1e-15);
            }
        }
    }

    [Fact]
    public void Fixed_mode_writes_n_events_with_consecutive_ids_and_counts_channels()
    {
        string path = _dir.File("n.arrow");
        var summary = Generate(path, FakeEventModel.Standard(), GenerationPlan.FixedEvents(3001, 5, blockEvents: 1000), 2);
        var rows = EventFile.Read(path);
        Assert.Equal(3001, rows.Count);
        Assert.Equal(Enumerable.Range(0, 3001).Select(i => (ulong)i), rows.Select(r => r.EventId));
        Assert.Equal(3001, summary.TotalEvents);
        Assert.Equal(rows.Count(r => r.Component == "pp"), summary.EventsPerChannel[0]);
        Assert.Equal(new FileInfo(path).Length, summary.FileBytes);
        // Mixture fractions follow the expected counts (120.5 : 40.25 : 12), loosely.
        Assert.InRange(summary.EventsPerChannel[0] / 3001.0, 0.66, 0.73);
    }

    [Fact]
    public void Pseudo_experiment_counts_are_poisson_and_reproducible()
    {
        var model = FakeEventModel.Standard();
        var a = GenerationPlan.PseudoExperiment(model.Channels, 21, blockEvents: 50);
        var b = GenerationPlan.PseudoExperiment(model.Channels, 21, blockEvents: 50);
        Assert.Equal(a.ChannelEvents, b.ChannelEvents);
        var expected = RandomStreams.Create(21, GenerationStages.PoissonCounts, 0);
        Assert.Equal(model.Channels.Select(c => expected.Poisson(c.Expected)), a.ChannelEvents);
        // Means over many seeds agree with the expected counts within 5 standard errors.
        var sums = new double[3];
        const int trials = 2000;
        for (ulong s = 0; s < trials; s++)
        {
            var plan = GenerationPlan.PseudoExperiment(model.Channels, 1000 + s);
            for (int c = 0; c < 3; c++)
                sums[c] += plan.ChannelEvents[c];
        }
        for (int c = 0; c < 3; c++)
            Assert.InRange(sums[c] / trials, model.Channels[c].Expected - 5 * Math.Sqrt(model.Channels[c].Expected / trials),
                model.Channels[c].Expected + 5 * Math.Sqrt(model.Channels[c].Expected / trials));

        string p1 = _dir.File("pe1.arrow"), p4 = _dir.File("pe4.arrow");
        var summary = Generate(p1, model, a, 1);
        Generate(p4, model, b, 4);
        Assert.Equal(File.ReadAllBytes(p1), File.ReadAllBytes(p4));
        Assert.Equal(a.ChannelEvents, summary.EventsPerChannel);
        // Events are ordered by channel, then block.
        var rows = EventFile.Read(p1);
        var order = rows.Select(r => model.Channels.First(c => c.Component == r.Component).Index).ToArray();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Cancellation_leaves_no_file()
    {
        string path = _dir.File("cancelled.arrow");
        using var cts = new CancellationTokenSource();
        var progress = new InlineProgress(p =>
        {
            if (p.EventsWritten >= 3000)
                cts.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Generate(path, FakeEventModel.Standard(), GenerationPlan.FixedEvents(1_000_000, 1, 1000), 2, progress: progress, token: cts.Token));
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_failing_model_propagates_its_error_and_leaves_no_file()
    {
        string path = _dir.File("failed.arrow");
        var model = new ThrowingModel(FakeEventModel.Standard(), failAt: 2500);
        var e = Assert.Throws<InvalidOperationException>(() => Generate(path, model, GenerationPlan.FixedEvents(100_000, 1, 1000), 2));
        Assert.Contains("fake failure", e.Message);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Schema_has_units_descriptions_and_provenance()
    {
        string steady = Fixed("steady.arrow", 3, 1, 10);
        string pulsed = Fixed("pulsed.arrow", 3, 1, 10, pulsed: true);
        using var reader = ArrowFileReader.Open(pulsed);
        var schema = reader.Schema;
        string[] expected =
        [
            "eventId", "component", "process", "flavor", "targetSpecies", "recoilKind", "enuMeV", "recoilKeV", "timeNs",
            "dsdtSmCm2PerKeV", "dsdtMagneticPerMu2Cm2PerKeV", "dsdtTensorPerC2Cm2PerKeV", "dsdtScalarPerC2Cm2PerKeV",
        ];
        Assert.Equal(expected, schema.Fields.Select(f => f.Name));
        Assert.All(schema.Fields, f => Assert.True(f.Metadata.ContainsKey("unit") && f.Metadata["description"].Length > 0, f.Name));
        Assert.Equal("MeV", schema.Fields[6].Metadata["unit"]);
        Assert.Equal("keV", schema.Fields[7].Metadata["unit"]);
        Assert.Equal("ns", schema.Fields[8].Metadata["unit"]);
        Assert.Equal("cm^2/keV", schema.Fields[9].Metadata["unit"]);
        Assert.Equal(["pp", "7Be_862", "8B"], schema.Fields[1].DictionaryValues!);
        Assert.Equal(["nue", "cevns"], schema.Fields[2].DictionaryValues!);
        Assert.Equal(["electron", "nuclear"], schema.Fields[5].DictionaryValues!);
        foreach (var key in new[]
                 {
                     EventMetadataKeys.Version, EventMetadataKeys.Config, EventMetadataKeys.ConfigSha256, EventMetadataKeys.Seed,
                     EventMetadataKeys.Mode, EventMetadataKeys.Events, EventMetadataKeys.GenerationHypothesis,
                     EventMetadataKeys.ExpectedTotal, EventMetadataKeys.Reweighting, EventMetadataKeys.DataTables,
                     EventMetadataKeys.Channels, EventMetadataKeys.BlockEvents,
                 })
            Assert.True(schema.Metadata.ContainsKey(key), key);
        Assert.Equal("3", schema.Metadata[EventMetadataKeys.Seed]);
        Assert.Equal("10", schema.Metadata[EventMetadataKeys.Events]);
        Assert.Equal("fixed-events", schema.Metadata[EventMetadataKeys.Mode]);
        Assert.Equal(172.75, double.Parse(schema.Metadata[EventMetadataKeys.ExpectedTotal], System.Globalization.CultureInfo.InvariantCulture));

        using var steadyReader = ArrowFileReader.Open(steady);
        Assert.DoesNotContain(steadyReader.Schema.Fields, f => f.Name == EventColumns.TimeNs);
    }

    /// <summary>Reports synchronously on the writer's thread (unlike Progress&lt;T&gt;).</summary>
    private sealed class InlineProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }

    private sealed class ThrowingModel(IEventModel inner, int failAt) : IEventModel
    {
        private int _calls;

        public IReadOnlyList<EventChannel> Channels => inner.Channels;

        public double TotalExpected => inner.TotalExpected;

        public InteractionEvent Sample(int channel, RandomStream random) => inner.Sample(channel, random);

        public InteractionEvent SampleMixture(RandomStream random) =>
            Interlocked.Increment(ref _calls) == failAt ? throw new InvalidOperationException("fake failure") : inner.SampleMixture(random);
    }
}
