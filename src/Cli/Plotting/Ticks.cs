using System.Globalization;

namespace NuMMGen.Cli.Plotting;

/// <summary>A tick mark. Major ticks carry a label: <see cref="Text"/>, then <see cref="Exponent"/> as a superscript.</summary>
/// <param name="Value">Position in data units.</param>
/// <param name="Major">Major (longer, labelled) or minor.</param>
/// <param name="Text">Label text (empty for minor ticks), e.g. <c>"0.5"</c>, <c>"10"</c>, <c>"2×10"</c>.</param>
/// <param name="Exponent">Superscript after <see cref="Text"/> (<c>"-12"</c> for 10^-12), or null.</param>
public sealed record Tick(double Value, bool Major, string Text = "", string? Exponent = null)
{
    /// <summary>The label in plain text, <c>10^-12</c> style (for tests and logs).</summary>
    public string PlainText => Exponent is null ? Text : $"{Text}^{Exponent}";
}

/// <summary>
/// Tick positions and labels. Linear axes: multiples of 1, 2 or 5 times a power of ten, about <c>target</c> of them, with
/// minor ticks between. Log axes spanning three or more powers of ten: labels 10^n on every s-th decade (s = 1, 2, 3, 5,
/// 10, ... so at most <c>maxLabels</c>), minor ticks at 2..9 x 10^n (s = 1) or at the unlabelled decades; narrower log
/// axes: labels at 1, 2, 5 x 10^n written as decimals. Pure functions of their arguments.
/// </summary>
public static class TickGenerator
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The 1-2-5 step nearest (geometrically) to <paramref name="span"/> / <paramref name="target"/>.</summary>
    public static double NiceStep(double span, int target)
    {
        var raw = Math.Abs(span) / Math.Max(1, target);
        if (!(raw > 0) || !double.IsFinite(raw))
        {
            return 1;
        }
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / mag;
        return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
    }

    /// <summary>Ticks for a linear axis from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static IReadOnlyList<Tick> Linear(double min, double max, int target = 6)
    {
        var step = NiceStep(max - min, target);
        while (Math.Floor((max / step) + 1e-9) - Math.Ceiling((min / step) - 1e-9) < 1)
        {
            step = NiceStep(step / 2, 1);   // at least two labelled ticks
        }
        var mantissa = Math.Round(step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9)));
        var minorStep = step / (mantissa == 2 ? 4 : 5);
        var ticks = new List<Tick>();
        var maxAbs = Math.Max(Math.Abs(min), Math.Abs(max));
        var sci = maxAbs >= 1e5 || maxAbs < 1e-3;
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        for (var k = (long)Math.Ceiling(min / minorStep - 1e-9); k * minorStep <= max + minorStep * 1e-9; k++)
        {
            var v = k * minorStep;
            var ratio = v / step;
            var major = Math.Abs(ratio - Math.Round(ratio)) < 1e-6;
            if (!major)
            {
                ticks.Add(new Tick(v, false));
                continue;
            }
            v = Snap(Math.Round(ratio) * step);
            if (Math.Abs(v) < step * 1e-9)
            {
                ticks.Add(new Tick(0, true, "0"));
            }
            else if (sci)
            {
                // Each label its own power of ten: 2×10^5, 1×10^6.
                var e = (int)Math.Floor(Math.Log10(Math.Abs(v)) + 1e-9);
                var m = Math.Round(v / Math.Pow(10, e), Math.Clamp(e - (int)Math.Floor(Math.Log10(step) + 1e-9), 0, 15));
                ticks.Add(new Tick(v, true, m.ToString("0.###############", Inv) + "×10", e.ToString(Inv)));
            }
            else
            {
                ticks.Add(new Tick(v, true, v.ToString("F" + decimals, Inv)));
            }
        }
        return ticks;
    }

    /// <summary>Ticks for a log axis from <paramref name="min"/> to <paramref name="max"/> (both > 0).</summary>
    public static IReadOnlyList<Tick> Log(double min, double max, int maxLabels = 8)
    {
        if (!(min > 0) || !(max > min))
        {
            throw new ArgumentException($"Log axis range must satisfy 0 < min < max (got {min}, {max}).");
        }
        double lo = Math.Log10(min), hi = Math.Log10(max);
        int nLo = (int)Math.Ceiling(lo - 1e-9), nHi = (int)Math.Floor(hi + 1e-9);
        var ticks = new List<Tick>();
        bool Inside(double v) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
        if (nHi - nLo + 1 >= 3)
        {
            var stride = Strides().First(s => CountMultiples(nLo, nHi, s) <= Math.Max(2, maxLabels));
            for (var n = nLo - 1; n <= nHi; n++)
            {
                if (n >= nLo && Mod(n, stride) == 0)
                {
                    ticks.Add(new Tick(Pow10(n), true, "10", n.ToString(Inv)));
                }
                else if (n >= nLo)
                {
                    ticks.Add(new Tick(Pow10(n), false));
                }
                if (stride == 1)
                {
                    ticks.AddRange(Enumerable.Range(2, 8).Select(m => m * Pow10(n)).Where(Inside).Select(v => new Tick(v, false)));
                }
            }
            return [.. ticks.OrderBy(t => t.Value)];
        }
        // Within a decade or two: 1-2-5 (or 1-2-3-5, or all of 1..9) x 10^n labelled, the other mantissas as minor ticks.
        int[][] sets = [[1, 2, 5], [1, 2, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];
        var fl = (int)Math.Floor(lo);
        var labelled = sets.First(set => Candidates(fl, nHi, set).Count(c => Inside(c.M * Pow10(c.N))) >= 3 || set.Length == 9);
        foreach (var (m, n) in Candidates(fl, nHi, [1, 2, 3, 4, 5, 6, 7, 8, 9]))
        {
            var v = m * Pow10(n);
            if (Inside(v))
            {
                ticks.Add(labelled.Contains(m) ? LogLabel(m, n) : new Tick(v, false));
            }
        }
        return ticks;
    }

    /// <summary>
    /// An automatic range covering <paramref name="values"/>: on a linear axis widened to the enclosing multiples of the
    /// tick step; on a log axis (non-positive values ignored) to the enclosing powers of ten when the data span three
    /// decades or more, else to the enclosing 1, 2, 5 x 10^n.
    /// </summary>
    public static (double Min, double Max) AutoRange(IEnumerable<double> values, AxisScale scale)
    {
        var v = values.Where(x => double.IsFinite(x) && (scale == AxisScale.Linear || x > 0)).ToList();
        if (scale == AxisScale.Log)
        {
            if (v.Count == 0)
            {
                return (1, 10);
            }
            double dMin = v.Min(), dMax = v.Max();
            if (dMax / dMin >= 1000)
            {
                var lo = Math.Floor(Math.Log10(dMin) + 1e-9);
                var hi = Math.Ceiling(Math.Log10(dMax) - 1e-9);
                return (Pow10((int)lo), Pow10((int)hi));
            }
            // Under three decades: the enclosing 1, 2, 5 x 10^n (1-16 gives 1-20, not 1-100).
            var below = Nice125(dMin, up: false);
            var above = Nice125(dMax, up: true);
            return above > below ? (below, above) : (below, Nice125(below * 1.01, up: true));
        }
        if (v.Count == 0)
        {
            return (0, 1);
        }
        double min = v.Min(), max = v.Max();
        if (max == min)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }
        var step = NiceStep(max - min, 6);
        return (Snap(Math.Floor(min / step + 1e-9) * step), Snap(Math.Ceiling(max / step - 1e-9) * step));
    }

    // The largest 1, 2, 5 x 10^n at or below v (up: the smallest at or above).
    private static double Nice125(double v, bool up)
    {
        var n = (int)Math.Floor(Math.Log10(v));
        var candidates = new[] { n - 1, n, n + 1 }.SelectMany(k => new[] { 1, 2, 5 }.Select(m => Snap(m * Pow10(k)))).Order().ToList();
        return up ? candidates.First(c => c >= v * (1 - 1e-12)) : candidates.Last(c => c <= v * (1 + 1e-12));
    }

    // Removes the rounding noise of k * step (1.2000000000000002 -> 1.2).
    private static double Snap(double v) => double.Parse(v.ToString("G12", Inv), Inv);

    private static Tick LogLabel(int m, int n)
    {
        var v = m * Pow10(n);
        if (n >= -3 && n <= 3)
        {
            return new Tick(v, true, Snap(v).ToString("R", Inv));
        }
        return m == 1 ? new Tick(v, true, "10", n.ToString(Inv)) : new Tick(v, true, $"{m}×10", n.ToString(Inv));
    }

    private static IEnumerable<(int M, int N)> Candidates(int nFrom, int nTo, int[] mantissas)
    {
        for (var n = nFrom; n <= nTo; n++)
        {
            foreach (var m in mantissas)
            {
                yield return (m, n);
            }
        }
    }

    private static IEnumerable<int> Strides()
    {
        for (var scale = 1; ; scale *= 10)
        {
            foreach (var s in new[] { 1, 2, 3, 5 })
            {
                yield return s * scale;
            }
        }
    }

    private static int CountMultiples(int from, int to, int s) => Enumerable.Range(from, to - from + 1).Count(n => Mod(n, s) == 0);

    private static int Mod(int n, int s) => ((n % s) + s) % s;

    private static double Pow10(int n) => double.Parse($"1e{n}", Inv);
}
