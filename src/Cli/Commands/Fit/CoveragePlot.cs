using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen coverage --plot</c>, a pure function of the per-value reports: the fraction of toys whose 90 % CL
/// interval contains the true value, against the true value, for every method computed on the same toys (the chosen one
/// with its binomial standard error sqrt(p (1 - p) / N), the others as lighter lines), and the nominal 90 % line.
/// </summary>
public static class CoveragePlot
{
    /// <summary>Default image size in px.</summary>
    public const int DefaultWidth = 900, DefaultHeight = 600;

    private static readonly (string Method, string Label, string Color)[] Methods =
    [
        ("asymptotic", "asymptotic q~ (CLs+b)", Palette.Blue),
        ("cls", "asymptotic CLs", Palette.Vermillion),
        ("fc", "Feldman-Cousins", Palette.BluishGreen),
    ];

    /// <summary>The figure for <paramref name="reports"/> (one per true value, same parameter).</summary>
    public static Figure Build(IReadOnlyList<CoverageCommandReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
            throw new ArgumentException("no coverage results", nameof(reports));
        var r0 = reports[0];
        bool mu = r0.Parameter == "mu";
        double unit = mu ? FitPlot.MuUnit : 1;
        var x = reports.Select(r => r.TrueValue / unit).ToArray();
        var series = new List<Series>
        {
            new ReferenceLine(Orientation.Horizontal, 0.9, "nominal 90 %", Style: new SeriesStyle(Palette.Black, 1.2, LineDash.Dashed)),
        };
        foreach (var (method, label, color) in Methods.Where(m => m.Method != r0.Method && reports.All(r => r.AllMethods.ContainsKey(m.Method))))
            series.Add(new LineSeries(x, reports.Select(r => r.AllMethods[method]).ToArray(), label, new SeriesStyle(color, 1.3, LineDash.Dotted)));
        var chosen = Methods.FirstOrDefault(m => m.Method == r0.Method);
        series.Add(new LineSeries(x, reports.Select(r => r.Coverage).ToArray(), null, new SeriesStyle(chosen.Color ?? Palette.Blue, 1.2)));
        series.Add(new PointsSeries(x, reports.Select(r => r.Coverage).ToArray(), reports.Select(r => r.Error).ToArray(),
            Label: $"{chosen.Label ?? r0.Method} ± binomial error", Style: new SeriesStyle(chosen.Color ?? Palette.Blue, 1.4, MarkerRadius: 4)));
        var all = reports.SelectMany(r => r.AllMethods.Values.Append(r.Coverage - r.Error)).Append(0.9).ToList();
        double low = Math.Max(0, Math.Floor((all.Min() - 0.03) * 20) / 20);
        double span = x.Length > 1 ? x[^1] - x[0] : Math.Max(x[0], 1);
        var xAxis = new Axis(mu ? "True μ_{ν}" : $"True {RichText.Escape(r0.Parameter)}", mu ? "10^{-10} μ_{B}" : "GeV^{-2}",
            Min: x.Min() - (0.08 * span), Max: x.Max() + (0.08 * span));
        var panel = new Panel(xAxis, new Axis("Coverage of the 90 % CL interval", Min: low, Max: 1.04), series,
            $"{r0.Toys} toys per point, method {r0.Method}");
        return Figure.Single(panel, $"{RichText.Escape(r0.Config)}: coverage of the 90 % CL upper limit on {(mu ? "μ_{ν}" : RichText.Escape(r0.Parameter))}");
    }
}
