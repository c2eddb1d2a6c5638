using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Model;

/// <summary>
/// One sampled interaction, in base units. Reweighting (exact, per event): under a hypothesis h with
/// effective couplings at the event's neutrino state (for flavour-universal couplings these are the
/// couplings themselves: mu_eff = mu; C_eff = C_T for electrons, or sum_q C_q (Z delta_q^p + N delta_q^n) for a
/// nucleus; C_S,eff = C_S, or Z C_p + N C_n),
/// dsigma_h/dT = <see cref="Sm"/> + mu_eff^2 <see cref="MagneticPerMu2"/> + |C_eff|^2 <see cref="TensorPerC2"/>
/// + |C_S,eff|^2 <see cref="ScalarPerC2"/>, and the event weight is dsigma_h/dT over the same sum at the
/// generation hypothesis. The mean weight times the generated expected count is the expected count under h.
/// </summary>
public struct InteractionEvent
{
    /// <summary>Index of the <see cref="EventChannel"/> the event belongs to.</summary>
    public int Channel;

    /// <summary>Flavour at interaction: sampled with probability P_alpha(E) dsigma_alpha/dT for the SM part,
    /// P_alpha(E) for the flavour-blind BSM parts.</summary>
    public Flavor Flavor;

    /// <summary>Neutrino energy in MeV.</summary>
    public double Enu;

    /// <summary>True recoil kinetic energy T in MeV.</summary>
    public double Recoil;

    /// <summary>
    /// Arrival time in s relative to the nominal proton time of the pulse (the centre of a Gaussian pulse, or the
    /// origin of a tabulated pulse shape), so it can be slightly negative; NaN for a steady source.
    /// </summary>
    public double Time;

    /// <summary>SM dsigma/dT at (E, T) for the event's state, cm^2/MeV per target.</summary>
    public double Sm;

    /// <summary>Magnetic dsigma/dT at (E, T) for mu_eff = 1 mu_B, cm^2/MeV per target.</summary>
    public double MagneticPerMu2;

    /// <summary>Tensor dsigma/dT at (E, T) for an effective coupling of 1 GeV^-2, cm^2/MeV per target.</summary>
    public double TensorPerC2;

    /// <summary>Scalar dsigma/dT at (E, T) for an effective coupling of 1 GeV^-2, cm^2/MeV per target.</summary>
    public double ScalarPerC2;
}
