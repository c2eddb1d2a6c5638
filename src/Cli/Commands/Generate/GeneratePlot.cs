using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen generate --plot</c>, a pure function of <see cref="GenerateSpectrum"/>: the generated events per
/// bin as points with Poisson error bars (sqrt(n), the Gaussian approximation; empty bins without a bar) over the expected
/// counts per bin (background stacked below the signal when there is one).
/// </summary>
public static class GeneratePlot
{
    /// <summary>Default image size in px.</summary>
    public const int DefaultWidth = 900, DefaultHeight = 600;

    /// <summary>The figure.</summary>
    public static Figure Build(GenerateSpectrum s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int bins = s.Counts.Length;
        var centres = Enumerable.Range(0, bins).Select(i => s.LogX ? Math.Sqrt(s.Edges[i] * s.Edges[i + 1]) : 0.5 * (s.Edges[i] + s.Edges[i + 1])).ToArray();
        var errors = s.Counts.Select(Math.Sqrt).ToArray();
        string expectation = s.PseudoExperiment ? "expected for the exposure" : "expected × N / N_{exp}";
        var components = new List<HistogramComponent>();
        if (s.Background.Any(b => b > 0))
            components.Add(new HistogramComponent("background (" + expectation + ")", s.Background, "#BBBBBB"));
        components.Add(new HistogramComponent("signal (" + expectation + ")", s.Signal, Palette.SkyBlue));
        var total = s.Signal.Zip(s.Background, (a, b) => a + b).ToArray();
        double max = Math.Max(total.DefaultIfEmpty(0).Max(), s.Counts.Zip(errors, (c, e) => c + e).DefaultIfEmpty(0).Max());
        var positive = s.Counts.Concat(total).Where(v => v > 0).ToList();
        bool logY = positive.Count > 0 && max > 50 * positive.Min();
        var points = s.Counts.Select(c => c > 0 || !logY ? c : double.NaN).ToArray();   // an empty bin has no place on a log axis
        var series = new List<Series>
        {
            new StackedHistogramSeries(s.Edges, components),
            new StepHistogramSeries(s.Edges, total, null, new SeriesStyle(Palette.Blue, 1.6)),
            new PointsSeries(centres, points, errors, Label: $"generated events ({s.Counts.Sum():N0})", Style: new SeriesStyle(Palette.Black, 1.2, MarkerRadius: 3)),
        };
        var y = logY
            ? new Axis("Events / bin", null, AxisScale.Log, Math.Pow(10, Math.Floor(Math.Log10(Math.Max(positive.Min(), max * 1e-5)))) / 2,
                Math.Pow(10, Math.Ceiling(Math.Log10(max)) + 0.6))
            : new Axis("Events / bin", null, AxisScale.Linear, 0, Math.Max(1.35 * max, 1));
        var x = new Axis(s.Quantity, s.Unit, s.LogX ? AxisScale.Log : AxisScale.Linear, s.Edges[0], s.Edges[^1]);
        string mode = s.PseudoExperiment ? "pseudo-experiment" : "fixed number of events";
        return Figure.Single(new Panel(x, y, series, $"Generated events ({mode}) and the rate engine's expectation"), $"{RichText.Escape(s.Config)}: nummgen generate");
    }
}
