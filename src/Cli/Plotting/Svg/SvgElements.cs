using System.Globalization;
using System.Xml.Linq;

namespace NuMMGen.Cli.Plotting.Svg;

/// <summary>Building blocks of the SVG output: elements in the SVG namespace, invariant numbers, rich text.</summary>
internal static class SvgElements
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Fonts that rsvg-convert (fontconfig) and browsers resolve.</summary>
    public const string FontFamily = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

    /// <summary>A number for an attribute: invariant culture, at most 2 decimals.</summary>
    public static string N(double x) => Math.Round(x, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An element with attributes given as (name, value) pairs; null values are skipped.</summary>
    public static XElement El(string name, params (string Name, object? Value)[] attributes)
    {
        var e = new XElement(Ns + name);
        foreach (var (n, v) in attributes)
        {
            if (v is not null)
            {
                e.SetAttributeValue(n, v is double d ? N(d) : Convert.ToString(v, CultureInfo.InvariantCulture));
            }
        }
        return e;
    }

    /// <summary>Dash array for a dash pattern scaled with the line width, or null for solid.</summary>
    public static string? DashArray(LineDash dash, double width) => dash switch
    {
        LineDash.Dashed => $"{N(6 * width)},{N(3.5 * width)}",
        LineDash.Dotted => $"{N(1.2 * width)},{N(2.2 * width)}",
        LineDash.DashDot => $"{N(6 * width)},{N(2.5 * width)},{N(1.2 * width)},{N(2.5 * width)}",
        _ => null,
    };

    /// <summary>
    /// A text element from <see cref="RichText"/> markup, with sub- and superscripts as shifted, smaller tspans.
    /// <paramref name="anchor"/> is start, middle or end; <paramref name="rotate"/> turns it by -90 degrees about (x, y).
    /// </summary>
    public static XElement Text(double x, double y, string markup, double fontSize, string anchor = "start", string? fill = null,
        string? weight = null, bool rotate = false, bool halo = false)
    {
        var text = El("text", ("x", x), ("y", y), ("font-size", fontSize), ("text-anchor", anchor), ("fill", fill),
            ("font-weight", weight), ("transform", rotate ? $"rotate(-90 {N(x)} {N(y)})" : null));
        if (halo)
        {
            text.SetAttributeValue("stroke", "#ffffff");
            text.SetAttributeValue("stroke-width", "3");
            text.SetAttributeValue("stroke-linejoin", "round");
            text.SetAttributeValue("paint-order", "stroke");
        }
        var runs = RichText.Parse(markup);
        if (runs.Count == 1 && runs[0].Shift == TextShift.Normal)
        {
            text.Value = runs[0].Text;
            return text;
        }
        // Keep the spaces at the edges of runs ("G_{X} = 1"): SVG would otherwise drop them.
        text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        var offset = 0.0;
        foreach (var run in runs)
        {
            var target = run.Shift switch
            {
                TextShift.Super => -0.38 * fontSize,
                TextShift.Sub => 0.22 * fontSize,
                _ => 0.0,
            };
            var span = El("tspan", ("dy", target - offset == 0 ? null : target - offset),
                ("font-size", run.Shift == TextShift.Normal ? null : fontSize * RichText.ScriptScale));
            span.Value = run.Text;
            text.Add(span);
            offset = target;
        }
        return text;
    }
}

/// <summary>Maps data values on one axis to pixels (linear or log10).</summary>
internal readonly record struct AxisMap(AxisScale Scale, double Min, double Max, double P0, double P1)
{
    /// <summary>The pixel of <paramref name="v"/>, or NaN when it cannot be drawn (non-finite, or not positive on a log axis).</summary>
    public double ToPixel(double v)
    {
        if (!double.IsFinite(v) || (Scale == AxisScale.Log && v <= 0))
        {
            return double.NaN;
        }
        var t = Scale == AxisScale.Log ? (Math.Log10(v) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min)) : (v - Min) / (Max - Min);
        // Keep far-off points at a finite distance so paths stay valid; the clip path hides them.
        return P0 + Math.Clamp(t, -10, 11) * (P1 - P0);
    }

    /// <summary>Like <see cref="ToPixel"/>, but a value that cannot be drawn sits at the axis start (histogram bottoms on log axes).</summary>
    public double ToPixelOrStart(double v) => ToPixel(v) is var p && double.IsNaN(p) ? P0 : p;
}

/// <summary>A rectangle in px.</summary>
internal readonly record struct Box(double X, double Y, double W, double H)
{
    public double Right => X + W;

    public double Bottom => Y + H;

    public bool Contains(double x, double y, double margin = 0) =>
        x >= X - margin && x <= Right + margin && y >= Y - margin && y <= Bottom + margin;

    public bool Overlaps(Box o) => X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;
}
