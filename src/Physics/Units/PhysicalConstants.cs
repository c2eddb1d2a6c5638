namespace NuMMGen.Physics.Units;

/// <summary>
/// Physical constants in the base unit system (<see cref="Units"/>), from PDG 2024 / CODATA 2018 as listed
/// in docs physics.md section 1. Natural units (hbar = c = 1) are used inside physics kernels only; the
/// conversion from MeV^-2 to cm^2 goes through <see cref="HbarC2"/>.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Fermi constant G_F = 1.1663788e-5 GeV^-2, in MeV^-2.</summary>
    public const double FermiConstant = 1.1663788e-5 / (Units.GeV * Units.GeV);

    /// <summary>Electron mass m_e = 0.51099895 MeV.</summary>
    public const double ElectronMass = 0.51099895 * Units.MeV;

    /// <summary>Fine-structure constant alpha = 1/137.035999.</summary>
    public const double FineStructure = 1.0 / 137.035999;

    /// <summary>Muon mass m_mu = 105.6583755 MeV.</summary>
    public const double MuonMass = 105.6583755 * Units.MeV;

    /// <summary>Charged-pion mass m_pi+ = 139.57039 MeV.</summary>
    public const double ChargedPionMass = 139.57039 * Units.MeV;

    /// <summary>Proton mass m_p = 938.27208816 MeV (CODATA 2018).</summary>
    public const double ProtonMass = 938.27208816 * Units.MeV;

    /// <summary>Atomic mass unit, 931.49410242 MeV.</summary>
    public const double AtomicMassUnit = 931.49410242 * Units.MeV;

    /// <summary>Avogadro constant, 6.02214076e23 per mol.</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>hbar c = 197.3269804 MeV fm, in MeV cm.</summary>
    public const double HbarC = 197.3269804 * Units.MeV * Units.Fm;

    /// <summary>(hbar c)^2 in MeV^2 cm^2: multiplies a cross section in MeV^-2 to give cm^2.</summary>
    public const double HbarC2 = HbarC * HbarC;

    /// <summary>Elementary charge in natural (Heaviside-Lorentz) units, e = sqrt(4 pi alpha).</summary>
    public static readonly double ElementaryCharge = Math.Sqrt(4.0 * Math.PI * FineStructure);

    /// <summary>Bohr magneton mu_B = e / (2 m_e), in MeV^-1 (natural units).</summary>
    public static readonly double BohrMagneton = ElementaryCharge / (2.0 * ElectronMass);

    /// <summary>
    /// Default weak mixing angle sin^2 theta_W = 0.23857 (low-energy MS-bar value used by seed 2,
    /// Chen, Zheng, Zhang, below eq. 3.7). Overridable wherever a cross section is built.
    /// </summary>
    public const double DefaultSin2ThetaW = 0.23857;
}
