using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// Upper bounds g(T) = Flat + OverT/T of the free-electron nu-e parts on a window [a, b] inside (0, T_max], in natural
/// units (MeV^-3 and MeV^-2; the caller multiplies by (hbar c)^2). Why each bound holds:
/// <list type="bullet">
/// <item>SM tree level (Vogel and Engel 1989, eq. 2): the bracket g_L^2 + g_R^2 (1 - T/E)^2 - g_L g_R m_e T/E^2 is a
/// quadratic in T with leading coefficient g_R^2/E^2 &gt;= 0, hence convex, so its maximum on [a, b] is at an end point.</item>
/// <item>SM with the BKS corrections (PRD 51, 6146 (1995)): not a polynomial; the maximum over
/// <see cref="BksGridPoints"/> equally spaced points (end points included) times <see cref="BksMargin"/>. Not a proof:
/// the corrections are ~1-2 % and smooth on that grid scale; the samplers check every draw against the bound.</item>
/// <item>Magnetic (seed 2 eq. 3.4): (1/T - 1/E) &lt;= 1/T, so OverT = pi alpha^2/m_e^2 mu^2.</item>
/// <item>Tensor (physics.md 2.3): (2 - T/E)^2 - m_e T/E^2 has derivative -2(2 - T/E)/E - m_e/E^2 &lt; 0 for T &lt; 2E
/// (always, as T_max &lt; E), so it is largest at T = a (and &lt;= 4).</item>
/// <item>Scalar (physics.md 2.3): T (T + m_e) increases with T, so it is largest at T = b.</item>
/// </list>
/// </summary>
internal static class FreeElectronEnvelope
{
    /// <summary>Grid points for the BKS maximum.</summary>
    public const int BksGridPoints = 33;

    /// <summary>Safety factor on the BKS grid maximum.</summary>
    public const double BksMargin = 1.03;

    /// <summary>The four bounds in natural units for the window [a, b] (0 &lt;= a &lt; b &lt;= T_max).</summary>
    public static XsecEnvelope Natural(ElectronScatteringOptions options, Flavor flavor, double enu, in Couplings c, double a, double b)
    {
        double sm;
        if (options.RadiativeCorrections)
        {
            sm = 0.0;
            for (var i = 0; i < BksGridPoints; i++)
            {
                var t = i == BksGridPoints - 1 ? b : a + (b - a) * i / (BksGridPoints - 1);
                sm = Math.Max(sm, BksRadiativeCorrections.Differential(flavor, enu, Math.Max(t, 1e-12 * b)));
            }
            sm *= BksMargin;
        }
        else
        {
            var g = WeakCouplings.TreeLevel(flavor, options.Sin2ThetaW);
            sm = Math.Max(FreeElectronKernels.Sm(g, enu, a), FreeElectronKernels.Sm(g, enu, b));
        }
        var magnetic = FreeElectronKernels.MagneticPole(c.MuEff);
        return new XsecEnvelope(
            new PartEnvelope(sm, 0.0),
            new PartEnvelope(0.0, magnetic),
            new PartEnvelope(FreeElectronKernels.Tensor(c.TensorE, enu, a), 0.0),
            new PartEnvelope(FreeElectronKernels.Scalar(c.ScalarE, enu, b), 0.0));
    }
}
