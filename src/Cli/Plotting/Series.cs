namespace NuMMGen.Cli.Plotting;

/// <summary>
/// Something drawn in a panel. <see cref="Label"/> is the legend entry (null: not in the legend); <see cref="Style"/>
/// null takes the next colour of <see cref="Palette.OkabeIto"/> in the panel.
/// </summary>
/// <param name="Label">Legend text, or null.</param>
/// <param name="Style">Colour, line width, dash, fill opacity and marker, or null for defaults.</param>
public abstract record Series(string? Label, SeriesStyle? Style)
{
    /// <summary>Checks lengths and values; throws <see cref="ArgumentException"/> naming the series.</summary>
    public abstract void Validate();

    /// <summary>Throws unless <paramref name="list"/> has <paramref name="count"/> entries.</summary>
    protected void RequireLength(string what, IReadOnlyList<double>? list, int count)
    {
        if (list is not null && list.Count != count)
        {
            throw new ArgumentException($"{GetType().Name} '{Label}': {what} has {list.Count} values, expected {count}.");
        }
    }
}

/// <summary>A polyline through (x, y); non-finite points (or non-positive ones on a log axis) break the line.</summary>
/// <param name="X">Abscissae.</param>
/// <param name="Y">Ordinates, as many as <paramref name="X"/>.</param>
/// <param name="Label">Legend text, or null.</param>
/// <param name="Style">Style, or null.</param>
public sealed record LineSeries(IReadOnlyList<double> X, IReadOnlyList<double> Y, string? Label = null, SeriesStyle? Style = null)
    : Series(Label, Style)
{
    /// <inheritdoc/>
    public override void Validate() => RequireLength("Y", Y, X.Count);
}

/// <summary>A histogram drawn as a step outline: bin i spans Edges[i] to Edges[i+1] at height Values[i].</summary>
/// <param name="Edges">Bin edges, increasing, one more than <paramref name="Values"/>.</param>
/// <param name="Values">Content (or density) per bin.</param>
/// <param name="Label">Legend text, or null.</param>
/// <param name="Style">Style (a fill opacity above 0 fills under the steps), or null.</param>
public sealed record StepHistogramSeries(IReadOnlyList<double> Edges, IReadOnlyList<double> Values, string? Label = null, SeriesStyle? Style = null)
    : Series(Label, Style)
{
    /// <inheritdoc/>
    public override void Validate()
    {
        RequireLength("Edges", Edges, Values.Count + 1);
        PlotChecks.RequireIncreasing(Edges, $"StepHistogramSeries '{Label}': Edges");
    }
}

/// <summary>Several histograms on the same bins stacked on one another (first at the bottom), each filled.</summary>
/// <param name="Edges">Bin edges, increasing, one more than each component's values.</param>
/// <param name="Components">The stacked parts, bottom first; each is a legend entry.</param>
public sealed record StackedHistogramSeries(IReadOnlyList<double> Edges, IReadOnlyList<HistogramComponent> Components)
    : Series(null, null)
{
    /// <inheritdoc/>
    public override void Validate()
    {
        PlotChecks.RequireIncreasing(Edges, "StackedHistogramSeries: Edges");
        foreach (var c in Components)
        {
            if (c.Values.Count != Edges.Count - 1)
            {
                throw new ArgumentException($"StackedHistogramSeries component '{c.Label}': {c.Values.Count} values for {Edges.Count - 1} bins.");
            }
            if (c.Values.Any(v => v < 0 || !double.IsFinite(v)))
            {
                throw new ArgumentException($"StackedHistogramSeries component '{c.Label}': values must be finite and >= 0.");
            }
        }
    }
}

/// <summary>One part of a <see cref="StackedHistogramSeries"/>.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Values">Content per bin (>= 0).</param>
/// <param name="Color">Fill colour <c>#RRGGBB</c>, or null for the next palette colour.</param>
public sealed record HistogramComponent(string Label, IReadOnlyList<double> Values, string? Color = null);

