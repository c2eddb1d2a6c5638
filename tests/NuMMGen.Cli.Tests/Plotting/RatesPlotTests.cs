using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// <c>nummgen rates --plot</c>: the plotted spectra integrate to the counts the rates table prints (true spectrum: the rate
/// engine's window counts; observed spectrum: the folded counts and backgrounds of <see cref="RatesReport"/>); the
/// magnetic part is drawn when mu != 0; SVG and PNG files come out right.
/// </summary>
public class RatesPlotTests
{
    [Fact]
    public void ObservedPanelStacksExactlyTheRatesCounts()
    {
        var (config, model) = PlotTestData.Texono;
        var report = RatesReport.Create(config, model);
        var figure = RatesPlot.Build(RatesSpectra.Compute(config, model));
        Assert.Equal(2, figure.Panels.Count);
        var observed = figure.Panels[1];
        var stack = Assert.Single(observed.Series.OfType<StackedHistogramSeries>());
        // Backgrounds first (one per background, in order), then one component per signal channel (TEXONO has 5 < MaxChannelsShown).
        var backgrounds = report.Components.Where(c => c.Kind == "background").ToList();
        var signals = report.Components.Where(c => c.Kind == "signal").ToList();
        Assert.Equal(backgrounds.Count + signals.Count, stack.Components.Count);
        foreach (var (component, row) in stack.Components.Zip(backgrounds.Concat(signals)))
        {
            Assert.StartsWith(row.Name, component.Label, StringComparison.Ordinal);
            PlotTestData.Close(row.Counts, component.Values.Sum(), 1e-6, $"observed {row.Name}");
        }
        var total = observed.Series.OfType<StepHistogramSeries>().Single(s => s.Label == "total");
        PlotTestData.Close(report.TotalSignal + report.TotalBackground, total.Values.Sum(), 1e-6, "observed total");
        var signalAlone = observed.Series.OfType<StepHistogramSeries>().Single(s => s.Label == "signal alone");
        PlotTestData.Close(report.TotalSignal, signalAlone.Values.Sum(), 1e-6, "signal alone");
        Assert.Equal(config.Detector!.MinObserved, stack.Edges[0]);
        Assert.Equal(config.Detector.MaxObserved, stack.Edges[^1]);
        Assert.Equal("keVee", observed.X.Unit);
    }

    [Fact]
    public void TrueSpectrumIntegratesToTheWindowCountsAndShowsTheMagneticPart()
    {
        // mu = 3e-11 mu_B: the magnetic part is on; the true spectrum (counts per keV x bin width) summed over the
        // log grid [recoil min, largest end point] must give the rate engine's window counts, computed without bins.
        var (config, model) = PlotTestData.Build("texono.json", "hypothesis.muB=3e-11");
        var spectra = RatesSpectra.Compute(config, model);
        var panel = RatesPlot.Build(spectra).Panels[0];
        Assert.Equal(AxisScale.Log, panel.X.Scale);
        Assert.Equal(AxisScale.Log, panel.Y.Scale);
        Assert.Equal("counts / keV", panel.Y.Unit);
        var widths = spectra.TrueEdgesKeV.Zip(spectra.TrueEdgesKeV.Skip(1), (a, b) => b - a).ToArray();
        double Integral(StepHistogramSeries s) => s.Values.Zip(widths, (v, w) => v * w).Sum();
        var steps = panel.Series.OfType<StepHistogramSeries>().ToList();
        PlotTestData.Close(model.Channels.Sum(c => c.Expected), Integral(steps.Single(s => s.Label == "total")), 1e-4, "true total");
        var magnetic = steps.Single(s => s.Label == "magnetic part");
        double magneticWindow = model.Channels.Sum(c => c.ExpectedParts.Magnetic);
        Assert.True(magneticWindow > 0);
        PlotTestData.Close(magneticWindow, Integral(magnetic), 1e-4, "true magnetic part");
        foreach (var (channel, i) in model.Channels.Select((c, i) => (c, i)))
            PlotTestData.Close(channel.Expected, Integral(steps[i]), 1e-4, $"true {channel.Component}");
        Assert.Equal(config.Setup.RecoilMin / Units.KeV, spectra.TrueEdgesKeV[0], 1e-9);
    }

    [Fact]
    public void CommandWritesWellFormedSvgAndKeepsTheTable()
    {
        var path = PlotTestData.Temp(".svg");
        try
        {
            string config = GenerateCommandTests.Config("texono.json");
            var plain = CliRunner.Run("rates", "--config", config, "--json");
            var r = CliRunner.Run("rates", "--config", config, "--json", "--plot", path);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal(plain.Out, r.Out);
            var doc = PlotAssert.WellFormedSvg(File.ReadAllText(path), RatesPlot.DefaultWidth, RatesPlot.DefaultHeight);
            var texts = doc.Descendants(PlotAssert.Svg + "text").Select(t => t.Value).ToList();
            Assert.Contains(texts, t => t.Contains("texono", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.StartsWith("U235", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PngHasTheRequestedSize()
    {
        PlotAssert.RequireRsvgConvert();
        var path = PlotTestData.Temp(".png");
        try
        {
            var r = CliRunner.Run("rates", "--config", GenerateCommandTests.Config("texono.json"), "--plot", path, "--width", "640", "--height", "480");
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal((640, 480), PlotAssert.PngSize(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadPlotFileIsAnInputError()
    {
        var r = CliRunner.Run("rates", "--config", GenerateCommandTests.Config("texono.json"), "--plot", "spectra.pdf");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--plot", r.Error, StringComparison.Ordinal);
    }
}
