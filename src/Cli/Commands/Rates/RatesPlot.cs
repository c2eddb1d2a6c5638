using System.Globalization;
using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen rates --plot</c>, a pure function of <see cref="RatesSpectra"/>: left, the true-recoil spectrum
/// dN/dT of every channel (counts per keV for the exposure, log-log) with their total and, when a magnetic moment is on,
/// the magnetic part of the total (dashed); right (with a detector), the expected observed spectrum in counts per bin:
/// backgrounds stacked first, the signal channels on top, the total outline and the signal alone (black dashed).
/// </summary>
public static class RatesPlot
{
    /// <summary>Default image size in px (two panels side by side).</summary>
    public const int DefaultWidth = 1200, DefaultHeight = 560;

    /// <summary>Signal channels beyond this many are drawn as one "other channels" entry (legend readability).</summary>
    public const int MaxChannelsShown = 7;

    /// <summary>The figure.</summary>
    public static Figure Build(RatesSpectra s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var panels = new List<Panel> { TruePanel(s) };
        if (s.ObservedEdges is not null)
            panels.Add(ObservedPanel(s));
        return new Figure(panels, $"{RichText.Escape(s.Config)}: expected spectra for {RichText.Escape(s.Exposure)}");
    }

    private static Panel TruePanel(RatesSpectra s)
    {
        var edges = s.TrueEdgesKeV;
        var widths = Enumerable.Range(0, edges.Length - 1).Select(i => edges[i + 1] - edges[i]).ToArray();
        double[] Density(IEnumerable<double> counts) => counts.Select((c, i) => c / widths[i]).ToArray();
        var series = new List<Series>();
        foreach (var (label, counts, color) in Grouped(s.True.Select(c => (c.Label, c.Counts.Select(p => p.Sum).ToArray())).ToList()))
            series.Add(new StepHistogramSeries(edges, Density(counts), RichText.Escape(label), new SeriesStyle(color, 1.5)));
        var total = Sum(s.True.Select(c => c.Counts.Select(p => p.Sum).ToArray()), edges.Length - 1);
        if (s.True.Count > 1)
            series.Add(new StepHistogramSeries(edges, Density(total), "total", new SeriesStyle(Palette.Black, 2.2)));
        var magnetic = Sum(s.True.Select(c => c.Counts.Select(p => p.Magnetic).ToArray()), edges.Length - 1);
        if (magnetic.Any(m => m > 0))
            series.Add(new StepHistogramSeries(edges, Density(magnetic), "magnetic part", new SeriesStyle(Palette.Black, 1.8, LineDash.Dashed)));
        var y = LogRange(series.OfType<StepHistogramSeries>().SelectMany(h => h.Values), 1e-5);
        return new Panel(new Axis("True recoil energy T", s.TrueRecoilUnit, AxisScale.Log, edges[0], edges[^1]),
            new Axis("dN/dT", $"counts / {s.TrueRecoilUnit}", AxisScale.Log, y.Min, y.Max), series, "True recoil spectrum (before the detector)");
    }

