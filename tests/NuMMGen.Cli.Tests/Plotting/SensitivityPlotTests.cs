using System.Text.Json;
using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// <c>nummgen sensitivity --exposure-scan/--plot</c>: the Brazil bands are ordered, the scan follows the background-dominated
/// scaling, and the command's JSON carries the scan it plots.
/// </summary>
public class SensitivityPlotTests
{
    [Fact]
    public void BandsAreOrderedAndTheLimitFollowsTheBackgroundDominatedScaling()
    {
        var (config, _) = PlotTestData.Texono;
        var model = new ExperimentModel(ExperimentTemplates.Build(config, FitBinning.Edges(config.Config.Fit.Bins, config.Detector!),
            s => Generator.Model.EventModel.Build(s)));
        var scan = SensitivityScan.Run(model, ExperimentModel.MuSquared, [0.1, 1, 10], 60, new LimitOptions(Seed: 3), TextWriter.Null, default);
        // TEXONO: ~29000 background vs ~37 signal events. Background-dominated, the Asimov sigma of mu^2 is sqrt(B)/S_mu2, so
        // mu_limit ~ (sqrt(B f) / (S f))^(1/2) ~ f^(-1/4): a factor 100 in exposure lowers it by 100^(1/4) = 3.162.
        PlotTestData.Close(Math.Pow(100, 0.25), scan[0].Asimov / scan[2].Asimov, 0.02, "Asimov limit ratio 0.1x / 10x exposure");
        Assert.True(scan[0].Asimov > scan[1].Asimov && scan[1].Asimov > scan[2].Asimov);

        var figure = SensitivityPlot.Build("texono", "570.7 live days", "asymptotic", 60, scan);
        var panel = Assert.Single(figure.Panels);
        var bands = panel.Series.OfType<BandSeries>().ToList();
        Assert.Equal(2, bands.Count);
        var (two, one) = (bands.Single(b => b.Label!.Contains('2')), bands.Single(b => b.Label!.Contains('1')));
        var median = panel.Series.OfType<LineSeries>().Single(l => l.Label!.StartsWith("median", StringComparison.Ordinal));
        Assert.Equal(scan.Select(p => p.Factor), one.X);
        for (int i = 0; i < scan.Count; i++)
        {
            Assert.True(two.Low[i] <= one.Low[i] && one.Low[i] <= median.Y[i] && median.Y[i] <= one.High[i] && one.High[i] <= two.High[i],
                $"band order at factor {scan[i].Factor}: {two.Low[i]} {one.Low[i]} {median.Y[i]} {one.High[i]} {two.High[i]}");
            Assert.Equal(scan[i].Plus1, one.High[i]);
            Assert.Equal(scan[i].Plus2, two.High[i]);
            Assert.Equal(scan[i].Median, median.Y[i]);
        }
        var asimov = panel.Series.OfType<LineSeries>().Single(l => l.Label == "Asimov data set");
        Assert.Equal(scan.Select(p => p.Asimov), asimov.Y);
        Assert.Equal(AxisScale.Log, panel.Y.Scale);
    }

    [Fact]
    public void CommandPrintsAndPlotsTheScan()
    {
        var path = PlotTestData.Temp(".svg");
        try
        {
            var r = CliRunner.Run("sensitivity", "--config", GenerateCommandTests.Config("texono.json"), "--toys", "0", "--json",
                "--exposure-scan", "2,0.5", "--plot", path);
            Assert.True(r.ExitCode == 0, r.Error);
            using var json = JsonDocument.Parse(r.Out);
            var scan = json.RootElement.GetProperty("exposureScan");
            Assert.Equal([0.5, 2.0], scan.EnumerateArray().Select(p => p.GetProperty("factor").GetDouble()));
            double median = json.RootElement.GetProperty("parameters").GetProperty("mu").GetProperty("median").GetDouble();
            // The scan brackets the unit-exposure limit: larger at half the exposure, smaller at twice.
            Assert.True(scan[0].GetProperty("asimov").GetDouble() > median && median > scan[1].GetProperty("asimov").GetDouble());
            PlotAssert.WellFormedSvg(File.ReadAllText(path), SensitivityPlot.DefaultWidth, SensitivityPlot.DefaultHeight);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("0.1,abc")]
    [InlineData("0,1")]
    [InlineData("-1")]
    public void BadExposureScanIsAnInputError(string value)
    {
        var r = CliRunner.Run("sensitivity", "--config", GenerateCommandTests.Config("texono.json"), "--toys", "0", "--exposure-scan", value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--exposure-scan", r.Error, StringComparison.Ordinal);
    }
}
