using System.Text;
using System.Xml.Linq;
using static NuMMGen.Cli.Plotting.Svg.SvgElements;

namespace NuMMGen.Cli.Plotting.Svg;

/// <summary>A legend entry: text, how its sample is drawn, colour and style.</summary>
internal sealed record LegendEntry(string Label, LegendSample Sample, string Color, SeriesStyle Style);

/// <summary>The little picture beside a legend entry.</summary>
internal enum LegendSample { Line, Fill, Marker }

/// <summary>
/// Draws the series of one panel into SVG, assigning palette colours in order, and records what the legend needs: its
/// entries and where the data are (sampled pixel points with weights, and the boxes of reference-line texts).
/// </summary>
internal sealed class SvgSeriesDrawer(AxisMap mx, AxisMap my, Box area)
{
    private const double LabelFont = 11.5;
    private readonly List<(ReferenceLine Line, string Color)> pendingTexts = [];
    private int nextColor;

    public List<LegendEntry> Legend { get; } = [];

    public List<(double X, double Y, double Weight)> Footprint { get; } = [];

    public List<Box> TextBoxes { get; } = [];

    public void Draw(Series series, XElement target)
    {
        var style = series.Style ?? new SeriesStyle();
        // Stacks take a colour per component; reference lines default to black; the rest take the next palette colour.
        var color = series switch
        {
            StackedHistogramSeries => Palette.Black,
            ReferenceLine => ResolveColor(style.Color ?? Palette.Black),
            _ => ResolveColor(style.Color),
        };
        switch (series)
        {
            case LineSeries l:
                var pts = Points(l.X, l.Y);
                target.Add(Stroke(PathOf(pts, close: false), color, style));
                Sample(pts, 1);
                Add(series.Label, LegendSample.Line, color, style);
                break;
            case StepHistogramSeries h:
                var outline = StepOutline(h.Edges, h.Values.Select(v => (double?)v).ToList(), h.Values.Select(_ => (double?)null).ToList());
                if (style.FillOpacity is > 0)
                {
                    target.Add(El("path", ("d", PathOf(outline, close: true)), ("fill", color), ("fill-opacity", style.FillOpacity), ("stroke", "none")));
                }
                var steps = outline.Take((2 * h.Values.Count) + 2).ToList();
                target.Add(Stroke(PathOf(steps, close: false), color, style));
                Sample(steps, 1);
                Add(series.Label, style.FillOpacity is > 0 ? LegendSample.Fill : LegendSample.Line, color, style);
                break;
            case StackedHistogramSeries st:
                var below = Enumerable.Repeat<double?>(null, st.Edges.Count - 1).ToList();
                foreach (var c in st.Components)
                {
                    var cc = ResolveColor(c.Color);
                    var top = below.Select((b, i) => (double?)((b ?? 0) + c.Values[i])).ToList();
                    var shape = StepOutline(st.Edges, top, below);
                    target.Add(El("path", ("d", PathOf(shape, close: true)), ("fill", cc), ("fill-opacity", 0.85), ("stroke", cc), ("stroke-width", 0.8)));
                    Sample(shape, 1);
                    Add(c.Label, LegendSample.Fill, cc, style with { FillOpacity = 0.85 });
                    below = top;
                }
                break;
            case PointsSeries p:
                DrawPoints(p, target, color, style);
                break;
            case BandSeries b:
                var upper = Points(b.X, b.High);
                var lower = Points(b.X, b.Low);
                var ring = upper.Concat(Enumerable.Reverse(lower)).Where(q => !double.IsNaN(q.Y)).ToList();
                target.Add(El("path", ("d", PathOf(ring, close: true)), ("fill", color), ("fill-opacity", style.FillOpacity ?? 0.25), ("stroke", "none")));
                for (var i = 0; i < upper.Count; i++)
                {
                    for (var y = Math.Min(upper[i].Y, lower[i].Y); y <= Math.Max(upper[i].Y, lower[i].Y); y += 6)
                    {
                        Footprint.Add((upper[i].X, y, 0.3));
                    }
                }
                Add(series.Label, LegendSample.Fill, color, style with { FillOpacity = style.FillOpacity ?? 0.25 });
                break;
            case ReferenceLine r:
                var horizontal = r.Orientation == Orientation.Horizontal;
                var at = horizontal ? my.ToPixel(r.Value) : mx.ToPixel(r.Value);
                if (double.IsNaN(at))
                {
                    break;
                }
                var ends = horizontal ? new List<(double X, double Y)> { (area.X, at), (area.Right, at) } : [(at, area.Bottom), (at, area.Y)];
                target.Add(Stroke(PathOf(ends, close: false), color, style));
                Sample(ends, 0.2);
                if (!string.IsNullOrEmpty(r.Text))
                {
                    pendingTexts.Add((r, color));
                }
                Add(series.Label, LegendSample.Line, color, style);
                break;
            default:
                throw new NotSupportedException($"Series kind {series.GetType().Name} is not drawn by the SVG renderer.");
        }
    }