/// <summary>Markers at (x, y) with optional vertical error bars (asymmetric when both lists are given).</summary>
/// <param name="X">Abscissae.</param>
/// <param name="Y">Ordinates.</param>
/// <param name="YErrorLow">Downward error (also upward when <paramref name="YErrorHigh"/> is null), or null.</param>
/// <param name="YErrorHigh">Upward error, or null.</param>
/// <param name="Label">Legend text, or null.</param>
/// <param name="Style">Style, or null.</param>
public sealed record PointsSeries(IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? YErrorLow = null,
    IReadOnlyList<double>? YErrorHigh = null, string? Label = null, SeriesStyle? Style = null) : Series(Label, Style)
{
    /// <inheritdoc/>
    public override void Validate()
    {
        RequireLength("Y", Y, X.Count);
        RequireLength("YErrorLow", YErrorLow, X.Count);
        RequireLength("YErrorHigh", YErrorHigh, X.Count);
        if (YErrorHigh is not null && YErrorLow is null)
        {
            throw new ArgumentException($"PointsSeries '{Label}': YErrorHigh given without YErrorLow.");
        }
    }
}

/// <summary>A filled band between <paramref name="Low"/> and <paramref name="High"/> along x.</summary>
/// <param name="X">Abscissae.</param>
/// <param name="Low">Lower edge at each x.</param>
/// <param name="High">Upper edge at each x.</param>
/// <param name="Label">Legend text, or null.</param>
/// <param name="Style">Style (fill opacity), or null.</param>
public sealed record BandSeries(IReadOnlyList<double> X, IReadOnlyList<double> Low, IReadOnlyList<double> High, string? Label = null,
    SeriesStyle? Style = null) : Series(Label, Style)
{
    /// <inheritdoc/>
    public override void Validate()
    {
        RequireLength("Low", Low, X.Count);
        RequireLength("High", High, X.Count);
    }
}

/// <summary>A horizontal (y = value) or vertical (x = value) line across the panel with its text drawn beside it.</summary>
/// <param name="Orientation">Horizontal or vertical.</param>
/// <param name="Value">Where the line is (y for horizontal, x for vertical).</param>
/// <param name="Text">Text drawn at the line's end inside the panel (right end, or top), or null.</param>
/// <param name="Label">Legend text, or null (the inline <paramref name="Text"/> usually suffices).</param>
/// <param name="Style">Style, or null.</param>
public sealed record ReferenceLine(Orientation Orientation, double Value, string? Text = null, string? Label = null, SeriesStyle? Style = null)
    : Series(Label, Style)
{
    /// <inheritdoc/>
    public override void Validate()
    {
        if (!double.IsFinite(Value))
        {
            throw new ArgumentException($"ReferenceLine '{Text}': value must be finite.");
        }
    }
}

/// <summary>Direction of a <see cref="ReferenceLine"/>.</summary>
public enum Orientation
{
    /// <summary>y = value.</summary>
    Horizontal,

    /// <summary>x = value.</summary>
    Vertical,
}

/// <summary>Dash pattern of a line.</summary>
public enum LineDash
{
    /// <summary>Continuous.</summary>
    Solid,

    /// <summary>Long dashes.</summary>
    Dashed,

    /// <summary>Dots.</summary>
    Dotted,

    /// <summary>Dash, dot.</summary>
    DashDot,
}

/// <summary>How a series looks. Defaults: next palette colour, 1.8 px lines, solid, the kind's fill, 3.5 px markers.</summary>
/// <param name="Color">Colour <c>#RRGGBB</c>, or null for the next palette colour.</param>
/// <param name="LineWidth">Line width in px.</param>
/// <param name="Dash">Dash pattern.</param>
/// <param name="FillOpacity">Fill opacity 0 to 1, or null for the kind's default (bands 0.25, step histograms unfilled).</param>
/// <param name="MarkerRadius">Marker radius in px (points).</param>
public sealed record SeriesStyle(string? Color = null, double LineWidth = 1.8, LineDash Dash = LineDash.Solid, double? FillOpacity = null,
    double MarkerRadius = 3.5);

/// <summary>Checks shared by the series.</summary>
internal static class PlotChecks
{
    public static void RequireIncreasing(IReadOnlyList<double> values, string what)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw new ArgumentException($"{what} must be increasing (index {i}).");
            }
        }
    }
}
