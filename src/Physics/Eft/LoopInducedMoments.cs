using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>The form of the four-fermion interaction whose loop induces the moment (seed 1, Xu).</summary>
public enum LoopForm
{
    /// <summary>Scalar G_X (nubar nu)(psibar psi): eq. (10).</summary>
    Scalar,
    /// <summary>Tensor G_X (nubar sigma nu)(psibar sigma psi): eq. (11).</summary>
    Tensor,
    /// <summary>The charged-scalar UV completion, eqs. (17)-(22), with G_X = y_c y_s/(8 m_phi^2).</summary>
    UvCompletion,
}

/// <summary>
/// Neutrino magnetic moments induced at one loop by chirality-flipping scalar and tensor interactions with a charged
/// fermion psi (seed 1, X.-J. Xu, PRD 99, 075003 (2019)), in base units: G_X in MeV^-2, masses in MeV, moments in
/// MeV^-1 (divide by <see cref="PhysicalConstants.BohrMagneton"/> for mu_B). Magnitudes are returned (G_X &gt; 0).
/// Quarks: the photon couples with e |Q_q| and N_C = 3 colours run in the loop, so the lepton formulas are
/// multiplied by N_C |Q_q| (2 for u, 1 for d and s), with MS-bar masses at 2 GeV.
/// </summary>
public static class LoopInducedMoments
{
    /// <summary>Eq. (10): mu = e G_X m_psi/(8 pi^2) (scalar).</summary>
    public static double Scalar(double gx, ChargedFermion f, StandardModelInputs? inputs = null) =>
        Prefactor(f, inputs) * gx / (8.0 * Math.PI * Math.PI);

    /// <summary>Eq. (11): mu = e G_X m_psi/(2 pi^2) |1 + ln(m_psi^2 G_X)| (tensor; UV cut off at m^2 ~ 1/G_X, footnote 7).</summary>
    public static double Tensor(double gx, ChargedFermion f, StandardModelInputs? inputs = null)
    {
        var m = Mass(f, inputs);
        return Prefactor(f, inputs) * gx / (2.0 * Math.PI * Math.PI) * Math.Abs(1.0 + Math.Log(m * m * gx));
    }

    /// <summary>
    /// Eq. (22): mu = e m y_c y_s/(32 pi^2 m_phi^2) |1 + ln(m^2/m_phi^2)| = (e m G_X/4 pi^2)|1 + ln(m^2/m_phi^2)| with
    /// G_X = y_c y_s/(8 m_phi^2) (text below eq. 22). <paramref name="mPhi"/> in MeV; null takes y_c y_s = 1,
    /// m_phi = (8 G_X)^{-1/2}.
    /// </summary>
    public static double UvCompletion(double gx, ChargedFermion f, double? mPhi = null, StandardModelInputs? inputs = null)
    {
        var m = Mass(f, inputs);
        var mPhi2 = mPhi is { } p ? p * p : 1.0 / (8.0 * gx);
        return Prefactor(f, inputs) * gx / (4.0 * Math.PI * Math.PI) * Math.Abs(1.0 + Math.Log(m * m / mPhi2));
    }

    /// <summary>The moment (MeV^-1) of a given form.</summary>
    public static double Moment(LoopForm form, double gx, ChargedFermion f, double? mPhi = null, StandardModelInputs? inputs = null) => form switch
    {
        LoopForm.Scalar => Scalar(gx, f, inputs),
        LoopForm.Tensor => Tensor(gx, f, inputs),
        LoopForm.UvCompletion => UvCompletion(gx, f, mPhi, inputs),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>The moment in Bohr magnetons, mu/mu_B with mu_B = e/(2 m_e).</summary>
    public static double MomentInBohrMagnetons(LoopForm form, double gx, ChargedFermion f, double? mPhi = null, StandardModelInputs? inputs = null) =>
        Moment(form, gx, f, mPhi, inputs) / PhysicalConstants.BohrMagneton;

    /// <summary>
    /// The inverse: the largest G_X (MeV^-2) whose induced moment stays below <paramref name="muLimit"/> (Bohr magnetons).
    /// Eq. (11) (and eq. 22 without m_phi) grows with G_X only while m^2 G_X &lt; e^-2; if the limit is above the moment
    /// there, no bound follows within the formula's validity and null is returned.
    /// </summary>
    /// <exception cref="InputException">The limit is not finite and positive.</exception>
    public static double? CouplingBound(double muLimit, LoopForm form, ChargedFermion f, double? mPhi = null, StandardModelInputs? inputs = null)
    {
        if (!(double.IsFinite(muLimit) && muLimit > 0))
        {
            throw new InputException($"--mu-limit: the moment limit must be a positive number of Bohr magnetons (got {muLimit}).");
        }
        double Mu(double g) => MomentInBohrMagnetons(form, g, f, mPhi, inputs);
        if (form == LoopForm.Scalar || (form == LoopForm.UvCompletion && mPhi is not null))
        {
            // Linear in G_X: invert directly.
            return muLimit / Mu(1.0);
        }
        var m = Mass(f, inputs);
        // Largest G where mu(G) is still increasing: m^2 G = e^-2 (tensor); m^2 8 G = e^-2 (UV, y_c y_s = 1).
        var gMax = Math.Exp(-2.0) / (m * m) / (form == LoopForm.UvCompletion ? 8.0 : 1.0);
        if (Mu(gMax) <= muLimit)
        {
            return null;
        }
        double lo = Math.Log(gMax) - 200.0, hi = Math.Log(gMax);
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            (lo, hi) = Mu(Math.Exp(mid)) < muLimit ? (mid, hi) : (lo, mid);
        }
        return Math.Exp(0.5 * (lo + hi));
    }

    /// <summary>e N_C |Q| m_psi: the charge, colour and mass factor common to eqs. (10), (11), (22), in MeV.</summary>
    private static double Prefactor(ChargedFermion f, StandardModelInputs? inputs) =>
        PhysicalConstants.ElementaryCharge * f.Colours() * Math.Abs(f.Charge()) * Mass(f, inputs);

    private static double Mass(ChargedFermion f, StandardModelInputs? inputs) => (inputs ?? StandardModelInputs.Default).Mass(f);
}
