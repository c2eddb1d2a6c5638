using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Random;

namespace NuMMGen.Detectors.Resolution;

/// <summary>
/// Photostatistics: the number of photoelectrons n is Poisson with the mean light; optionally each PE adds a
/// Gaussian charge spread of relative width <see cref="SinglePeWidth"/> (observed = n + sigma_1 sqrt(n) G, the
/// Gaussian approximation to the sum of n single-PE charges; zero PE stays zero). With width zero the observed
/// value is the integer count n. Folding sums the Poisson terms from mean - 10 sqrt(mean) - 10 to
/// mean + 10 sqrt(mean) + 10 (the omitted probability is below 1e-20).
/// </summary>
public sealed class PoissonResolution : IResolution
{
    /// <summary>Creates the model with single-PE relative charge width <paramref name="singlePeWidth"/> (&gt;= 0; 0 = counting).</summary>
    /// <exception cref="DetectorInputException">A negative width.</exception>
    public PoissonResolution(double singlePeWidth = 0)
    {
        if (!(singlePeWidth >= 0 && double.IsFinite(singlePeWidth)))
            throw new DetectorInputException($"single-PE width {singlePeWidth} must be finite and >= 0");
        SinglePeWidth = singlePeWidth;
    }

    /// <summary>Relative width of the single-PE charge (0: the observed value is the PE count).</summary>
    public double SinglePeWidth { get; }

    /// <inheritdoc />
    public string Description => SinglePeWidth > 0 ? $"Poisson PE x Gaussian single-PE width {SinglePeWidth}" : "Poisson PE";

    /// <inheritdoc />
    /// <remarks>sqrt(mean (1 + width^2)), at least 1 (the spacing of PE counts).</remarks>
    public double Width(double mean) => Math.Max(1, Math.Sqrt(Math.Max(mean, 0) * (1 + SinglePeWidth * SinglePeWidth)));

    /// <inheritdoc />
    public double Sample(double mean, IRandomSource random)
    {
        var n = random.Poisson(Math.Max(mean, 0));
        if (SinglePeWidth == 0 || n == 0)
            return n;
        return n + SinglePeWidth * Math.Sqrt(n) * random.Gaussian();
    }

    /// <inheritdoc />
    public void Fold(double mean, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into)
    {
        var mu = Math.Max(mean, 0);
        if (mu == 0)
        {
            KernelIntegrator.AddPoint(0, weight, efficiency, edges, into);
            return;
        }
        var spread = 10 * Math.Sqrt(mu) + 10;
        var nLow = (long)Math.Max(0, Math.Floor(mu - spread));
        var nHigh = (long)Math.Ceiling(mu + spread);
        var logMu = Math.Log(mu);
        for (var n = nLow; n <= nHigh; n++)
        {
            var p = Math.Exp(n * logMu - mu - MathNet.Numerics.SpecialFunctions.FactorialLn((int)n));
            if (SinglePeWidth == 0 || n == 0)
                KernelIntegrator.AddPoint(n, weight * p, efficiency, edges, into);
            else
                KernelIntegrator.AddGaussian(n, SinglePeWidth * Math.Sqrt(n), weight * p, efficiency, edges, into);
        }
    }
}
