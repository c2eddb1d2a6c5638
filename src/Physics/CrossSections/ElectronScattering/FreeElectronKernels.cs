using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// Tree-level nu-e elastic kernels on an electron at rest, in natural units: energies in MeV, dsigma/dT in
/// MeV^-3, integrals in MeV^-2 (multiply by (hbar c)^2 for cm^2). E is the neutrino energy, T the electron
/// recoil kinetic energy. Every integrand is a polynomial in T (or 1/T), so the integrals are closed forms,
/// written as (b - a) times a symmetric mean to avoid cancellation on narrow intervals.
/// </summary>
internal static class FreeElectronKernels
{
    /// <summary>T_max = 2 E^2 / (m_e + 2 E) (two-body kinematics, physics.md 2.1).</summary>
    public static double MaxRecoil(double enu) => 2.0 * enu * enu / (ElectronMass + 2.0 * enu);

    /// <summary>
    /// Standard Model, Vogel and Engel PRD 39, 3378 (1989) eq. (2) / seed 2 eq. (3.6):
    /// (2 G_F^2 m_e / pi) [g_L^2 + g_R^2 (1 - T/E)^2 - g_L g_R m_e T / E^2].
    /// </summary>
    public static double Sm(WeakCouplings g, double enu, double t)
    {
        var y = 1.0 - t / enu;
        return SmPrefactor * (g.Left * g.Left + g.Right * g.Right * y * y - g.Left * g.Right * ElectronMass * t / (enu * enu));
    }

    /// <summary>Integral of <see cref="Sm"/> over T in [a, b].</summary>
    public static double SmIntegral(WeakCouplings g, double enu, double a, double b)
    {
        // g_L^2 + g_R^2 (1 - 2T/E + T^2/E^2) - g_L g_R m_e T/E^2 = c0 + c1 T + c2 T^2
        var c0 = g.Left * g.Left + g.Right * g.Right;
        var c1 = -2.0 * g.Right * g.Right / enu - g.Left * g.Right * ElectronMass / (enu * enu);
        var c2 = g.Right * g.Right / (enu * enu);
        return SmPrefactor * Polynomial(c0, c1, c2, a, b);
    }

    /// <summary>
    /// Magnetic moment, seed 2 eq. (3.4) with mu = mu_eff mu_B, mu_B = e/(2 m_e):
    /// (pi alpha^2 / m_e^2) (mu_eff/mu_B)^2 (1/T - 1/E).
    /// </summary>
    public static double Magnetic(double muEff, double enu, double t) =>
        MagneticPrefactor * muEff * muEff * (1.0 / t - 1.0 / enu);

    /// <summary>Coefficient of 1/T in <see cref="Magnetic"/>: (pi alpha^2 / m_e^2) (mu_eff/mu_B)^2, MeV^-2.</summary>
    public static double MagneticPole(double muEff) => MagneticPrefactor * muEff * muEff;

    /// <summary>Integral of <see cref="Magnetic"/> over [a, b]: ln(b/a) - (b - a)/E; +infinity for a = 0 and mu != 0.</summary>
    public static double MagneticIntegral(double muEff, double enu, double a, double b)
    {
        if (muEff == 0.0)
        {
            return 0.0;
        }
        if (a <= 0.0)
        {
            return double.PositiveInfinity;
        }
        var width = b - a;
        return MagneticPrefactor * muEff * muEff * (NumericMath.Log1P(width / a) - width / enu);
    }

    /// <summary>
    /// Tensor C_T (nubar_N sigma^{mu nu} P_L nu)(ebar sigma_{mu nu} P_L e) + h.c. (physics.md 2.3):
    /// (|C_T|^2 m_e / pi) [(2 - T/E)^2 - m_e T / E^2], the same for neutrinos and antineutrinos.
    /// </summary>
    public static double Tensor(double c, double enu, double t)
    {
        var y = 2.0 - t / enu;
        return c * c * ElectronMass / Math.PI * (y * y - ElectronMass * t / (enu * enu));
    }

    /// <summary>Integral of <see cref="Tensor"/> over [a, b].</summary>
    public static double TensorIntegral(double c, double enu, double a, double b)
    {
        // (2 - T/E)^2 - m_e T/E^2 = 4 - (4/E + m_e/E^2) T + T^2/E^2
        var c1 = -(4.0 / enu + ElectronMass / (enu * enu));
        return c * c * ElectronMass / Math.PI * Polynomial(4.0, c1, 1.0 / (enu * enu), a, b);
    }

    /// <summary>
    /// Scalar C_S (nubar_N P_L nu)(ebar P_L e) + h.c. (physics.md 2.3): |C_S|^2 m_e T (T + m_e) / (16 pi E^2).
    /// </summary>
    public static double Scalar(double c, double enu, double t) =>
        c * c * ElectronMass * t * (t + ElectronMass) / (16.0 * Math.PI * enu * enu);

    /// <summary>Integral of <see cref="Scalar"/> over [a, b].</summary>
    public static double ScalarIntegral(double c, double enu, double a, double b) =>
        c * c * ElectronMass / (16.0 * Math.PI * enu * enu) * Polynomial(0.0, ElectronMass, 1.0, a, b);

    /// <summary>2 G_F^2 m_e / pi, MeV^-3.</summary>
    internal static readonly double SmPrefactor = 2.0 * FermiConstant * FermiConstant * ElectronMass / Math.PI;

    /// <summary>pi alpha^2 / m_e^2 = pi r_e^2, MeV^-2.</summary>
    private static readonly double MagneticPrefactor = Math.PI * FineStructure * FineStructure / (ElectronMass * ElectronMass);

    /// <summary>Integral over [a, b] of c0 + c1 T + c2 T^2.</summary>
    private static double Polynomial(double c0, double c1, double c2, double a, double b) =>
        (b - a) * (c0 + c1 * 0.5 * (a + b) + c2 * (a * a + a * b + b * b) / 3.0);
}
