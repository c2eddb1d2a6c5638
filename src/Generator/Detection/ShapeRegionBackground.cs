using NuMMGen.Detectors.Random;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// A background with a shape in the observable (<see cref="ISpectralShape"/>) and, optionally, an arrival-time
/// distribution independent of it: expected count in the region = total x P(region) x P(window). Draws invert the
/// shape's and the time distribution's CDFs restricted to the region and the window (one uniform each).
/// </summary>
public sealed class ShapeRegionBackground : IRegionBackground
{
    private readonly ISpectralShape _shape;
    private readonly double _total, _low, _high, _cdfLow, _cdfHigh, _timeFraction;
    private readonly TimeWindow? _window;

    /// <summary>
    /// Creates the component: <paramref name="total"/> recorded events over the whole shape, region
    /// [<paramref name="low"/>, <paramref name="high"/>) in the observable, optional arrival times and window.
    /// </summary>
    /// <param name="name">Name of the component.</param>
    /// <param name="kind">Config kind.</param>
    /// <param name="shape">Shape in the observable.</param>
    /// <param name="total">Recorded events over the whole shape.</param>
    /// <param name="low">Lower end of the analysis region.</param>
    /// <param name="high">Upper end of the analysis region.</param>
    /// <param name="window">Arrival times and coincidence window, or null.</param>
    /// <param name="normalisationUncertainty">Relative uncertainty of the normalisation stated by the source, or null.</param>
    public ShapeRegionBackground(string name, string kind, ISpectralShape shape, double total, double low, double high, TimeWindow? window,
        double? normalisationUncertainty = null)
    {
        (Name, Kind, _shape, _total, _low, _high, _window, NormalisationUncertainty) = (name, kind, shape, total, low, high, window, normalisationUncertainty);
        _cdfLow = shape.Cdf(low);
        _cdfHigh = shape.Cdf(high);
        _timeFraction = window?.Fraction ?? 1.0;
        Expected = total * Math.Max(_cdfHigh - _cdfLow, 0) * _timeFraction;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Kind { get; }

    /// <inheritdoc />
    public double Expected { get; }

    /// <inheritdoc />
    public double[] ExpectedIn(ReadOnlySpan<double> edges)
    {
        var counts = new double[Math.Max(edges.Length - 1, 0)];
        for (int j = 0; j < counts.Length; j++)
        {
            double a = Math.Max(edges[j], _low), b = Math.Min(edges[j + 1], _high);
            counts[j] = _total * _shape.Probability(a, b) * _timeFraction;
        }
        return counts;
    }

    /// <inheritdoc />
    public double? NormalisationUncertainty { get; }

    /// <inheritdoc />
    public double[] ExpectedIn(ReadOnlySpan<double> edges, ReadOnlySpan<double> timeEdges)
    {
        var marginal = ExpectedIn(edges);
        int nt = Math.Max(timeEdges.Length - 1, 0);
        var fractions = new double[nt];
        for (int k = 0; k < nt; k++)
        {
            if (_window is { } w)
            {
                // Fraction of the in-window arrival times in the time bin (the window fraction is already in the marginal).
                double t0 = Math.Max(timeEdges[k], w.Window.Start), t1 = Math.Min(timeEdges[k + 1], w.Window.End);
                fractions[k] = _timeFraction > 0 ? w.Pdf.Probability(t0, t1) / _timeFraction : 0;
            }
            else
            {
                fractions[k] = (timeEdges[k + 1] - timeEdges[k]) / (timeEdges[^1] - timeEdges[0]);
            }
        }
        var counts = new double[marginal.Length * nt];
        for (int j = 0; j < marginal.Length; j++)
            for (int k = 0; k < nt; k++)
                counts[j * nt + k] = marginal[j] * fractions[k];
        return counts;
    }

    /// <inheritdoc />
    public (double Observed, double Time) Sample(IRandomSource random)
    {
        double u = _cdfLow + random.NextDouble() * (_cdfHigh - _cdfLow);
        double x = Math.Clamp(_shape.Quantile(u), _low, Math.BitDecrement(_high));
        return (x, _window is null ? double.NaN : _window.Sample(random));
    }
}

/// <summary>
/// An arrival-time distribution (times after the trigger) restricted to a coincidence window, with the time of the
/// proton-pulse centre after the trigger: event times are written relative to the pulse centre.
/// </summary>
/// <param name="Pdf">Arrival times after the trigger (s).</param>
/// <param name="Window">The coincidence window (s after the trigger).</param>
/// <param name="PulseCentre">Time of the proton-pulse centre after the trigger (s).</param>
public sealed record TimeWindow(ArrivalTimePdf Pdf, CoincidenceWindow Window, double PulseCentre)
{
    /// <summary>Fraction of the distribution inside the window.</summary>
    public double Fraction => Window.AcceptedFraction(Pdf);

    /// <summary>Draws a time inside the window (one uniform; bisection on the piecewise-linear CDF), relative to the pulse centre (s).</summary>
    public double Sample(IRandomSource random)
    {
        double c0 = Pdf.Cdf(Window.Start), c1 = Pdf.Cdf(Window.End);
        double target = c0 + random.NextDouble() * (c1 - c0);
        double lo = Window.Start, hi = Window.End;
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Pdf.Cdf(mid) < target)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi) - PulseCentre;
    }
}
