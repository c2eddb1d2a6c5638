using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen sensitivity --plot</c>, a pure function of the exposure scan: the expected 90 % CL upper limit
/// on mu against exposure (log-log), the toy median (dashed) inside the ±1 sigma (green) and ±2 sigma (yellow) bands of
/// the toy limits ("Brazil bands"), the Asimov limit (solid) and the configured exposure (vertical line).
/// </summary>
public static class SensitivityPlot
{
    /// <summary>Default image size in px.</summary>
    public const int DefaultWidth = 900, DefaultHeight = 600;

    /// <summary>The figure for <paramref name="scan"/> (limits on mu in mu_B) of <paramref name="config"/> with its exposure in words.</summary>
    public static Figure Build(string config, string exposure, string method, int toys, IReadOnlyList<SensitivityScanPoint> scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (scan.Count == 0)
            throw new ArgumentException("the exposure scan is empty", nameof(scan));
        var x = scan.Select(p => p.Factor).ToArray();
        var positive = scan.SelectMany(p => new[] { p.Asimov, p.Minus2, p.Minus1, p.Median, p.Plus1, p.Plus2 }).Where(v => v > 0 && double.IsFinite(v)).ToList();
        double top = Math.Pow(10, Math.Ceiling(Math.Log10(positive.Max())) + 0.3);
        double bottom = Math.Pow(10, Math.Floor(Math.Log10(positive.Where(v => v >= positive.Max() * 1e-3).Min())) - 0.2);
        // A toy limit of 0 (a strong downward fluctuation) has no place on the log axis: the band edge is drawn at the axis bottom.
        double[] Clamp(Func<SensitivityScanPoint, double> f) => scan.Select(p => Math.Max(f(p), bottom)).ToArray();
        var series = new List<Series>();
        bool bands = toys > 0 && scan.All(p => double.IsFinite(p.Median));
        if (bands)
        {
            series.Add(new BandSeries(x, Clamp(p => p.Minus2), Clamp(p => p.Plus2), "expected ±2σ", new SeriesStyle("#F5D300", FillOpacity: 0.9)));
            series.Add(new BandSeries(x, Clamp(p => p.Minus1), Clamp(p => p.Plus1), "expected ±1σ", new SeriesStyle("#2CA02C", FillOpacity: 0.9)));
            series.Add(new LineSeries(x, scan.Select(p => p.Median).ToArray(), $"median of {toys} toys", new SeriesStyle(Palette.Black, 1.8, LineDash.Dashed)));
        }
        series.Add(new LineSeries(x, scan.Select(p => p.Asimov).ToArray(), "Asimov data set", new SeriesStyle(Palette.Blue, 2.2)));
        series.Add(new PointsSeries(x, scan.Select(p => p.Asimov).ToArray(), Style: new SeriesStyle(Palette.Blue, MarkerRadius: 3)));
        if (x[0] <= 1 && x[^1] >= 1)
            series.Add(new ReferenceLine(Orientation.Vertical, 1, "configured exposure", Style: new SeriesStyle("#666666", 1.2, LineDash.Dotted)));
        var panel = new Panel(new Axis($"Exposure / ({RichText.Escape(exposure)})", null, AxisScale.Log, x[0], x[^1] > x[0] ? x[^1] : x[0] * 10),
            new Axis("90 % CL upper limit on μ_{ν}", "μ_{B}", AxisScale.Log, bottom, top), series, $"Expected sensitivity ({method})");
        return Figure.Single(panel, $"{RichText.Escape(config)}: expected 90 % CL limit on the neutrino magnetic moment vs exposure");
    }
}
