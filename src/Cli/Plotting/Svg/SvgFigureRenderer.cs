using System.Xml.Linq;
using static NuMMGen.Cli.Plotting.Svg.SvgElements;

namespace NuMMGen.Cli.Plotting.Svg;

/// <summary>
/// The project's own renderer: a <see cref="Figure"/> as a standalone SVG 1.1 document (well-formed XML, text escaped,
/// viewBox, DejaVu Sans, invariant numbers). Layout: panels in a grid with equal plot areas; inward ticks on all four
/// sides; labels outside; data clipped to the plot area; legend inside, in the corner that hides the least.
/// </summary>
public sealed class SvgFigureRenderer : IFigureRenderer
{
    internal const double TickFont = 12, LabelFont = 14, PanelTitleFont = 14, FigureTitleFont = 16;

    /// <inheritdoc/>
    public string RenderSvg(Figure figure, PlotSize size)
    {
        ArgumentNullException.ThrowIfNull(figure);
        figure.Validate();
        if (size.Width < PlotSize.MinPixels || size.Height < PlotSize.MinPixels)
        {
            throw new ArgumentException($"Plot size {size.Width}x{size.Height} is below {PlotSize.MinPixels} px.");
        }
        var root = El("svg", ("width", size.Width), ("height", size.Height), ("viewBox", $"0 0 {size.Width} {size.Height}"),
            ("version", "1.1"), ("font-family", FontFamily));
        root.Add(El("rect", ("x", 0), ("y", 0), ("width", size.Width), ("height", size.Height), ("fill", "#ffffff")));
        var top = 0.0;
        if (!string.IsNullOrEmpty(figure.Title))
        {
            root.Add(Text(size.Width / 2.0, 22, figure.Title, FitFont(figure.Title, FigureTitleFont, size.Width - 20), "middle", weight: "bold"));
            top = 32;
        }
        var cols = figure.EffectiveColumns;
        var rows = (figure.Panels.Count + cols - 1) / cols;
        var cellH = (size.Height - top) / rows;
        var plans = figure.Panels.Select((p, i) => PanelPlan.Create(p, showY: !(figure.ShareY && i % cols != 0),
            approxWidth: size.Width / (double)cols, approxHeight: cellH)).ToList();
        // Equal plot widths: each column takes the largest left margin of its panels.
        var left = Enumerable.Range(0, cols).Select(c => plans.Where((_, i) => i % cols == c).Max(p => p.Left)).ToArray();
        var plotW = (size.Width - left.Sum() - (cols * PanelPlan.Right)) / cols;
        for (var i = 0; i < plans.Count; i++)
        {
            int r = i / cols, c = i % cols;
            var x = left.Take(c + 1).Sum() + (c * (plotW + PanelPlan.Right));
            var y = top + (r * cellH) + plans[i].Top;
            var area = new Box(x, y, Math.Max(10, plotW), Math.Max(10, cellH - plans[i].Top - PanelPlan.Bottom));
            root.Add(DrawPanel(plans[i], area, $"nummgen-clip-{i}"));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static XElement DrawPanel(PanelPlan plan, Box area, string clipId)
    {
        var panel = plan.Panel;
        var g = El("g");
        var mx = new AxisMap(panel.X.Scale, plan.XRange.Min, plan.XRange.Max, area.X, area.Right);
        var my = new AxisMap(panel.Y.Scale, plan.YRange.Min, plan.YRange.Max, area.Bottom, area.Y);
        var xTicks = plan.TicksX(area.W);
        var yTicks = plan.TicksY(area.H);
        if (panel.Grid)
        {
            foreach (var t in xTicks.Where(t => t.Major))
            {
                g.Add(Line(mx.ToPixel(t.Value), area.Y, mx.ToPixel(t.Value), area.Bottom, "#e6e6e6", 0.8));
            }
            foreach (var t in yTicks.Where(t => t.Major))
            {
                g.Add(Line(area.X, my.ToPixel(t.Value), area.Right, my.ToPixel(t.Value), "#e6e6e6", 0.8));
            }
        }
        var defs = El("defs");
        var clip = El("clipPath", ("id", clipId));
        clip.Add(El("rect", ("x", area.X), ("y", area.Y), ("width", area.W), ("height", area.H)));
        defs.Add(clip);
        g.Add(defs);
        var data = El("g", ("clip-path", $"url(#{clipId})"));
        var drawer = new SvgSeriesDrawer(mx, my, area);
        foreach (var s in panel.Series)
        {
            drawer.Draw(s, data);
        }
        g.Add(data);
        g.Add(drawer.PlaceTexts());
        foreach (var t in xTicks)
        {
            var px = mx.ToPixel(t.Value);
            var len = t.Major ? 6 : 3.5;
            g.Add(Line(px, area.Bottom, px, area.Bottom - len, "#000000", 1));
            g.Add(Line(px, area.Y, px, area.Y + len, "#000000", 1));
            if (t.Major)
            {
                g.Add(Text(px, area.Bottom + 6 + TickFont, TickMarkup(t), TickFont, "middle"));
            }
        }
        foreach (var t in yTicks)
        {
            var py = my.ToPixel(t.Value);
            var len = t.Major ? 6 : 3.5;
            g.Add(Line(area.X, py, area.X + len, py, "#000000", 1));
            g.Add(Line(area.Right, py, area.Right - len, py, "#000000", 1));
            if (t.Major && plan.ShowY)
            {
                g.Add(Text(area.X - 6, py + (0.35 * TickFont), TickMarkup(t), TickFont, "end"));
            }
        }
        g.Add(El("rect", ("x", area.X), ("y", area.Y), ("width", area.W), ("height", area.H), ("fill", "none"),
            ("stroke", "#000000"), ("stroke-width", 1.2)));
        g.Add(Text(area.X + (area.W / 2), area.Bottom + 6 + TickFont + 10 + LabelFont, panel.X.Title, LabelFont, "middle"));
        if (plan.ShowY)
        {
            g.Add(Text(area.X - plan.Left + 6 + LabelFont, area.Y + (area.H / 2), panel.Y.Title, LabelFont, "middle", rotate: true));
        }
        if (!string.IsNullOrEmpty(panel.Title))
        {
            g.Add(Text(area.X + (area.W / 2), area.Y - 8, panel.Title, FitFont(panel.Title, PanelTitleFont, area.W), "middle", weight: "bold"));
        }
        SvgLegend.Draw(g, panel, drawer, area);
        return g;
    }

    // Shrinks a bold title's font (down to 9 px) until its estimated width fits.
    private static double FitFont(string markup, double font, double width) =>
        Math.Max(9, Math.Min(font, font * width / (1.1 * RichText.EstimateWidth(markup, font))));

    internal static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width) =>
        El("line", ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), ("stroke", stroke), ("stroke-width", width));

    // Tick labels use a true minus sign.
    private static string TickMarkup(Tick t) =>
        t.Exponent is null ? t.Text.Replace('-', '−') : $"{t.Text.Replace('-', '−')}^{{{t.Exponent.Replace('-', '−')}}}";
}
