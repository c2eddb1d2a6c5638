using System.Globalization;
using System.Xml.Linq;
using NuMMGen.Cli.Plotting;
using NuMMGen.Cli.Plotting.Svg;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>The SVG renderer: well-formed XML for every series kind on linear and log axes, escaping, invariant numbers.</summary>
public class SvgRendererTests
{
    private static readonly PlotSize Size = new(640, 420);

    private static Panel Everything(AxisScale x, AxisScale y) => new(
        new Axis("Recoil energy T", "keV", x),
        new Axis("Events", "1/keV", y),
        [
            new StackedHistogramSeries([1, 2, 4, 8, 16], [new("SM", [5, 4, 3, 1]), new("magnetic", [2, 1, 0, 0.5], Palette.Orange)]),
            new StepHistogramSeries([1, 2, 4, 8, 16], [6, 0, 4, 2], "total", new SeriesStyle(FillOpacity: 0.2)),
            new BandSeries([1, 4, 16], [1, 2, 0.5], [3, 4, 2], "±1σ"),
            new LineSeries([1, 2, 4, 8, 16], [7, 5, double.NaN, 2, 1], "model", new SeriesStyle(Dash: LineDash.Dashed)),
            new PointsSeries([1.5, 3, 6, 12], [6, 4, 3, 1], [1, 1, 1, 0.5], [2, 1.5, 1, 0.8], "data"),
            new PointsSeries([1.5, 3], [5, 3], [0.5, 0.5], Label: "symmetric"),
            new ReferenceLine(Orientation.Horizontal, 2.5, "limit <90 % CL & more>", Style: new SeriesStyle(Dash: LineDash.Dotted)),
            new ReferenceLine(Orientation.Vertical, 3, "threshold"),
        ],
        "Panel with μ_{ν} & G^{2}_{X}");

    [Theory]
    [InlineData(AxisScale.Linear, AxisScale.Linear)]
    [InlineData(AxisScale.Log, AxisScale.Linear)]
    [InlineData(AxisScale.Linear, AxisScale.Log)]
    [InlineData(AxisScale.Log, AxisScale.Log)]
    public void EverySeriesKindOnEveryAxisKindIsWellFormed(AxisScale x, AxisScale y)
    {
        var svg = new SvgFigureRenderer().RenderSvg(Figure.Single(Everything(x, y), "Title <&> \"quoted\""), Size);
        var doc = PlotAssert.WellFormedSvg(svg, Size.Width, Size.Height);
        var texts = doc.Descendants(PlotAssert.Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Title <&> \"quoted\"", texts);
        Assert.Contains("limit <90 % CL & more>", texts);
        Assert.Contains("Recoil energy T [keV]", texts);
        foreach (var legend in new[] { "SM", "magnetic", "total", "±1σ", "model", "data", "symmetric" })
        {
            Assert.Contains(legend, texts);
        }
        Assert.NotEmpty(doc.Descendants(PlotAssert.Svg + "clipPath"));
        Assert.NotEmpty(doc.Descendants(PlotAssert.Svg + "circle"));
    }

