namespace NuMMGen.Cli.Plotting.Svg;

/// <summary>A panel's resolved axis ranges, tick rules and margins (before it is placed on the page).</summary>
internal sealed record PanelPlan(Panel Panel, bool ShowY, (double Min, double Max) XRange, (double Min, double Max) YRange, double Left, double Top)
{
    /// <summary>Right margin (room for the last x tick label).</summary>
    public const double Right = 18;

    /// <summary>Bottom margin: tick labels and the x axis label.</summary>
    public const double Bottom = 6 + SvgFigureRenderer.TickFont + 10 + SvgFigureRenderer.LabelFont + 10;

    public static PanelPlan Create(Panel panel, bool showY, double approxWidth, double approxHeight)
    {
        var x = Range(panel.X, panel.Series.SelectMany(s => DataValues(s, horizontal: true)));
        var y = Range(panel.Y, panel.Series.SelectMany(s => DataValues(s, horizontal: false)));
        var top = string.IsNullOrEmpty(panel.Title) ? 12 : 12 + SvgFigureRenderer.PanelTitleFont + 6;
        var plan = new PanelPlan(panel, showY, x, y, 12, top);
        if (!showY)
        {
            return plan;
        }
        var labels = plan.TicksY(approxHeight - top - Bottom).Where(t => t.Major)
            .Select(t => t.Exponent is null ? t.Text : $"{t.Text}^{{{t.Exponent}}}");
        var widest = labels.Select(l => RichText.EstimateWidth(l, SvgFigureRenderer.TickFont)).DefaultIfEmpty(0).Max();
        return plan with { Left = 8 + SvgFigureRenderer.LabelFont + 10 + widest + 6 };
    }

    public IReadOnlyList<Tick> TicksX(double length) => Ticks(Panel.X, XRange, length, linearSpacing: 90, logSpacing: 60);

    public IReadOnlyList<Tick> TicksY(double length) => Ticks(Panel.Y, YRange, length, linearSpacing: 55, logSpacing: 30);

    private static IReadOnlyList<Tick> Ticks(Axis axis, (double Min, double Max) range, double length, double linearSpacing, double logSpacing) =>
        axis.Scale == AxisScale.Log
            ? TickGenerator.Log(range.Min, range.Max, (int)Math.Clamp(length / logSpacing, 2, 12))
            : TickGenerator.Linear(range.Min, range.Max, (int)Math.Clamp(length / linearSpacing, 3, 8));

    private static (double Min, double Max) Range(Axis axis, IEnumerable<double> data)
    {
        if (axis.Min is { } lo && axis.Max is { } hi)
        {
            return (lo, hi);
        }
        var auto = TickGenerator.AutoRange(data, axis.Scale);
        var min = axis.Min ?? auto.Min;
        var max = axis.Max ?? auto.Max;
        if (!(max > min))
        {
            max = axis.Scale == AxisScale.Log ? min * 10 : min + 1;
        }
        return (min, max);
    }

    // The values a series needs visible on one axis (histograms include 0 on their value axis).
    private static IEnumerable<double> DataValues(Series s, bool horizontal) => s switch
    {
        LineSeries l => horizontal ? l.X : l.Y,
        StepHistogramSeries h => horizontal ? h.Edges : h.Values.Append(0),
        StackedHistogramSeries st => horizontal ? st.Edges : StackTops(st).Append(0),
        PointsSeries p => horizontal ? p.X : PointExtents(p),
        BandSeries b => horizontal ? b.X : b.Low.Concat(b.High),
        ReferenceLine r => (r.Orientation == Orientation.Horizontal) != horizontal ? [r.Value] : [],
        _ => [],
    };

    private static IEnumerable<double> StackTops(StackedHistogramSeries s) =>
        Enumerable.Range(0, s.Edges.Count - 1).Select(i => s.Components.Sum(c => c.Values[i]));

    private static IEnumerable<double> PointExtents(PointsSeries p)
    {
        for (var i = 0; i < p.X.Count; i++)
        {
            var lo = p.YErrorLow?[i] ?? 0;
            var hi = p.YErrorHigh?[i] ?? lo;
            yield return p.Y[i] - lo;
            yield return p.Y[i];
            yield return p.Y[i] + hi;
        }
    }
}
