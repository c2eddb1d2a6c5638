using NuMMGen.Physics.Targets.Atomic;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// Cross sections for neutrino-electron elastic scattering (docs physics.md 2.1-2.4), split into Standard
/// Model, magnetic-moment, tensor and scalar parts (<see cref="XsecComponents"/>):
/// <list type="bullet">
/// <item>SM: Vogel and Engel, PRD 39, 3378 (1989), eq. (2) (= seed 2 eq. 3.6 with g_+ = 2 g_L, g_- = 2 g_R);
/// optionally with the radiative corrections of Bahcall, Kamionkowski and Sirlin, PRD 51, 6146 (1995).</item>
/// <item>Magnetic: seed 2 (Chen, Zheng, Zhang) eq. (3.4), (pi alpha^2/m_e^2)(mu_eff/mu_B)^2 (1/T - 1/E),
/// the same for every flavour and for antineutrinos (<see cref="Couplings.MuEff"/>).</item>
/// <item>Tensor <see cref="Couplings.TensorE"/>: (|C_T|^2 m_e/pi)[(2 - T/E)^2 - m_e T/E^2]; scalar
/// <see cref="Couplings.ScalarE"/>: |C_S|^2 m_e T (T + m_e)/(16 pi E^2) (physics.md 2.3, derived by explicit
/// Dirac traces in the tests); the same for neutrinos and antineutrinos.</item>
/// </list>
/// Energies in MeV, dsigma/dT in cm^2/MeV, totals in cm^2; a neutrino energy that is not positive and
/// finite throws <see cref="ArgumentOutOfRangeException"/>; recoils outside (0, T_max] give zero.
/// </summary>
public static class ElectronTargets
{
    /// <summary>
    /// Cross section per free electron at rest (target name <c>e</c>), T_max = 2E^2/(m_e + 2E). Totals are
    /// closed-form integrals (numerical, about 1e-9 relative, for the radiatively corrected SM part); the
    /// magnetic total is +infinity when tMin is zero and mu_eff is not.
    /// </summary>
    /// <param name="options">Weak mixing angle and radiative-correction switch.</param>
    /// <exception cref="ArgumentOutOfRangeException">sin^2 theta_W outside (0, 1).</exception>
    public static IRecoilCrossSection Free(ElectronScatteringOptions options) => new FreeElectronCrossSection(options);

    /// <summary>
    /// Cross section per ATOM of <paramref name="element"/> (symbol, case-insensitive, e.g. <c>Ge</c>, <c>xe</c>)
    /// in the stepping approximation, dsigma/dT = [sum_i n_i Theta(T - B_i)] dsigma_free/dT (physics.md 2.4),
    /// with the shell tables of Data/shells (X-ray Data Booklet Table 1-1). T_max is the free-electron value.
    /// Totals are piecewise sums of free-electron integrals between binding energies, so the magnetic total
    /// stays finite at tMin = 0.
    /// </summary>
    /// <param name="element">Element symbol; see <see cref="BoundElements"/>.</param>
    /// <param name="options">Weak mixing angle and radiative-correction switch.</param>
    /// <param name="crossSection">The cross section, or null when the element has no shell table.</param>
    /// <returns>True when the element has a shell table.</returns>
    /// <exception cref="ArgumentOutOfRangeException">sin^2 theta_W outside (0, 1).</exception>
    public static bool TryBound(string element, ElectronScatteringOptions options, out IRecoilCrossSection crossSection)
    {
        var free = new FreeElectronCrossSection(options);
        if (element is not null && ShellTable.TryGet(element, out var table))
        {
            crossSection = new BoundElectronCrossSection(table, free);
            return true;
        }
        crossSection = null!;
        return false;
    }

    /// <summary>Element symbols with shell tables (H, C, O, Na, Ar, Ge, I, Xe, Cs).</summary>
    public static IReadOnlyList<string> BoundElements => ShellTable.Elements;
}