    [Fact]
    public void NumbersAreInvariantWhateverTheCulture()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = comma;
            var svg = new SvgFigureRenderer().RenderSvg(Figure.Single(Everything(AxisScale.Linear, AxisScale.Log)), Size);
            var doc = PlotAssert.WellFormedSvg(svg, Size.Width, Size.Height);
            foreach (var line in doc.Descendants(PlotAssert.Svg + "line"))
            {
                Assert.All(new[] { "x1", "y1", "x2", "y2" }, a => double.Parse(line.Attribute(a)!.Value, CultureInfo.InvariantCulture));
                Assert.DoesNotContain(",", line.Attribute("x1")!.Value, StringComparison.Ordinal);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void SeveralPanelsWithSharedYAndFixedRanges()
    {
        var x = new Axis("G_{X} / G_{F}", Scale: AxisScale.Log, Min: 0.1, Max: 1);
        var y = new Axis("μ_{ν} / μ_{B}", Scale: AxisScale.Log, Min: 1e-15, Max: 1e-7);
        var panels = Enumerable.Range(0, 4).Select(i => new Panel(x, y, [new LineSeries([0.1, 1], [1e-12 * (i + 1), 1e-11])], $"panel {i}"))
            .ToList();
        var svg = new SvgFigureRenderer().RenderSvg(new Figure(panels, "four", Columns: 2, ShareY: true), new PlotSize(800, 700));
        var doc = PlotAssert.WellFormedSvg(svg, 800, 700);
        Assert.Equal(4, doc.Descendants(PlotAssert.Svg + "clipPath").Count());
        // Shared y: only the two left panels carry the y axis label.
        Assert.Equal(2, doc.Descendants(PlotAssert.Svg + "text").Count(t => t.Value == "μν / μB"));
        // Powers of ten: "10" with the exponent (true minus sign) in a raised, smaller tspan.
        var powers = doc.Descendants(PlotAssert.Svg + "text").Where(t => t.Elements().Count() == 2 && t.Elements().First().Value == "10").ToList();
        Assert.Contains(powers, t => t.Elements().Last().Value == "−12");
        Assert.All(powers, t => Assert.StartsWith("-", t.Elements().Last().Attribute("dy")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void BadDataIsRejectedByName()
    {
        var r = new SvgFigureRenderer();
        var bad = new LineSeries([1, 2, 3], [1, 2], "short");
        var e = Assert.Throws<ArgumentException>(() => r.RenderSvg(Figure.Single(new Panel(new Axis("x"), new Axis("y"), [bad])), Size));
        Assert.Contains("short", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => r.RenderSvg(Figure.Single(new Panel(new Axis("x", Scale: AxisScale.Log, Min: 0, Max: 1), new Axis("y"), [])), Size));
        Assert.Throws<ArgumentException>(() => r.RenderSvg(Figure.Single(new Panel(new Axis("x"), new Axis("y"),
            [new LineSeries([1], [1], Style: new SeriesStyle("red\" onload=\"x"))])), Size));
        Assert.Throws<ArgumentException>(() => r.RenderSvg(Figure.Single(new Panel(new Axis("x"), new Axis("y"),
            [new StepHistogramSeries([1, 3, 2], [1, 1])])), Size));
        Assert.Throws<ArgumentException>(() => r.RenderSvg(new Figure([]), Size));
    }

    [Fact]
    public void RichTextMarkup()
    {
        Assert.Equal([new TextRun("μ", TextShift.Normal), new TextRun("ν", TextShift.Sub), new TextRun(" / μ", TextShift.Normal),
            new TextRun("B", TextShift.Sub)], RichText.Parse("μ_{ν} / μ_B"));
        Assert.Equal("LZ-51Cr", RichText.Plain("LZ-^{51}Cr"));
        Assert.Equal("x_", RichText.Plain("x_"));
        Assert.Equal("plain text", RichText.Plain("plain text"));
        Assert.True(RichText.EstimateWidth("10^{-12}", 12) < RichText.EstimateWidth("10-12", 12));
    }

    [Fact]
    public void PngHasTheRequestedSize()
    {
        PlotAssert.RequireRsvgConvert();
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-plot-{Guid.NewGuid():N}.png");
        try
        {
            new PlotWriter().Write(Figure.Single(Everything(AxisScale.Log, AxisScale.Log)), path, new PlotSize(512, 300));
            Assert.Equal((512, 300), PlotAssert.PngSize(path));
            // For a look by eye: NUMMGEN_PLOT_REVIEW_DIR=/tmp/plots dotnet test ... keeps the four axis combinations as PNG.
            if (Environment.GetEnvironmentVariable("NUMMGEN_PLOT_REVIEW_DIR") is { Length: > 0 } dir)
            {
                foreach (var (x, y) in new[] { (AxisScale.Linear, AxisScale.Linear), (AxisScale.Log, AxisScale.Log) })
                {
                    new PlotWriter().Write(new Figure([Everything(x, y), Everything(y, x)], "Every series kind", ShareY: false),
                        Path.Combine(dir, $"everything-{x}-{y}.png"), new PlotSize(1100, 500));
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingRsvgConvertNamesTheDebianPackage()
    {
        var writer = new PlotWriter(png: new RsvgPngConverter("nummgen-no-such-rsvg-convert"));
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-plot-{Guid.NewGuid():N}.png");
        var e = Assert.Throws<PlotToolException>(() => writer.Write(Figure.Single(Everything(AxisScale.Linear, AxisScale.Linear)), path, Size));
        Assert.Contains("librsvg2-bin", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*"));
    }
}
