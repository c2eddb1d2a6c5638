using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Pipeline;
using NuMMGen.Physics.CrossSections;
using Xunit.Abstractions;

namespace NuMMGen.Generator.Tests.Presets;

/// <summary>Generating with a detector: observed/detected columns, reproducibility, sampled vs folded spectra, backgrounds.</summary>
public class DetectorGenerationTests(ITestOutputHelper output)
{
    private static GenerationSummary Run(ResolvedGeneratorConfigAndModel m, GenerationPlan plan, string path, int threads) =>
        EventGenerator.RunAsync(new GenerationRequest(m.Model, plan, path, GenerationProvenance.FromConfig(m.Config), threads,
            Detector: m.Config.Detector)).GetAwaiter().GetResult();

    private sealed record ResolvedGeneratorConfigAndModel(NuMMGen.Generator.Config.ResolvedGeneratorConfig Config, NuMMGen.Generator.Model.EventModel Model);

    private static ResolvedGeneratorConfigAndModel Gemma(params string[] overrides)
    {
        var (c, m) = PresetFixtures.Build("gemma.json", overrides);
        return new(c, m);
    }

    [Fact]
    public void Observed_and_detected_columns_carry_units_and_are_the_same_on_one_and_two_threads()
    {
        using var dir = new TempDirectory();
        var m = Gemma();
        var plan = GenerationPlan.FixedEvents(140_000, 5);
        Run(m, plan, dir.File("a.arrow"), 1);
        Run(m, plan, dir.File("b.arrow"), 2);
        Assert.Equal(File.ReadAllBytes(dir.File("a.arrow")), File.ReadAllBytes(dir.File("b.arrow")));
        using var reader = ArrowFileReader.Open(dir.File("a.arrow"));
        var observed = reader.Schema.Fields.Single(f => f.Name == EventColumns.Observed);
        Assert.Equal("keVee", observed.Metadata.Single(kv => kv.Key == "unit").Value);
        Assert.Contains(reader.Schema.Fields, f => f.Name == EventColumns.Detected && f.Type == ArrowType.Bool);
        Assert.Contains("detector analysis region", reader.Schema.Metadata[EventMetadataKeys.DataTables]);
        Assert.Contains("\"detector\":", reader.Schema.Metadata[EventMetadataKeys.Config]);
    }

    /// <summary>
    /// The detected events' observed spectrum against the folded expectation of <c>rates</c> (the same response,
    /// integrated): chi^2 over 8 bins with 200 000 events; the test fails at p &lt; 0.001 (chi^2 &gt; 26.1 for 8 dof).
    /// </summary>
    [Fact]
    public void Sampled_observed_spectrum_matches_the_folded_expectation()
    {
        using var dir = new TempDirectory();
        var m = Gemma("hypothesis.muB=3e-11");
        const int events = 200_000;
        Run(m, GenerationPlan.FixedEvents(events, 11), dir.File("e.arrow"), 2);
        double[] edges = [2.8, 4, 6, 9, 14, 22, 35, 60, 100];
        var counts = new double[edges.Length - 1];
        using (var reader = ArrowFileReader.Open(dir.File("e.arrow")))
        {
            foreach (var batch in reader.ReadRecordBatches())
            {
                var x = batch.Column<NumericColumn<double>>(EventColumns.Observed).Values.Span;
                var detected = batch.Column<BoolColumn>(EventColumns.Detected);
                for (int i = 0; i < batch.Length; i++)
                {
                    double value = x[i];
                    Assert.False(detected[i] && !(value >= 2.8 && value < 100));
                    if (detected[i])
                        counts[Array.FindLastIndex(edges, e => e <= value)]++;
                }
            }
        }
        var folded = DetectedRates.Folded(m.Model, m.Config.Detector!, edges);
        double scale = events / m.Model.TotalExpected, chi2 = 0;
        for (int j = 0; j < counts.Length; j++)
        {
            double expected = folded.Sum(c => c[j].Sum) * scale;
            chi2 += Math.Pow(counts[j] - expected, 2) / expected;
            output.WriteLine($"[{edges[j]}, {edges[j + 1]}) keVee: sampled {counts[j]}, folded {expected:F1}");
        }
        output.WriteLine($"chi2 = {chi2:F2} for {counts.Length} dof");
        Assert.True(chi2 < 26.1, $"chi2 = {chi2:F2}");
    }