    /// <summary>
    /// The texts of the reference lines. Horizontal ones go above or below their line at its right or left end: the first of
    /// (right above, right below, left above, left below) that collides with no other text and hides the fewest data.
    /// Vertical ones go at the top, reading upwards, left of the line.
    /// </summary>
    public XElement PlaceTexts()
    {
        var g = El("g");
        var placed = new List<Box>();
        var horizontal = pendingTexts.Where(p => p.Line.Orientation == Orientation.Horizontal)
            .Select(p => (p.Line, p.Color, Y: my.ToPixel(p.Line.Value))).OrderBy(p => p.Y);
        foreach (var (line, color, y) in horizontal)
        {
            var w = RichText.EstimateWidth(line.Text!, LabelFont);
            Box At(bool right, double baseline) => new(right ? area.Right - 5 - w : area.X + 5, baseline - (0.8 * LabelFont), w, LabelFont);
            var candidates = new[] { true, false }
                .SelectMany(right => new[] { At(right, y - 3), At(right, y + 3 + (0.8 * LabelFont)) }).ToList();
            var free = candidates.Where(b => b.Y >= area.Y && b.Bottom <= area.Bottom && !placed.Any(b.Overlaps)).ToList();
            var box = free.Count > 0
                ? free.OrderBy(b => Math.Round(Covered(b), 1)).ThenBy(candidates.IndexOf).First()
                : At(true, placed.Max(b => b.Bottom) + (0.8 * LabelFont) + 1);
            placed.Add(box);
            var atRight = box.Right > area.Right - 6;
            g.Add(Text(atRight ? area.Right - 5 : area.X + 5, box.Y + (0.8 * LabelFont), line.Text!, LabelFont, atRight ? "end" : "start",
                fill: color, halo: true));
        }
        foreach (var (line, color) in pendingTexts.Where(p => p.Line.Orientation == Orientation.Vertical))
        {
            var x = mx.ToPixel(line.Value) - 4;
            var w = RichText.EstimateWidth(line.Text!, LabelFont);
            placed.Add(new Box(x - LabelFont, area.Y + 5, LabelFont, w));
            g.Add(Text(x, area.Y + 5, line.Text!, LabelFont, "end", fill: color, rotate: true, halo: true));
        }
        TextBoxes.AddRange(placed);
        return g;
    }

    private double Covered(Box b) => Footprint.Where(p => b.Contains(p.X, p.Y)).Sum(p => p.Weight);

