using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// A background with a constant rate per unit target mass and live time and a given shape in the observable:
/// expected total = rate x mass x live time. Covers a flat germanium background in counts/(kg keV day) and any
/// user shape read from a file.
/// </summary>
public sealed class ShapedBackground : IBackgroundComponent
{
    /// <summary>
    /// Creates the component: <paramref name="rate"/> recorded events per kg per second (&gt;= 0) over the whole
    /// <paramref name="shape"/> (in <paramref name="observedUnit"/>).
    /// </summary>
    /// <exception cref="DetectorInputException">A negative or non-finite rate or uncertainty.</exception>
    public ShapedBackground(string name, string observedUnit, ISpectralShape shape, double rate, ArrivalTimePdf? arrivalTime = null, double normalisationUncertainty = 0)
    {
        if (!(rate >= 0 && double.IsFinite(rate)))
            throw new DetectorInputException($"background '{name}': rate {rate} must be finite and >= 0");
        if (!(normalisationUncertainty >= 0 && double.IsFinite(normalisationUncertainty)))
            throw new DetectorInputException($"background '{name}': normalisation uncertainty {normalisationUncertainty} must be >= 0");
        (Name, ObservedUnit, Shape, Rate, ArrivalTime, NormalisationUncertainty) = (name, observedUnit, shape, rate, arrivalTime, normalisationUncertainty);
    }

    /// <summary>
    /// A flat background of <paramref name="countsPerKgKeVDay"/> counts/(kg keVee day) between <paramref name="lowKeV"/>
    /// and <paramref name="highKeV"/> keVee (germanium detectors: e.g. TEXONO ~1 count/(kg keV day) near threshold).
    /// </summary>
    public static ShapedBackground Flat(string name, double countsPerKgKeVDay, double lowKeV, double highKeV)
    {
        if (!(countsPerKgKeVDay >= 0 && double.IsFinite(countsPerKgKeVDay)))
            throw new DetectorInputException($"background '{name}': {countsPerKgKeVDay} counts/(kg keV day) must be finite and >= 0");
        var shape = ExponentialShape.Flat(lowKeV, highKeV);
        return new ShapedBackground(name, "keVee", shape, countsPerKgKeVDay * (highKeV - lowKeV) / (Units.Kg * Units.Day));
    }

    /// <summary>A user shape from a file (columns: observed value, density) with total rate <paramref name="rate"/> per kg per second.</summary>
    public static ShapedBackground FromFile(string name, string observedUnit, string path, double rate) =>
        new(name, observedUnit, PiecewiseLinearShape.FromFile(path), rate);

    /// <summary>Recorded events per kg per second over the whole shape.</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string ObservedUnit { get; }

    /// <inheritdoc />
    public ISpectralShape Shape { get; }

    /// <inheritdoc />
    public ArrivalTimePdf? ArrivalTime { get; }

    /// <inheritdoc />
    public double NormalisationUncertainty { get; }

    /// <inheritdoc />
    public double ExpectedTotal(in Exposure exposure) => Rate * exposure.MassTime;
}
