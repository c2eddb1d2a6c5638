namespace NuMMGen.Detectors.Shapes;

/// <summary>A shape moved by a constant offset: X' = X + offset (e.g. a positron spectrum plus its annihilation energy).</summary>
public sealed class ShiftedShape : ISpectralShape
{
    /// <summary>Creates the shifted shape.</summary>
    public ShiftedShape(ISpectralShape inner, double offset)
    {
        Inner = inner;
        Offset = offset;
    }

    /// <summary>The unshifted shape.</summary>
    public ISpectralShape Inner { get; }

    /// <summary>The offset added to every value.</summary>
    public double Offset { get; }

    /// <inheritdoc />
    public double Min => Inner.Min + Offset;

    /// <inheritdoc />
    public double Max => Inner.Max + Offset;

    /// <inheritdoc />
    public double Density(double x) => Inner.Density(x - Offset);

    /// <inheritdoc />
    public double Cdf(double x) => Inner.Cdf(x - Offset);

    /// <inheritdoc />
    public double Quantile(double u) => Inner.Quantile(u) + Offset;
}