    private void DrawPoints(PointsSeries p, XElement target, string color, SeriesStyle style)
    {
        for (var i = 0; i < p.X.Count; i++)
        {
            double x = mx.ToPixel(p.X[i]), y = my.ToPixel(p.Y[i]);
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }
            if (p.YErrorLow is not null)
            {
                var lo = my.ToPixelOrStart(p.Y[i] - p.YErrorLow[i]);
                var hi = my.ToPixel(p.Y[i] + (p.YErrorHigh ?? p.YErrorLow)[i]);
                target.Add(SvgFigureRenderer.Line(x, lo, x, hi, color, 1.2));
                foreach (var end in new[] { lo, hi })
                {
                    target.Add(SvgFigureRenderer.Line(x - 3, end, x + 3, end, color, 1.2));
                    Footprint.Add((x, end, 1));
                }
            }
            target.Add(El("circle", ("cx", x), ("cy", y), ("r", style.MarkerRadius), ("fill", color)));
            Footprint.Add((x, y, 3));
        }
        Add(p.Label, LegendSample.Marker, color, style);
    }

    private string ResolveColor(string? color)
    {
        if (color is null)
        {
            return Palette.At(nextColor++);
        }
        return Palette.IsValid(color) ? color : throw new ArgumentException($"Colour '{color}' must be written #RRGGBB.");
    }

    private void Add(string? label, LegendSample sample, string color, SeriesStyle style)
    {
        if (!string.IsNullOrEmpty(label))
        {
            Legend.Add(new LegendEntry(label, sample, color, style));
        }
    }

    private List<(double X, double Y)> Points(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        [.. x.Select((v, i) => (mx.ToPixel(v), my.ToPixel(y[i])))];

    // Outline of bins: along the tops left to right, then (for a closed shape) back along the bottoms (null: axis start or 0).
    private List<(double X, double Y)> StepOutline(IReadOnlyList<double> edges, List<double?> top, List<double?> bottom)
    {
        double Y(double? v) => v is { } d ? my.ToPixelOrStart(d) : my.ToPixelOrStart(0);
        var pts = new List<(double X, double Y)> { (mx.ToPixel(edges[0]), Y(bottom[0])) };
        for (var i = 0; i < top.Count; i++)
        {
            pts.Add((mx.ToPixel(edges[i]), Y(top[i])));
            pts.Add((mx.ToPixel(edges[i + 1]), Y(top[i])));
        }
        for (var i = top.Count - 1; i >= 0; i--)
        {
            pts.Add((mx.ToPixel(edges[i + 1]), Y(bottom[i])));
            pts.Add((mx.ToPixel(edges[i]), Y(bottom[i])));
        }
        return pts;
    }

    private static XElement Stroke(string d, string color, SeriesStyle style) =>
        El("path", ("d", d), ("fill", "none"), ("stroke", color), ("stroke-width", style.LineWidth),
            ("stroke-dasharray", DashArray(style.Dash, style.LineWidth)), ("stroke-linejoin", "round"), ("stroke-linecap", "butt"));

    // A path through the points; NaN points break it into pieces.
    private static string PathOf(List<(double X, double Y)> pts, bool close)
    {
        var sb = new StringBuilder();
        var pen = false;
        foreach (var (x, y) in pts)
        {
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                pen = false;
                continue;
            }
            sb.Append(pen ? " L" : (sb.Length > 0 ? " M" : "M")).Append(N(x)).Append(',').Append(N(y));
            pen = true;
        }
        if (close && sb.Length > 0)
        {
            sb.Append(" Z");
        }
        return sb.Length == 0 ? "M0,0" : sb.ToString();
    }

    private void Sample(List<(double X, double Y)> pts, double weight)
    {
        for (var i = 1; i < pts.Count; i++)
        {
            var (a, b) = (pts[i - 1], pts[i]);
            if (double.IsNaN(a.X + a.Y + b.X + b.Y))
            {
                continue;
            }
            var n = (int)Math.Min(2000, Math.Ceiling(Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y))) / 5) + 1);
            for (var k = 0; k <= n; k++)
            {
                Footprint.Add((a.X + ((b.X - a.X) * k / n), a.Y + ((b.Y - a.Y) * k / n), weight));
            }
        }
    }
}
