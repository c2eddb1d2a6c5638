namespace NuMMGen.Cli.Plotting;

/// <summary>
/// A figure: one or more panels laid out in a grid, with an optional title. Pure data and styling (no rendering), so a
/// test can check what a command plots and a real plotting library (ScottPlot) can replace the renderer behind
/// <see cref="IFigureRenderer"/>. Text (titles, axis labels, series labels) may use <c>_{...}</c> for subscripts and
/// <c>^{...}</c> for superscripts (see <see cref="RichText"/>); Greek letters are written as Unicode (μ, ν).
/// </summary>
/// <param name="Panels">The panels, filled row by row.</param>
/// <param name="Title">Figure title above all panels, or null.</param>
/// <param name="Columns">Panels per row; 0 puts all panels in one row.</param>
/// <param name="ShareY">When true, panels after the first in a row draw no y tick labels or y axis label (same y axis).</param>
public sealed record Figure(IReadOnlyList<Panel> Panels, string? Title = null, int Columns = 0, bool ShareY = false)
{
    /// <summary>A figure with a single panel.</summary>
    public static Figure Single(Panel panel, string? title = null) => new([panel], title);

    /// <summary>Panels per row actually used (1 to the number of panels).</summary>
    public int EffectiveColumns => Columns <= 0 ? Math.Max(1, Panels.Count) : Math.Min(Columns, Math.Max(1, Panels.Count));

    /// <summary>Checks every panel and series; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public void Validate()
    {
        if (Panels.Count == 0)
        {
            throw new ArgumentException("A figure needs at least one panel.");
        }
        foreach (var p in Panels)
        {
            p.Validate();
        }
    }
}

/// <summary>One plot area with its axes, series and legend.</summary>
/// <param name="X">Horizontal axis.</param>
/// <param name="Y">Vertical axis.</param>
/// <param name="Series">What is drawn, in order (later on top).</param>
/// <param name="Title">Panel title, or null.</param>
/// <param name="Legend">Where the legend goes (series with a null label are not listed).</param>
/// <param name="Grid">Light grid lines at the major ticks.</param>
public sealed record Panel(Axis X, Axis Y, IReadOnlyList<Series> Series, string? Title = null,
    LegendPosition Legend = LegendPosition.Auto, bool Grid = true)
{
    /// <summary>Checks the axes and every series.</summary>
    public void Validate()
    {
        X.Validate();
        Y.Validate();
        foreach (var s in Series)
        {
            s.Validate();
        }
    }
}

/// <summary>Linear or logarithmic (base 10) axis scale.</summary>
public enum AxisScale
{
    /// <summary>Linear; ticks at 1-2-5 multiples of a power of ten.</summary>
    Linear,

    /// <summary>Base-10 logarithmic; ticks at powers of ten (labelled 10^n) with minor ticks, or 1-2-5 within a decade or two.</summary>
    Log,
}

/// <summary>An axis: label with unit, scale, and range (automatic from the data when <c>Min</c>/<c>Max</c> are null).</summary>
/// <param name="Label">Quantity, e.g. <c>"Recoil energy T"</c> or <c>"μ_{ν} / μ_{B}"</c>.</param>
/// <param name="Unit">Unit shown in brackets after the label (<c>"keV"</c>), or null for a dimensionless quantity.</param>
/// <param name="Scale">Linear or log.</param>
/// <param name="Min">Fixed lower end, or null for automatic.</param>
/// <param name="Max">Fixed upper end, or null for automatic.</param>
public sealed record Axis(string Label, string? Unit = null, AxisScale Scale = AxisScale.Linear, double? Min = null, double? Max = null)
{
    /// <summary>The text drawn along the axis: the label, then the unit in brackets.</summary>
    public string Title => string.IsNullOrEmpty(Unit) ? Label : $"{Label} [{Unit}]";

    /// <summary>Checks the fixed range (finite, ordered, positive on a log axis).</summary>
    public void Validate()
    {
        foreach (var v in new[] { Min, Max })
        {
            if (v is { } x && (!double.IsFinite(x) || (Scale == AxisScale.Log && x <= 0)))
            {
                throw new ArgumentException($"Axis '{Label}': range end {x} is not allowed on a {Scale} axis.");
            }
        }
        if (Min is { } lo && Max is { } hi && !(hi > lo))
        {
            throw new ArgumentException($"Axis '{Label}': Max ({hi}) must exceed Min ({lo}).");
        }
    }
}

/// <summary>Where a panel's legend is drawn.</summary>
public enum LegendPosition
{
    /// <summary>The inside corner that covers the fewest data (lines, points, bands, reference-line labels).</summary>
    Auto,

    /// <summary>Inside, top right.</summary>
    TopRight,

    /// <summary>Inside, top left.</summary>
    TopLeft,

    /// <summary>Inside, bottom right.</summary>
    BottomRight,

    /// <summary>Inside, bottom left.</summary>
    BottomLeft,

    /// <summary>No legend.</summary>
    None,
}
