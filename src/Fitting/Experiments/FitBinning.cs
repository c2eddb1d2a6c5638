using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Physics;

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
