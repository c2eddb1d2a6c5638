using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// Beyond-SM couplings with their flavour structure, for a <see cref="StateCrossSection"/>. The magnetic
/// moment (Bohr magnetons) and the electron tensor and scalar couplings (MeV^-2, see <see cref="Couplings"/>)
/// are 3x3 matrices in flavour or mass basis; the state turns them into effective values
/// mu_eff^2 = Tr(rho mu^dagger mu), |C|^2_eff = Tr(rho C^dagger C) (seed 2 eq. 3.5; seed 1 eqs. 23-25).
/// In this version the quark tensor couplings and the nucleon scalar couplings are flavour universal
/// (the same for every neutrino flavour and diagonal), so they enter unchanged.
/// </summary>
/// <param name="MagneticMoment">Moment matrix in Bohr magnetons (null: none).</param>
/// <param name="TensorE">Electron tensor coupling matrix C_T in MeV^-2 (null: none).</param>
/// <param name="ScalarE">Electron scalar coupling matrix C_S in MeV^-2 (null: none).</param>
/// <param name="TensorU">Universal up-quark tensor coupling, MeV^-2.</param>
/// <param name="TensorD">Universal down-quark tensor coupling, MeV^-2.</param>
/// <param name="TensorS">Universal strange-quark tensor coupling, MeV^-2.</param>
/// <param name="ScalarP">Universal proton scalar coupling, MeV^-2.</param>
/// <param name="ScalarN">Universal neutron scalar coupling, MeV^-2.</param>
public sealed record StateCouplings(
    CouplingMatrix? MagneticMoment = null,
    CouplingMatrix? TensorE = null,
    CouplingMatrix? ScalarE = null,
    double TensorU = 0,
    double TensorD = 0,
    double TensorS = 0,
    double ScalarP = 0,
    double ScalarN = 0)
{
    /// <summary>The Standard Model (no BSM coupling).</summary>
    public static StateCouplings StandardModel { get; } = new();
}
