using MathNet.Numerics.Distributions;
using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// A Gaussian peak N(mean, sigma) truncated to [min, max] (default mean +- 6 sigma, clipped at zero) and
/// renormalised. Borexino 210Po: the 5.30 MeV alpha is quenched in the scintillator to a peak at roughly
/// 0.4-0.5 MeV electron-equivalent; mean and width are configuration (the collaboration fits them).
/// </summary>
public sealed class GaussianShape : ISpectralShape
{
    private readonly double _cdfMin;
    private readonly double _cdfSpan;

    /// <summary>Creates the peak; <paramref name="sigma"/> &gt; 0, optional truncation range.</summary>
    /// <exception cref="DetectorInputException">A non-positive sigma or an empty range.</exception>
    public GaussianShape(double mean, double sigma, double? min = null, double? max = null)
    {
        if (!(sigma > 0 && double.IsFinite(sigma)) || !double.IsFinite(mean))
            throw new DetectorInputException($"Gaussian shape sigma = {sigma} must be positive and mean = {mean} finite");
        Mean = mean;
        Sigma = sigma;
        Min = min ?? Math.Max(mean - 6 * sigma, Math.Min(0, mean - sigma));
        Max = max ?? mean + 6 * sigma;
        if (!(Max > Min))
            throw new DetectorInputException($"Gaussian shape range [{Min}, {Max}] is empty");
        _cdfMin = Normal.CDF(mean, sigma, Min);
        _cdfSpan = Normal.CDF(mean, sigma, Max) - _cdfMin;
        if (!(_cdfSpan > 0))
            throw new DetectorInputException($"Gaussian shape range [{Min}, {Max}] holds no probability");
    }

    /// <summary>Mean of the untruncated Gaussian.</summary>
    public double Mean { get; }

    /// <summary>Width of the untruncated Gaussian.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public double Min { get; }

    /// <inheritdoc />
    public double Max { get; }

    /// <inheritdoc />
    public double Density(double x) => x >= Min && x <= Max ? Normal.PDF(Mean, Sigma, x) / _cdfSpan : 0;

    /// <inheritdoc />
    public double Cdf(double x) => x <= Min ? 0 : x >= Max ? 1 : (Normal.CDF(Mean, Sigma, x) - _cdfMin) / _cdfSpan;

    /// <inheritdoc />
    public double Quantile(double u) => Math.Clamp(Normal.InvCDF(Mean, Sigma, _cdfMin + Math.Clamp(u, 0, 1) * _cdfSpan), Min, Max);
}
