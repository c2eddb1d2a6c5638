namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// Chiral couplings of the effective nu-e interaction,
/// (G_F/sqrt2) [nubar gamma^mu (1 - gamma5) nu][ebar gamma_mu (2 g_L P_L + 2 g_R P_R) e],
/// with the charged-current (W exchange) part Fierz-rearranged into g_L for nu_e.
/// </summary>
internal readonly record struct WeakCouplings(double Left, double Right)
{
    /// <summary>
    /// Tree level (Vogel and Engel, PRD 39, 3378 (1989); physics.md 2.1): nu_e g_L = 1/2 + s_W^2,
    /// nu_mu,tau g_L = -1/2 + s_W^2, g_R = s_W^2; antineutrinos swap g_L and g_R.
    /// </summary>
    public static WeakCouplings TreeLevel(Flavor flavor, double sin2ThetaW)
    {
        var left = flavor.Generation() == 0 ? 0.5 + sin2ThetaW : -0.5 + sin2ThetaW;
        var couplings = new WeakCouplings(left, sin2ThetaW);
        return flavor.IsAntineutrino() ? couplings.Swapped() : couplings;
    }

    /// <summary>g_L and g_R exchanged (neutrino to antineutrino).</summary>
    public WeakCouplings Swapped() => new(Right, Left);
}
