using System.Text.Json;
using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary><c>nummgen coverage --true mu=a,b --plot</c>: one study per true value, and the plot carries exactly their coverages and errors.</summary>
public class CoveragePlotTests
{
    [Fact]
    public void SeveralTrueValuesArePlottedWithTheirBinomialErrors()
    {
        var path = PlotTestData.Temp(".svg");
        try
        {
            var r = CliRunner.Run("coverage", "--config", GenerateCommandTests.Config("texono.json"), "--true", "mu=5e-11,1.5e-10", "--toys", "80",
                "--belt-toys", "40", "--json", "--plot", path);
            Assert.True(r.ExitCode == 0, r.Error);
            var reports = JsonSerializer.Deserialize<List<CoverageCommandReport>>(r.Out, FitOptions.Json)!;
            Assert.Equal([5e-11, 1.5e-10], reports.Select(x => x.TrueValue));
            foreach (var x in reports)
            {
                Assert.Equal(80, x.Toys);
                // Binomial standard error sqrt(p (1 - p) / N).
                Assert.Equal(Math.Sqrt(x.Coverage * (1 - x.Coverage) / 80), x.Error, 12);
            }
            var panel = Assert.Single(CoveragePlot.Build(reports).Panels);
            var points = Assert.Single(panel.Series.OfType<PointsSeries>());
            Assert.Equal(reports.Select(x => x.TrueValue / 1e-10), points.X);
            Assert.Equal(reports.Select(x => x.Coverage), points.Y);
            Assert.Equal(reports.Select(x => x.Error), points.YErrorLow!);
            Assert.Contains(panel.Series.OfType<ReferenceLine>(), l => l.Value == 0.9);
            Assert.Equal(2, panel.Series.OfType<LineSeries>().Count(l => l.Label is not null));   // the two other methods
            PlotAssert.WellFormedSvg(File.ReadAllText(path), CoveragePlot.DefaultWidth, CoveragePlot.DefaultHeight);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void OneTrueValueKeepsTheSingleObjectJson()
    {
        var r = CliRunner.Run("coverage", "--config", GenerateCommandTests.Config("texono.json"), "--true", "mu=1e-10", "--toys", "20",
            "--belt-toys", "20", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void BadTrueListIsAnInputError()
    {
        var r = CliRunner.Run("coverage", "--config", GenerateCommandTests.Config("texono.json"), "--true", "mu=1e-11,x", "--toys", "5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--true", r.Error, StringComparison.Ordinal);
    }
}