    [Fact]
    public void Pseudo_experiment_adds_background_rows_in_the_analysis_region()
    {
        using var dir = new TempDirectory();
        var m = Gemma("exposure.liveDays=5");
        var background = m.Config.Detector!.Backgrounds.Select(b => b.Expected).ToArray();
        var plan = GenerationPlan.PseudoExperiment(m.Model.Channels, 3, backgroundExpected: background);
        var summary = Run(m, plan, dir.File("p.arrow"), 2);
        var (name, rows, expected) = Assert.Single(summary.BackgroundEvents);
        Assert.Equal("flat", name);
        Assert.InRange(rows, expected - 5 * Math.Sqrt(expected), expected + 5 * Math.Sqrt(expected));
        using var reader = ArrowFileReader.Open(dir.File("p.arrow"));
        long seen = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            var process = batch.Column<DictionaryColumn>(EventColumns.Process);
            var flavor = batch.Column<DictionaryColumn>(EventColumns.Flavor);
            var x = batch.Column<NumericColumn<double>>(EventColumns.Observed).Values.Span;
            var detected = batch.Column<BoolColumn>(EventColumns.Detected);
            for (int i = 0; i < batch.Length; i++)
            {
                if (process[i] != EventDictionaries.BackgroundProcess)
                    continue;
                seen++;
                Assert.Equal("none", flavor[i]);
                Assert.True(detected[i] && x[i] >= 2.8 && x[i] < 100);
            }
        }
        Assert.Equal(rows, seen);
        Assert.Contains("\"name\":\"flat\"", reader.Schema.Metadata[EventMetadataKeys.Backgrounds]);
    }

    /// <summary>
    /// Any block regenerated alone with the detector (<see cref="GenerationPlan.SampleBlock(Model.IEventModel, long, DetectorSetup?)"/>)
    /// equals the same rows of the file written on two threads: interactions, observed value, decision, and a
    /// pseudo-experiment's background rows. Fixed-N and pseudo-experiment plans, first, middle and last blocks.
    /// </summary>
    [Fact]
    public void Any_block_regenerated_alone_with_the_detector_equals_the_same_rows_of_the_file()
    {
        using var dir = new TempDirectory();
        var m = Gemma("exposure.liveDays=5", "hypothesis.muB=3e-11");
        var detector = m.Config.Detector!;
        var background = detector.Backgrounds.Select(b => b.Expected).ToArray();
        var plans = new[]
        {
            GenerationPlan.FixedEvents(5500, 21, blockEvents: 1000),
            GenerationPlan.PseudoExperiment(m.Model.Channels, 22, blockEvents: 300, backgroundExpected: background),
        };
        foreach (var plan in plans)
        {
            string path = dir.File($"{plan.Mode}.arrow");
            Run(m, plan, path, 2);
            var rows = EventFile.Read(path);
            Assert.Equal(plan.TotalEvents, rows.Count);
            var blocks = new[] { 0, plan.BlockCount / 2, plan.BlockCount - 1 }.Distinct().ToArray();
            if (plan.Mode == GenerationMode.PseudoExperiment)
                Assert.True(plan.Block(plan.BlockCount - 1).Channel >= plan.SignalChannels, "the last block should hold background rows");
            int compared = 0, backgroundRows = 0;
            foreach (var b in blocks)
            {
                var spec = plan.Block(b);
                var regenerated = plan.SampleBlock(m.Model, b, detector);
                Assert.Equal(spec.Count, regenerated.Length);
                for (int i = 0; i < regenerated.Length; i++)
                {
                    var row = rows[(int)spec.FirstEventId + i];
                    var (e, observed, detected, isBackground) = regenerated[i];
                    Assert.Equal((ulong)(spec.FirstEventId + i), row.EventId);
                    Assert.Equal(observed, row.Observed!.Value);
                    Assert.Equal(detected, row.Detected!.Value);
                    if (isBackground)
                    {
                        backgroundRows++;
                        Assert.Equal(EventDictionaries.BackgroundProcess, row.Process);
                        Assert.True(double.IsNaN(row.EnuMeV) && double.IsNaN(row.RecoilKeV));
                        continue;
                    }
                    Assert.Equal(m.Model.Channels[e.Channel].Component, row.Component);
                    Assert.Equal(e.Flavor.ToName(), row.Flavor);
                    Assert.Equal(e.Enu, row.EnuMeV);
                    Assert.Equal(e.Recoil / 1e-3, row.RecoilKeV);
                    Assert.Equal(e.Sm * 1e-3, row.DsdtSm);
                    Assert.Equal(e.MagneticPerMu2 / 1000, row.DsdtMagnetic, e.MagneticPerMu2 * 1e-15);
                    compared++;
                }
            }
            Assert.True(compared > 0);
            Assert.True(plan.Mode == GenerationMode.FixedEvents || backgroundRows > 0);
            output.WriteLine($"{plan.Mode}: {plan.BlockCount} blocks, {compared} interaction rows and {backgroundRows} background rows regenerated");
        }
    }

    /// <summary>A background block cannot be drawn without the detector that defines it.</summary>
    [Fact]
    public void Background_block_without_the_detector_is_refused()
    {
        var m = Gemma("exposure.liveDays=5");
        var plan = GenerationPlan.PseudoExperiment(m.Model.Channels, 22, blockEvents: 300,
            backgroundExpected: m.Config.Detector!.Backgrounds.Select(b => b.Expected).ToArray());
        Assert.Throws<InvalidOperationException>(() => plan.SampleBlock(m.Model, plan.BlockCount - 1, null));
        Assert.Throws<InvalidOperationException>(() => plan.SampleBlock(m.Model, plan.BlockCount - 1));
    }
}
