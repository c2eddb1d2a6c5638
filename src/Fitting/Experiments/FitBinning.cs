using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Physics;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fitting.Experiments;

/// <summary>The observed-value bin edges of a fit (config <c>fit.bins</c>), checked against the analysis region.</summary>
public static class FitBinning
{
    /// <summary>
    /// The edges of <paramref name="bins"/>: explicit <c>edges</c>, or <c>count</c> equal bins on [min, max) (defaults:
    /// the analysis region of <paramref name="detector"/>). Edges must ascend and lie inside the region.
    /// </summary>
    /// <exception cref="InputException">Fewer than two edges, not ascending, or outside the analysis region.</exception>
    public static double[] Edges(FitBinsSection bins, DetectorSetup detector)
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(detector);
        double[] edges;
        if (bins.Edges is { } explicitEdges)
        {
            edges = (double[])explicitEdges.Clone();
        }
        else
        {
            double lo = bins.Min ?? detector.MinObserved, hi = bins.Max ?? detector.MaxObserved;
            if (!(hi > lo) || !double.IsFinite(lo) || !double.IsFinite(hi))
                throw new InputException($"fit.bins: min {lo} must be below max {hi} (both finite).");
            edges = Enumerable.Range(0, bins.Count + 1).Select(i => lo + (hi - lo) * i / bins.Count).ToArray();
            edges[^1] = hi;
        }
        Check(edges, detector, "fit.bins");
        return edges;
    }

    /// <summary>
    /// The time-bin edges (us after the trigger) of a 2D fit: <paramref name="bins"/>' explicit <c>edgesUs</c>, or <c>count</c>
    /// equal bins across the coincidence window; null when <paramref name="bins"/> is null (a 1D fit).
    /// </summary>
    /// <exception cref="InputException">Time bins for a detector without timing, or edges not ascending or outside the window.</exception>
    public static double[]? TimeEdgesUs(FitTimeBinsSection? bins, DetectorSetup detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (bins is null)
            return null;
        if (detector.Window is not { } w)
            throw new InputException("fit.timeBins: the detector has no timing; add detector.timing (a pulsed source) or remove fit.timeBins.");
        double lo = w.Start / Units.Us, hi = w.End / Units.Us;
        var edges = bins.EdgesUs is { } e ? (double[])e.Clone()
            : Enumerable.Range(0, bins.Count + 1).Select(i => i == bins.Count ? hi : lo + (hi - lo) * i / bins.Count).ToArray();
        CheckTime(edges, detector, "fit.timeBins");
        return edges;
    }

    /// <summary>Checks that time edges (us after the trigger) ascend strictly and lie in the detector's coincidence window.</summary>
    /// <exception cref="InputException">A violated condition, naming <paramref name="what"/>.</exception>
    public static void CheckTime(IReadOnlyList<double> edgesUs, DetectorSetup detector, string what)
    {
        ArgumentNullException.ThrowIfNull(edgesUs);
        ArgumentNullException.ThrowIfNull(detector);
        if (detector.Window is not { } w)
            throw new InputException($"{what}: time bins need a detector with timing (detector.timing).");
        if (edgesUs.Count < 2)
            throw new InputException($"{what}: need at least two time-bin edges.");
        for (int i = 0; i < edgesUs.Count; i++)
            if (!double.IsFinite(edgesUs[i]) || (i > 0 && !(edgesUs[i] > edgesUs[i - 1])))
                throw new InputException($"{what}: time-bin edges must be finite and strictly ascending (edge {i}: {edgesUs[i]} us).");
        double lo = w.Start / Units.Us, hi = w.End / Units.Us;
        if (edgesUs[0] < lo - 1e-9 || edgesUs[^1] > hi + 1e-9)
            throw new InputException($"{what}: time bins [{edgesUs[0]}, {edgesUs[^1]}) us must lie inside the coincidence window [{lo}, {hi}) us.");
    }

    /// <summary>Checks that <paramref name="edges"/> ascend strictly and lie in the analysis region (<paramref name="what"/> names them in errors).</summary>
    /// <exception cref="InputException">A violated condition, naming <paramref name="what"/>.</exception>
    public static void Check(IReadOnlyList<double> edges, DetectorSetup detector, string what)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (edges.Count < 2)
            throw new InputException($"{what}: need at least two bin edges.");
        for (int i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1])))
                throw new InputException($"{what}: bin edges must be finite and strictly ascending (edge {i}: {edges[i]}).");
        }
        double tolerance = 1e-9 * Math.Max(Math.Abs(detector.MaxObserved), 1);
        if (edges[0] < detector.MinObserved - tolerance || edges[^1] > detector.MaxObserved + tolerance)
            throw new InputException($"{what}: bins [{edges[0]}, {edges[^1]}) must lie inside the analysis region "
                + $"[{detector.MinObserved}, {detector.MaxObserved}) {detector.ObservedUnit}.");
    }
}
