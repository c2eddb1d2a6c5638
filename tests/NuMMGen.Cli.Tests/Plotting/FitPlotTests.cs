using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// <c>nummgen fit --plot</c>: the stacked best fit is the fit's expectation and its parts are the counts <c>fit</c> reports;
/// the profile reaches 0 at the best fit and crosses the 90 % critical value at the reported asymptotic limit.
/// </summary>
public class FitPlotTests
{
    [Fact]
    public void BestFitAndProfileAreTheFitsOwn()
    {
        var (config, _) = PlotTestData.Texono;
        var observed = ObservedData.Load(PlotTestData.TexonoData);
        var model = new ExperimentModel(ExperimentTemplates.Build(config, FitBinning.Edges(config.Config.Fit.Bins, config.Detector!),
            s => Generator.Model.EventModel.Build(s)));
        var report = FitCommand.Run(model, observed, new LimitOptions(), TextWriter.Null);
        var s = FitSpectrum.Compute(model, observed, report);

        Assert.Equal(report.ObservedCounts, s.Counts.Sum());
        PlotTestData.Close(report.SignalCounts["texono"], s.Parts.Where(p => !p.IsBackground).Sum(p => p.Counts.Sum()), 1e-6, "signal at the best fit");
        PlotTestData.Close(report.BackgroundCounts["texono"], s.Parts.Where(p => p.IsBackground).Sum(p => p.Counts.Sum()), 1e-6, "background at the best fit");
        for (int b = 0; b < s.Expected.Length; b++)
            PlotTestData.Close(s.Expected[b], s.Parts.Sum(p => p.Counts[b]), 1e-9, $"parts add up in bin {b}");

        // Critical value of q~ at 90 %: [Phi^-1(0.9)]^2 = 1.2815516^2 = 1.642374 (Cowan et al. EPJC 71, 1554, eq. 49).
        Assert.Equal(1.642374, s.Critical, 5);
        // -2 Delta ln L is 0 at the best fit (mu^ = report's best fit, inside the grid or at 0) and >= 0 everywhere.
        Assert.All(s.ProfileDelta, d => Assert.True(d >= 0));
        Assert.True(s.ProfileDelta.Min() < 0.05, $"profile minimum {s.ProfileDelta.Min()}");
        // Asymptotic CLs+b with q~: where the data are compatible with mu^ (q~ <= mu^2 / sigma^2) the limit is q~ = 1.642,
        // the crossing of the plotted curve (linear interpolation on the 33-point grid).
        int k = Array.FindIndex(s.ProfileDelta, d => d > s.Critical);
        Assert.True(k > 0, "the profile must cross the 90 % line inside the grid (up to 1.6 x the limit)");
        double crossing = s.ProfileMuB[k - 1] + ((s.Critical - s.ProfileDelta[k - 1]) / (s.ProfileDelta[k] - s.ProfileDelta[k - 1]) * (s.ProfileMuB[k] - s.ProfileMuB[k - 1]));
        PlotTestData.Close(report.Limits90["mu"], crossing, 0.02, "profile crossing vs reported limit");
        // In general the limit is where the profile crosses the method's critical curve (1.642 far from the boundary,
        // lower near it): check that crossing too, with the curve computed from the Asimov q~_A(x).
        // q~ = Delta only above the best fit (0 below), so the crossing is searched there.
        var g = s.ProfileDelta.Zip(s.CriticalCurve!, (d, c) => d - c).ToArray();
        double muHat = report.BestFit["mu"];
        int j = Enumerable.Range(1, g.Length - 1).First(i => s.ProfileMuB[i - 1] >= muHat && g[i] > 0);
        Assert.True(j > 0, "the profile must cross the critical curve inside the grid");
        double curveCrossing = s.ProfileMuB[j - 1] - g[j - 1] / (g[j] - g[j - 1]) * (s.ProfileMuB[j] - s.ProfileMuB[j - 1]);
        PlotTestData.Close(report.Limits90["mu"], curveCrossing, 0.02, "crossing of the critical curve vs reported limit");
        Assert.All(s.CriticalCurve!, c => Assert.InRange(c, 0, 1.6424));

        var figure = FitPlot.Build(s);
        var data = figure.Panels[0].Series.OfType<PointsSeries>().Single();
        Assert.Equal(s.Counts, data.Y);
        var stack = figure.Panels[0].Series.OfType<StackedHistogramSeries>().Single();
        Assert.Equal(s.Parts.Select(p => p.Label), stack.Components.Select(c => c.Label));
        Assert.Equal(s.Expected, figure.Panels[0].Series.OfType<StepHistogramSeries>().Single().Values);
        var profile = figure.Panels[1].Series.OfType<LineSeries>().First();
        Assert.Equal(s.ProfileMuB.Select(m => m / 1e-10), profile.X);
        Assert.Equal(s.ProfileDelta, profile.Y);
        // The critical value is drawn as the method's curve (it falls below 1.642 near mu = 0) or, when flat, as a line.
        Assert.True(figure.Panels[1].Series.OfType<LineSeries>().Any(l => l.Y.SequenceEqual(s.CriticalCurve!))
            || figure.Panels[1].Series.OfType<ReferenceLine>().Any(l => l.Orientation == Orientation.Horizontal && l.Value == s.Critical));
        Assert.Contains(figure.Panels[1].Series.OfType<ReferenceLine>(), l => l.Orientation == Orientation.Vertical && Math.Abs(l.Value * 1e-10 - report.Limits90["mu"]) < 1e-20);
    }

    [Fact]
    public void CommandWritesWellFormedSvgAndTheSameTable()
    {
        var path = PlotTestData.Temp(".svg");
        try
        {
            string config = GenerateCommandTests.Config("texono.json");
            var plain = CliRunner.Run("fit", "--config", config, "--data", PlotTestData.TexonoData, "--json");
            var r = CliRunner.Run("fit", "--config", config, "--data", PlotTestData.TexonoData, "--json", "--plot", path);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal(plain.Out, r.Out);
            PlotAssert.WellFormedSvg(File.ReadAllText(path), FitPlot.DefaultWidth, FitPlot.DefaultHeight);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
