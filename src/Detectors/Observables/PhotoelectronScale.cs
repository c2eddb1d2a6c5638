using NuMMGen.Detectors.IO;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Observables;

/// <summary>
/// Photoelectrons: mean = light yield x E_ee. Pair with <see cref="Resolution.PoissonResolution"/> for
/// photostatistics. COHERENT CsI[Na]: 13.348 +- 0.019 PE/keVee (coherent_parameters.yaml, arXiv:1804.09459,
/// measured with the 59.54 keV 241Am line).
/// </summary>
public sealed class PhotoelectronScale : IObservableScale
{
    /// <summary>The COHERENT CsI[Na] 2017 light yield, 13.348 PE/keVee.</summary>
    public const double CoherentCsI2017 = 13.348;

    /// <summary>Creates the scale with light yield <paramref name="perKeVee"/> (PE per keVee, &gt; 0).</summary>
    /// <exception cref="DetectorInputException">A non-positive light yield.</exception>
    public PhotoelectronScale(double perKeVee)
    {
        if (!(perKeVee > 0 && double.IsFinite(perKeVee)))
            throw new DetectorInputException($"light yield {perKeVee} PE/keVee must be positive");
        LightYield = perKeVee;
    }

    /// <summary>Light yield in PE per keVee.</summary>
    public double LightYield { get; }

    /// <inheritdoc />
    public string Unit => "PE";

    /// <inheritdoc />
    public double Mean(double electronEquivalent) => LightYield * electronEquivalent / Units.KeV;

    /// <inheritdoc />
    public double ElectronEquivalent(double observed) => observed / LightYield * Units.KeV;
}
