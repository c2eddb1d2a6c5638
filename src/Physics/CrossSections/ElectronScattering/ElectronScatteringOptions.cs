using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// Settings of the neutrino-electron cross sections.
/// </summary>
/// <param name="Sin2ThetaW">
/// Weak mixing angle sin^2 theta_W used in the tree-level couplings g_L, g_R (Vogel and Engel, PRD 39, 3378
/// (1989)); default 0.23857, the low-energy value of seed 2 (Chen, Zheng, Zhang, below eq. 3.7). Range (0, 1).
/// Not used when <paramref name="RadiativeCorrections"/> is on: the corrected couplings are built from the
/// MS-bar value at M_Z that the Bahcall-Kamionkowski-Sirlin constants belong to
/// (<see cref="BksRadiativeCorrections.Sin2ThetaWMz"/>).
/// </param>
/// <param name="RadiativeCorrections">
/// When true, the Standard-Model part includes the one-loop electroweak and QED corrections of Bahcall,
/// Kamionkowski and Sirlin, PRD 51, 6146 (1995) (see <see cref="BksRadiativeCorrections"/>). The magnetic,
/// tensor and scalar parts stay at tree level. Off by default.
/// </param>
public sealed record ElectronScatteringOptions(
    double Sin2ThetaW = PhysicalConstants.DefaultSin2ThetaW,
    bool RadiativeCorrections = false)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless sin^2 theta_W lies in (0, 1).</summary>
    internal void Validate()
    {
        if (!(Sin2ThetaW > 0 && Sin2ThetaW < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Sin2ThetaW), Sin2ThetaW, "sin^2 theta_W must lie strictly between 0 and 1.");
        }
    }
}
