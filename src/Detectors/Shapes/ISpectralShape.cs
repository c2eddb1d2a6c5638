using NuMMGen.Detectors.Random;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// A normalised one-dimensional distribution on [<see cref="Min"/>, <see cref="Max"/>): a spectral shape in
/// true energy (MeV) or in an observable (keVee, PE, N_h). Density for folding, inverse CDF for sampling.
/// Implementations are immutable and thread safe.
/// </summary>
public interface ISpectralShape
{
    /// <summary>Lower end of the support.</summary>
    double Min { get; }

    /// <summary>Upper end of the support.</summary>
    double Max { get; }

    /// <summary>Probability density at <paramref name="x"/> (zero outside the support); integrates to one.</summary>
    double Density(double x);

    /// <summary>P(X &lt; <paramref name="x"/>).</summary>
    double Cdf(double x);

    /// <summary>The x with Cdf(x) = <paramref name="u"/>, for u in [0, 1].</summary>
    double Quantile(double u);
}

/// <summary>Operations shared by all shapes.</summary>
public static class SpectralShapeExtensions
{
    /// <summary>Draws a value by inversion (one uniform).</summary>
    public static double Sample(this ISpectralShape shape, IRandomSource random) => shape.Quantile(random.NextDouble());

    /// <summary>P(<paramref name="low"/> &lt;= X &lt; <paramref name="high"/>).</summary>
    public static double Probability(this ISpectralShape shape, double low, double high) =>
        high > low ? Math.Max(shape.Cdf(high) - shape.Cdf(low), 0) : 0;
}
