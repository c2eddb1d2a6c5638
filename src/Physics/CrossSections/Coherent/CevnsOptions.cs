using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>Nuclear form factor used for every CEvNS component (proton and neutron form factors taken equal, as in seed 2 footnote 2).</summary>
public enum FormFactorModel
{
    /// <summary>Helm form factor with the Lewin and Smith parameters (Astropart. Phys. 6, 87 (1996)); the default.</summary>
    Helm,
    /// <summary>Klein and Nystrand form factor (Phys. Rev. C 60, 014903 (1999)): hard sphere folded with a Yukawa potential.</summary>
    KleinNystrand,
    /// <summary>F = 1: the fully coherent (point-nucleus) limit.</summary>
    None,
}

/// <summary>Options of the CEvNS cross sections.</summary>
/// <param name="Sin2ThetaW">Weak mixing angle sin^2 theta_W in the weak charge Q_W = N - (1 - 4 sin^2 theta_W) Z; default 0.23857 (seed 2).</param>
/// <param name="FormFactor">Nuclear form factor model; default Helm.</param>
public sealed record CevnsOptions(
    double Sin2ThetaW = PhysicalConstants.DefaultSin2ThetaW,
    FormFactorModel FormFactor = FormFactorModel.Helm);
