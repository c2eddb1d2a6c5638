using System.Xml.Linq;
using static NuMMGen.Cli.Plotting.Svg.SvgElements;

namespace NuMMGen.Cli.Plotting.Svg;

/// <summary>Draws a panel's legend inside the plot area, in the chosen corner or the one that hides the least.</summary>
internal static class SvgLegend
{
    private const double Font = 12, Row = 17, Pad = 7, SampleWidth = 24, Inset = 8;

    public static void Draw(XElement g, Panel panel, SvgSeriesDrawer drawer, Box area)
    {
        var entries = drawer.Legend;
        if (panel.Legend == LegendPosition.None || entries.Count == 0)
        {
            return;
        }
        var w = (2 * Pad) + SampleWidth + 6 + entries.Max(e => RichText.EstimateWidth(e.Label, Font));
        var h = (2 * Pad) + (entries.Count * Row) - 3;
        var corners = new Dictionary<LegendPosition, Box>
        {
            [LegendPosition.TopRight] = new(area.Right - Inset - w, area.Y + Inset, w, h),
            [LegendPosition.TopLeft] = new(area.X + Inset, area.Y + Inset, w, h),
            [LegendPosition.BottomRight] = new(area.Right - Inset - w, area.Bottom - Inset - h, w, h),
            [LegendPosition.BottomLeft] = new(area.X + Inset, area.Bottom - Inset - h, w, h),
        };
        var box = panel.Legend == LegendPosition.Auto
            ? corners.OrderBy(c => Score(c.Value, drawer)).ThenBy(c => (int)c.Key).First().Value
            : corners[panel.Legend];
        var legend = El("g");
        legend.Add(El("rect", ("x", box.X), ("y", box.Y), ("width", box.W), ("height", box.H), ("fill", "#ffffff"),
            ("fill-opacity", 0.88), ("stroke", "#999999"), ("stroke-width", 0.8), ("rx", 2)));
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var cy = box.Y + Pad + (i * Row) + (Row / 2) - 1.5;
            var x0 = box.X + Pad;
            switch (e.Sample)
            {
                case LegendSample.Fill:
                    legend.Add(El("rect", ("x", x0), ("y", cy - 5), ("width", SampleWidth), ("height", 10), ("fill", e.Color),
                        ("fill-opacity", e.Style.FillOpacity ?? 0.25), ("stroke", e.Color), ("stroke-width", 0.8)));
                    break;
                case LegendSample.Marker:
                    legend.Add(SvgFigureRenderer.Line(x0 + (SampleWidth / 2), cy - 6, x0 + (SampleWidth / 2), cy + 6, e.Color, 1.2));
                    legend.Add(El("circle", ("cx", x0 + (SampleWidth / 2)), ("cy", cy), ("r", e.Style.MarkerRadius), ("fill", e.Color)));
                    break;
                default:
                    legend.Add(El("line", ("x1", x0), ("y1", cy), ("x2", x0 + SampleWidth), ("y2", cy), ("stroke", e.Color),
                        ("stroke-width", e.Style.LineWidth), ("stroke-dasharray", DashArray(e.Style.Dash, e.Style.LineWidth))));
                    break;
            }
            legend.Add(Text(x0 + SampleWidth + 6, cy + (0.36 * Font), e.Label, Font));
        }
        g.Add(legend);
    }

    // How much a legend at this box would hide: sampled data points (weighted) and reference-line texts (heavily).
    private static double Score(Box box, SvgSeriesDrawer drawer) =>
        drawer.Footprint.Where(p => box.Contains(p.X, p.Y, 3)).Sum(p => p.Weight) + (50 * drawer.TextBoxes.Count(box.Overlaps));
}
