using NuMMGen.Detectors.IO;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Energy-independent quenching of nuclear recoils, E_ee = QF x T; electron recoils unchanged.
/// COHERENT CsI[Na] 2017: QF = 0.0878 +- 0.0166 (coherent_parameters.yaml of the data release,
/// arXiv:1804.09459; weighted average of the measurements between 5 and 30 keVnr).
/// </summary>
public sealed class ConstantQuenching : IQuenching
{
    /// <summary>The COHERENT CsI[Na] 2017 value, 0.0878 (uncertainty 0.0166 is carried by the fitter).</summary>
    public const double CoherentCsI2017 = 0.0878;

    /// <summary>Creates the model with quenching factor <paramref name="factor"/> in (0, 1].</summary>
    /// <exception cref="DetectorInputException">The factor is outside (0, 1].</exception>
    public ConstantQuenching(double factor)
    {
        if (!(factor > 0 && factor <= 1))
            throw new DetectorInputException($"quenching factor {factor} must be in (0, 1]");
        Factor = factor;
    }

    /// <summary>The quenching factor E_ee / T for nuclear recoils.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public string Description => $"constant QF {Factor}";

    /// <inheritdoc />
    public double ElectronEquivalent(double recoil, RecoilKind kind) =>
        kind == RecoilKind.Nuclear ? Factor * Math.Max(recoil, 0) : Math.Max(recoil, 0);
}
