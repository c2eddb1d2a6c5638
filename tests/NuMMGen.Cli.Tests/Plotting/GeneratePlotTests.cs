using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// <c>nummgen generate --plot</c>: the histogram holds every generated event of the file; the expectation drawn over it is the
/// rate engine's, and the sampled events agree with it (one model for sampling and expectations: a chi^2 test).
/// </summary>
public class GeneratePlotTests
{
    [Fact]
    public void FixedEventsWithoutDetectorFollowTheRateEngine()
    {
        var (config, model) = PlotTestData.Build("coherent-csi.json");
        Assert.Null(config.Detector);
        const int n = 20000;
        var path = PlotTestData.Temp(".arrow");
        try
        {
            var r = CliRunner.Run("generate", "--config", GenerateCommandTests.Config("coherent-csi.json"), "--seed", "11", "--events", n.ToString(),
                "--out", path, "--threads", "1");
            Assert.True(r.ExitCode == 0, r.Error);
            var summary = Summary(path, GenerationMode.FixedEvents, model, n);
            var s = GenerateSpectrum.Compute(config, model, summary);
            Assert.Equal(n, s.Counts.Sum());   // every event: the bins span [recoil min, largest recoil]
            Assert.True(s.LogX);
            Assert.Equal("keVnr", s.Unit);
            // Expected total: N times the fraction of the window counts below the largest generated recoil (close to 1).
            PlotTestData.Close(n, s.Signal.Sum(), 2e-3, "expected events");
            // Pearson chi^2 of the histogram against the expectation, bins with >= 5 expected events: 40 bins, mean ~ 40 - 1,
            // sd ~ 9; a bound of 40 + 5 sd fails for a real mismatch (a 5 % shape error in a few bins) but not by chance.
            var bins = s.Signal.Select((e, i) => (e, o: s.Counts[i])).Where(b => b.e >= 5).ToList();
            double chi2 = bins.Sum(b => (b.o - b.e) * (b.o - b.e) / b.e);
            Assert.True(chi2 < bins.Count + (5 * Math.Sqrt(2.0 * bins.Count)), $"chi^2 = {chi2:F1} for {bins.Count} bins");

            var panel = Assert.Single(GeneratePlot.Build(s).Panels);
            var points = Assert.Single(panel.Series.OfType<PointsSeries>());
            Assert.Equal(s.Counts.Where(c => c > 0), points.Y.Where(double.IsFinite));
            Assert.Equal(s.Counts.Select(Math.Sqrt).ToArray(), points.YErrorLow);
            var stack = Assert.Single(panel.Series.OfType<StackedHistogramSeries>());
            Assert.Equal(s.Signal, Assert.Single(stack.Components).Values);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PseudoExperimentWithDetectorIsComparedWithTheRatesCounts()
    {
        var (config, model) = PlotTestData.Texono;
        var path = PlotTestData.TexonoData;
        long detected = ObservedData.Load(path).Values!.Count(v => v >= config.Detector!.MinObserved && v < config.Detector.MaxObserved);
        var s = GenerateSpectrum.Compute(config, model, Summary(path, GenerationMode.PseudoExperiment, model, 0));
        Assert.Equal(detected, s.Counts.Sum());
        Assert.Equal(1.0, s.Scale);
        var rates = RatesReport.Create(config, model);
        PlotTestData.Close(rates.TotalSignal, s.Signal.Sum(), 1e-6, "expected signal");
        PlotTestData.Close(rates.TotalBackground, s.Background.Sum(), 1e-6, "expected background");
        // The pseudo-experiment's total is Poisson around the expectation: within 5 sigma.
        double expected = rates.TotalSignal + rates.TotalBackground;
        Assert.InRange(s.Counts.Sum(), expected - (5 * Math.Sqrt(expected)), expected + (5 * Math.Sqrt(expected)));
        var stack = GeneratePlot.Build(s).Panels[0].Series.OfType<StackedHistogramSeries>().Single();
        Assert.Equal(["background", "signal"], stack.Components.Select(c => c.Label.Split(' ')[0]));
        Assert.Equal(s.Background, stack.Components[0].Values);
    }

    [Fact]
    public void CommandWritesWellFormedSvg()
    {
        var events = PlotTestData.Temp(".arrow");
        var svg = PlotTestData.Temp(".svg");
        try
        {
            var r = CliRunner.Run("generate", "--config", GenerateCommandTests.Config("texono.json"), "--seed", "2", "--pseudo-experiment",
                "--out", events, "--plot", svg, "--width", "700", "--height", "500");
            Assert.True(r.ExitCode == 0, r.Error);
            var doc = PlotAssert.WellFormedSvg(File.ReadAllText(svg), 700, 500);
            Assert.Contains(doc.Descendants(PlotAssert.Svg + "text"), t => t.Value.StartsWith("generated events", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(events);
            File.Delete(svg);
        }
    }

    // The summary fields the spectrum uses: file, mode and the number of signal events (fixed-N scaling).
    private static GenerationSummary Summary(string path, GenerationMode mode, EventModel model, long events) =>
        new(path, mode, 0, model.Channels, [events, .. Enumerable.Repeat(0L, model.Channels.Count - 1)], model.TotalExpected, 0, TimeSpan.Zero, 1);
}
