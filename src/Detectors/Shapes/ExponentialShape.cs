using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// Density proportional to exp(-x / <see cref="DecayLength"/>) on [min, max]; an infinite decay length is flat.
/// Borexino external gammas: the spectrum of gammas from 208Tl, 214Bi and 40K outside the fiducial volume,
/// degraded on their way in, falls roughly exponentially with energy above ~1 MeV; an exponential with a
/// configured decay length over the configured range is the approximation used here (the collaboration fits
/// Monte Carlo shapes; Borexino, PRD 100, 082004 (2019)).
/// </summary>
public sealed class ExponentialShape : ISpectralShape
{
    /// <summary>Creates the shape on [<paramref name="min"/>, <paramref name="max"/>] with decay length <paramref name="decayLength"/> (&gt; 0; +infinity = flat).</summary>
    /// <exception cref="DetectorInputException">An empty range or a non-positive decay length.</exception>
    public ExponentialShape(double min, double max, double decayLength = double.PositiveInfinity)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(max > min))
            throw new DetectorInputException($"exponential shape range [{min}, {max}] is empty or not finite");
        if (!(decayLength > 0))
            throw new DetectorInputException($"exponential shape decay length {decayLength} must be positive");
        (Min, Max, DecayLength) = (min, max, decayLength);
    }

    /// <summary>A flat shape on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static ExponentialShape Flat(double min, double max) => new(min, max);

    /// <summary>Decay length (same unit as x).</summary>
    public double DecayLength { get; }

    /// <inheritdoc />
    public double Min { get; }

    /// <inheritdoc />
    public double Max { get; }

    private bool IsFlat => double.IsPositiveInfinity(DecayLength) || (Max - Min) / DecayLength < 1e-9;

    /// <inheritdoc />
    public double Density(double x)
    {
        if (!(x >= Min && x <= Max))
            return 0;
        if (IsFlat)
            return 1 / (Max - Min);
        var span = (Max - Min) / DecayLength;
        return Math.Exp(-(x - Min) / DecayLength) / (DecayLength * -double.ExpM1(-span));
    }

    /// <inheritdoc />
    public double Cdf(double x)
    {
        if (x <= Min)
            return 0;
        if (x >= Max)
            return 1;
        if (IsFlat)
            return (x - Min) / (Max - Min);
        return double.ExpM1(-(x - Min) / DecayLength) / double.ExpM1(-(Max - Min) / DecayLength);
    }

    /// <inheritdoc />
    public double Quantile(double u)
    {
        u = Math.Clamp(u, 0, 1);
        if (IsFlat)
            return Min + u * (Max - Min);
        var x = Min - DecayLength * double.LogP1(u * double.ExpM1(-(Max - Min) / DecayLength));
        return Math.Clamp(x, Min, Max);
    }
}
