using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// Wilson coefficients of one neutrino bilinear (one flavour pair p, r) at a renormalisation scale, in base
/// units: <see cref="Scale"/> in MeV, the dipole in MeV^-1, the flavour-diagonal tensors L_{ff} in MeV^-2
/// (use <see cref="FromPaperUnits"/> for seed 2's GeV^-1 and GeV^-2). Coefficients are real (CP conserved),
/// as seed 2 assumes (sec. 3).
/// </summary>
/// <param name="Bilinear">Which neutrino bilinear (LNC nu N or LNV nu, N).</param>
/// <param name="Scale">Renormalisation scale in MeV.</param>
/// <param name="Dipole">L_{i gamma} in MeV^-1.</param>
/// <param name="TensorUp">L^T_{i u, pruu} in MeV^-2.</param>
/// <param name="TensorDown">L^T_{i d, prdd} in MeV^-2.</param>
/// <param name="TensorStrange">L^T_{i d, prss} in MeV^-2.</param>
/// <param name="TensorElectron">L^T_{i e, pree} in MeV^-2.</param>
public sealed record LnEftCoefficients(
    NeutrinoBilinear Bilinear,
    double Scale,
    double Dipole = 0,
    double TensorUp = 0,
    double TensorDown = 0,
    double TensorStrange = 0,
    double TensorElectron = 0)
{
    /// <summary>The fermions with a tensor coefficient here: u, d, s, e.</summary>
    public static IReadOnlyList<ChargedFermion> TensorFermions { get; } =
        [ChargedFermion.Up, ChargedFermion.Down, ChargedFermion.Strange, ChargedFermion.Electron];

    /// <summary>Builds coefficients from seed 2's units: scale in GeV, dipole in GeV^-1, tensors in GeV^-2.</summary>
    public static LnEftCoefficients FromPaperUnits(NeutrinoBilinear bilinear, double scaleGeV, double dipolePerGeV = 0,
        double upPerGeV2 = 0, double downPerGeV2 = 0, double strangePerGeV2 = 0, double electronPerGeV2 = 0) =>
        new(bilinear, scaleGeV * Units.Units.GeV, dipolePerGeV / Units.Units.GeV,
            Couplings.FromGeV(upPerGeV2), Couplings.FromGeV(downPerGeV2), Couplings.FromGeV(strangePerGeV2), Couplings.FromGeV(electronPerGeV2));

    /// <summary>The tensor coefficient of fermion <paramref name="f"/> (0 for mu and tau), MeV^-2.</summary>
    public double Tensor(ChargedFermion f) => f switch
    {
        ChargedFermion.Up => TensorUp,
        ChargedFermion.Down => TensorDown,
        ChargedFermion.Strange => TensorStrange,
        ChargedFermion.Electron => TensorElectron,
        _ => 0.0,
    };

    /// <summary>
    /// Seed 2 eq. (3.10): the factor k in mu_nu = k |L_gamma|: 2 for the Dirac (nu N) dipole, 4 for the
    /// Majorana transition (nu) dipole; 4 for N by the same counting (not in seed 2).
    /// </summary>
    public static double MomentFactor(NeutrinoBilinear bilinear) => bilinear == NeutrinoBilinear.NuN ? 2.0 : 4.0;

    /// <summary>
    /// Seed 2 eqs. (3.13)-(3.14): the factor by which the LNV coefficients enter CEvNS relative to the LNC ones
    /// (2 sqrt2/G_F against sqrt2/G_F for the tensor, 4/G_F against 2/G_F for the dipole): 1 for nu N, 2 otherwise.
    /// </summary>
    public static double CouplingFactor(NeutrinoBilinear bilinear) => bilinear == NeutrinoBilinear.NuN ? 1.0 : 2.0;

    /// <summary>
    /// The effective magnetic moment in Bohr magnetons implied by the dipole, |k L_gamma| / mu_B (eq. 3.10,
    /// mu_B = e/2m_e). Use the dipole at the experiment scale (see <see cref="QedRunning.ExperimentToReference"/>).
    /// </summary>
    public double MomentInBohrMagnetons() => MomentFactor(Bilinear) * Math.Abs(Dipole) / PhysicalConstants.BohrMagneton;

    /// <summary>
    /// The couplings the cross sections use (<see cref="Couplings"/>): MuEff from eq. (3.10); the tensor couplings
    /// (one right-handed flavour, seed 2's L^{T,RR} for nu N) times <see cref="CouplingFactor"/> (eqs. 3.13-3.14),
    /// so that a cross section built from them equals seed 2's xi_T for one flavour pair.
    /// </summary>
    public Couplings ToCouplings()
    {
        var k = CouplingFactor(Bilinear);
        return new Couplings(
            MuEff: MomentInBohrMagnetons(),
            TensorE: k * TensorElectron,
            TensorU: k * TensorUp,
            TensorD: k * TensorDown,
            TensorS: k * TensorStrange);
    }
}
