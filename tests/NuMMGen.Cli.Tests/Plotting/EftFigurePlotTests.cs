using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Plotting;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// <c>nummgen eft figure --plot</c>: the plot model carries exactly MomentFigure's data (the same rows as the CSV); the
/// command writes SVG or PNG of the requested size, keeps the CSV on standard output, and rejects a bad --plot.
/// </summary>
public class EftFigurePlotTests
{
    [Fact]
    public void PlotModelCarriesExactlyMomentFigureData()
    {
        var bands = MomentFigure.Bands(19);
        var figure = EftFigurePlot.Build(bands, MomentFigure.Limits);
        Assert.Equal(2, figure.Panels.Count);
        foreach (var (panel, form) in figure.Panels.Zip(new[] { LoopForm.Scalar, LoopForm.Tensor }))
        {
            Assert.Equal(AxisScale.Log, panel.X.Scale);
            Assert.Equal(AxisScale.Log, panel.Y.Scale);
            var lines = panel.Series.OfType<LineSeries>().ToList();
            Assert.Equal(3, lines.Count);
            foreach (var (line, fermion) in lines.Zip(new[] { ChargedFermion.Electron, ChargedFermion.Muon, ChargedFermion.Tau }))
            {
                var expected = bands.Where(b => b.Form == form && b.Fermion == fermion).ToList();
                Assert.Equal(expected.Select(b => b.GxOverGf), line.X);
                Assert.Equal(expected.Select(b => b.MuOverMuB), line.Y);
                Assert.All(line.Y, v => Assert.InRange(v, panel.Y.Min!.Value, panel.Y.Max!.Value));
            }
            var bounds = panel.Series.OfType<ReferenceLine>().ToList();
            Assert.Equal(MomentFigure.Limits.Select(l => l.Limit), bounds.Select(b => b.Value));
            Assert.All(bounds, b => Assert.Equal(Orientation.Horizontal, b.Orientation));
            Assert.All(bounds.Zip(MomentFigure.Limits), p => Assert.StartsWith(p.Second.Name[..2], RichText.Plain(p.First.Text!), StringComparison.Ordinal));
            Assert.Equal(panel.Series.Count, lines.Count + bounds.Count);
            Assert.Equal(0.1, panel.X.Min!.Value, 1e-12);
            Assert.Equal(1.0, panel.X.Max!.Value, 1e-12);
        }
        Assert.Contains(figure.Panels[0].Series.OfType<ReferenceLine>(), b => b.Style!.Dash == LineDash.Dashed);   // projected LZ-51Cr
    }

    [Fact]
    public void SvgPlotAndTheSameCsv()
    {
        var path = Temp(".svg");
        try
        {
            var plain = CliRunner.Run("eft", "figure");
            var r = CliRunner.Run("eft", "figure", "--plot", path, "--width", "900", "--height", "450");
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal(plain.Out, r.Out);
            var doc = PlotAssert.WellFormedSvg(File.ReadAllText(path), 900, 450);
            var texts = doc.Descendants(PlotAssert.Svg + "text").Select(t => t.Value).ToList();
            foreach (var name in new[] { "GEMMA", "TEXONO", "Borexino", "LZ-51Cr", "Astro" })
            {
                Assert.Contains(texts, t => t.StartsWith(name, StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PngPlotHasTheRequestedSize()
    {
        PlotAssert.RequireRsvgConvert();
        var path = Temp(".png");
        try
        {
            var r = CliRunner.Run("eft", "figure", "--plot", path, "--width", "700", "--height", "400");
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal((700, 400), PlotAssert.PngSize(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--plot", "figure.pdf", "--plot")]
    [InlineData("--plot", "/nonexistent-dir-nummgen/figure.svg", "--plot")]
    [InlineData("--width", "5", "--width")]
    public void BadPlotOptionsExitTwoNamingTheOption(string option, string value, string named)
    {
        var args = option == "--plot" ? new[] { "eft", "figure", option, value } : ["eft", "figure", "--plot", Temp(".svg"), option, value];
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(named, r.Error, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"nummgen-eft-{Guid.NewGuid():N}{extension}");
}
