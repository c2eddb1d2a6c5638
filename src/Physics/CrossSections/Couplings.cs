using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// Beyond-SM couplings for one neutrino state. All four-fermion couplings are stored in the base unit
/// MeV^-2 (construct them with <see cref="FromGeV"/> when they are given in GeV^-2).
/// <list type="bullet">
/// <item><see cref="MuEff"/>: effective magnetic moment in Bohr magnetons (magnitude, >= 0).</item>
/// <item><see cref="TensorE"/>: C_T of (nubar_N sigma^{mu nu} P_L nu)(ebar sigma_{mu nu} P_L e) + h.c.
/// (physics.md 2.3), equal to seed 2's L^{T,RR}_{nu N e} for one right-handed flavour.</item>
/// <item><see cref="TensorU"/>, <see cref="TensorD"/>, <see cref="TensorS"/>: the same structure with
/// quarks, seed 2's L^{T,RR}_{nu N q} (eq. 3.13, i = nu N).</item>
/// <item><see cref="ScalarE"/>: C_S of (nubar_N P_L nu)(ebar P_L e) + h.c. (physics.md 2.3).</item>
/// <item><see cref="ScalarP"/>, <see cref="ScalarN"/>: C_S of (nubar_N P_L nu)(Nbar N) for protons and
/// neutrons, acting coherently in CEvNS.</item>
/// </list>
/// </summary>
public readonly record struct Couplings(
    double MuEff = 0,
    double TensorE = 0,
    double TensorU = 0,
    double TensorD = 0,
    double TensorS = 0,
    double ScalarE = 0,
    double ScalarP = 0,
    double ScalarN = 0)
{
    /// <summary>The Standard Model: every BSM coupling zero.</summary>
    public static Couplings StandardModel => default;

    /// <summary>Converts a four-fermion coupling given in GeV^-2 to the base unit MeV^-2.</summary>
    public static double FromGeV(double couplingPerGeV2) => couplingPerGeV2 / (Units.Units.GeV * Units.Units.GeV);

    /// <summary>Converts a four-fermion coupling in MeV^-2 to GeV^-2 for output.</summary>
    public static double ToGeV(double couplingPerMeV2) => couplingPerMeV2 * (Units.Units.GeV * Units.Units.GeV);
}