    private static Panel ObservedPanel(RatesSpectra s)
    {
        var edges = s.ObservedEdges!;
        int bins = edges.Length - 1;
        var components = new List<HistogramComponent>();
        int colour = 0;
        foreach (var b in s.Backgrounds)
            components.Add(new HistogramComponent(RichText.Escape(b.Label), [.. b.Counts], BackgroundColors[colour++ % BackgroundColors.Length]));
        var signal = Sum(s.Observed.Select(c => c.Counts.Select(p => p.Sum).ToArray()), bins);
        foreach (var (label, counts, color) in Grouped(s.Observed.Select(c => (c.Label, c.Counts.Select(p => p.Sum).ToArray())).ToList()))
            components.Add(new HistogramComponent(RichText.Escape(label), counts, color));
        var total = Sum(components.Select(c => c.Values.ToArray()), bins);
        var series = new List<Series>
        {
            new StackedHistogramSeries(edges, components),
            new StepHistogramSeries(edges, total, "total", new SeriesStyle(Palette.Black, 1.6)),
        };
        if (s.Backgrounds.Count > 0)
            series.Add(new StepHistogramSeries(edges, signal, "signal alone", new SeriesStyle(Palette.Black, 1.6, LineDash.Dashed)));
        var width = edges[1] - edges[0];   // the last bin of a counted observable may be shorter
        // Log y when the total spans more than 50x across the region (Borexino's 14C peak over its tail) or the signal is
        // under 2 % of it (TEXONO: ~37 over ~29000 background events, a layer too thin to see on a linear axis); linear
        // otherwise (COHERENT CsI: the signal shows as a layer on the steady-state background).
        var positiveTotal = total.Where(v => v > 0).DefaultIfEmpty(1).ToList();
        bool log = positiveTotal.Max() > 50 * positiveTotal.Min() || signal.Sum() < 0.02 * total.Sum();
        // Head room above the total for the legend (top right): 2.3 decades on a log axis, 70 % on a linear one.
        var y = log ? LogRange(total.Concat(signal), 1e-4, 2.3) : (Min: 0, Max: 1.7 * total.DefaultIfEmpty(1).Max());
        string binText = width.ToString("G3", CultureInfo.InvariantCulture);
        return new Panel(new Axis(GenerateSpectrum.ObservedQuantity(s.ObservedUnit!), s.ObservedUnit, Min: edges[0], Max: edges[^1]),
            new Axis($"Expected counts / ({binText} {s.ObservedUnit})", null, log ? AxisScale.Log : AxisScale.Linear, y.Min, y.Max == y.Min ? y.Min + 1 : y.Max),
            series, "Observed spectrum (analysis region, after efficiency)", LegendPosition.TopRight);
    }

    // Channels in order; beyond MaxChannelsShown the smallest ones are summed into "other channels".
    private static IEnumerable<(string Label, double[] Counts, string Color)> Grouped(IReadOnlyList<(string Label, double[] Counts)> channels)
    {
        var shown = channels.Count <= MaxChannelsShown
            ? channels.Select((c, i) => i).ToHashSet()
            : channels.Select((c, i) => (Total: c.Counts.Sum(), i)).OrderByDescending(p => p.Total).Take(MaxChannelsShown - 1).Select(p => p.i).ToHashSet();
        int colour = 0;
        for (int i = 0; i < channels.Count; i++)
            if (shown.Contains(i))
                yield return (channels[i].Label, channels[i].Counts, SignalColors[colour++ % SignalColors.Length]);
        var rest = channels.Where((c, i) => !shown.Contains(i)).ToList();
        if (rest.Count > 0)
            yield return ($"{rest.Count} other channels", Sum(rest.Select(r => r.Counts), channels[0].Counts.Length), Palette.SkyBlue);
    }

    private static readonly string[] SignalColors = [Palette.Blue, Palette.Vermillion, Palette.BluishGreen, Palette.ReddishPurple, Palette.Orange, "#8C564B", "#17BECF"];

    // Muted, mutually distinct fills for backgrounds (greys, sand, brown, lilac, sage), so they read as "not signal".
    private static readonly string[] BackgroundColors = ["#BBBBBB", "#8C8C8C", "#D9C9A3", "#A6761D", "#5E5E5E", "#C7B9D6", "#9ABFA8", "#E3E3E3"];

    private static double[] Sum(IEnumerable<double[]> arrays, int bins)
    {
        var total = new double[bins];
        foreach (var a in arrays)
            for (int i = 0; i < bins; i++)
                total[i] += a[i];
        return total;
    }

    // A log range from the largest value down by at most 'span' (so that near-zero tails do not squash the plot), with head room.
    private static (double Min, double Max) LogRange(IEnumerable<double> values, double span, double headRoomDecades = 0.7)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (positive.Count == 0)
            return (0.1, 1);
        double max = positive.Max();
        double min = Math.Max(positive.Min(), max * span);
        return (Math.Pow(10, Math.Floor(Math.Log10(min))), Math.Pow(10, Math.Ceiling(Math.Log10(max)) + headRoomDecades));
    }
}
