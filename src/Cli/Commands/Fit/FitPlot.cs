using System.Globalization;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen fit --plot</c>, a pure function of <see cref="FitSpectrum"/>: left, the data (points with sqrt(n)
/// errors) over the best-fit expectation, its parts stacked (backgrounds first); right, the profile -2 Delta ln L against mu
/// (in units of 10^-10 mu_B) with the 90 % CL critical value of q~ and the reported limit.
/// </summary>
public static class FitPlot
{
    /// <summary>Default image size in px (two panels).</summary>
    public const int DefaultWidth = 1200, DefaultHeight = 560;

    /// <summary>Unit of mu on the profile axis (mu_B).</summary>
    public const double MuUnit = ExperimentTemplates.ReferenceMuB;

    /// <summary>The figure.</summary>
    public static Figure Build(FitSpectrum s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new Figure([SpectrumPanel(s), ProfilePanel(s)], $"{RichText.Escape(s.Config)}: fit of the data ({s.Counts.Sum():N0} events, method {s.Method})");
    }

    private static Panel SpectrumPanel(FitSpectrum s)
    {
        int bins = s.Counts.Length;
        var centres = Enumerable.Range(0, bins).Select(i => 0.5 * (s.Edges[i] + s.Edges[i + 1])).ToArray();
        var colours = new Queue<string>([Palette.SkyBlue, Palette.Vermillion, Palette.BluishGreen]);
        var grey = new Queue<string>(["#BBBBBB", "#999999", "#DDDDDD", "#777777"]);
        var components = s.Parts.Select(p => new HistogramComponent(RichText.Escape(p.Label), p.Counts.Select(c => Math.Max(c, 0)).ToArray(),
            p.IsBackground ? (grey.Count > 0 ? grey.Dequeue() : null) : (colours.Count > 0 ? colours.Dequeue() : null))).ToList();
        var series = new List<Series>
        {
            new StackedHistogramSeries(s.Edges, components),
            new StepHistogramSeries(s.Edges, s.Expected, "best fit (total)", new SeriesStyle(Palette.Blue, 1.8)),
            new PointsSeries(centres, s.Counts, s.Counts.Select(Math.Sqrt).ToArray(), Label: "data", Style: new SeriesStyle(Palette.Black, 1.2, MarkerRadius: 3)),
        };
        double max = s.Counts.Select(c => c + Math.Sqrt(c)).Concat(s.Expected).DefaultIfEmpty(1).Max();
        double min = s.Counts.Select(c => c - Math.Sqrt(c)).Concat(s.Expected).DefaultIfEmpty(0).Min();
        // A flat, background-dominated spectrum is drawn with a suppressed zero so that the data scatter stays visible.
        double bottom = min > 0.5 * max ? Math.Max(0, min - (0.25 * (max - min))) : 0;
        double headRoom = Math.Max(max - bottom, 1);
        return new Panel(new Axis(GenerateSpectrum.ObservedQuantity(s.ObservedUnit), s.ObservedUnit, Min: s.Edges[0], Max: s.Edges[^1]),
            new Axis(bottom > 0 ? "Events / bin (zero suppressed)" : "Events / bin", Min: bottom, Max: max + (0.45 * headRoom)), series, "Data and best fit");
    }

    private static Panel ProfilePanel(FitSpectrum s)
    {
        var x = s.ProfileMuB.Select(m => m / MuUnit).ToArray();
        var series = new List<Series>
        {
            new LineSeries(x, s.ProfileDelta, "profile likelihood (nuisances profiled)", new SeriesStyle(Palette.Blue, 2.2)),
        };
        // Near the boundary the asymptotic critical value falls below 1.642: draw the curve the limit is read from.
        bool varies = s.CriticalCurve is { } c && c.Max() - c.Min() > 1e-3;
        if (varies)
            series.Add(new LineSeries(x, s.CriticalCurve!, $"90 % CL critical value of q~ ({s.Method})", new SeriesStyle(Palette.Vermillion, 1.4, LineDash.Dashed)));
        else
            series.Add(new ReferenceLine(Orientation.Horizontal, s.Critical, string.Create(CultureInfo.InvariantCulture, $"90 % CL critical value {s.Critical:F3}"),
                Style: new SeriesStyle(Palette.Vermillion, 1.4, LineDash.Dashed)));
        if (double.IsFinite(s.LimitMuB))
            series.Add(new ReferenceLine(Orientation.Vertical, s.LimitMuB / MuUnit,
                $"limit {PlotText.Number(s.LimitMuB)} μ_{{B}}", Style: new SeriesStyle(Palette.Black, 1.2, LineDash.Dotted)));
        double top = Math.Max(s.ProfileDelta.Where(double.IsFinite).DefaultIfEmpty(0).Max(), s.Critical) * 1.15;
        return new Panel(new Axis("μ_{ν}", "10^{-10} μ_{B}", Min: 0, Max: x[^1]), new Axis("−2 Δ ln L", Min: 0, Max: top), series,
            "Profile likelihood of μ_{ν} (tensor couplings at 0)");
    }
}
