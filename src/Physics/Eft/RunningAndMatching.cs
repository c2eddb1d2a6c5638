namespace NuMMGen.Physics.Eft;

/// <summary>How the one-loop tensor-to-dipole mixing between m_W and 2 GeV is evaluated (seed 2 eqs. 2.4-2.6, App. A).</summary>
public enum MixingScheme
{
    /// <summary>
    /// Leading logarithm with the quark mass and the tensor coefficient at 2 GeV: the dipole picks up
    /// (N_C e Q m_q(2 GeV)/2 pi^2) ln(m_W/2 GeV) L_q(2 GeV), i.e. eq. (2.4) with f_JI = 1. This is what
    /// produces seed 2's combinations (c_T - 0.08), (c_T - 0.18), (c_T - 3.55) of Table 3. The default.
    /// </summary>
    LeadingLog,

    /// <summary>
    /// Eq. (2.4) with the suppression function f_JI of eq. (2.6) per flavour segment, for the source m_q L_q whose
    /// QCD exponent is a_T + a_m (tensor and quark-mass running), i.e. the one-loop RG solution with alpha_s running.
    /// It lowers the perturbative shifts by about 16 % (3.55 becomes ~3.0): the size of the scheme ambiguity.
    /// </summary>
    Resummed,
}

/// <summary>
/// LNEFT running from m_W down to the reference scale 2 GeV and matching onto the dipoles there (seed 2,
/// Chen, Zheng, Zhang, eqs. 2.2-2.6, 2.17-2.20 and App. A), in the base unit MeV:
/// <list type="bullet">
/// <item>tensor: 16 pi^2 dL_T/d ln mu = [2 g_s^2 C_F + 2 Q_f^2 e^2] L_T (A.1, A.2), so
/// L_T(2 GeV) = lambda^{a_T} (1 - (alpha/4 pi) 2 Q^2 ln(m_W/2 GeV)) L_T(m_W) with a_T = 2 C_F/(2 beta_0) per
/// flavour segment (eqs. 2.4, 2.5);</item>
/// <item>dipole: 16 pi^2 dL_gamma/d ln mu = -b_{0,e} e^2 L_gamma - 8 N_C e Q_f m_f L_T,f (A.1: -16 e m_u, +8 e m_d);
/// its QED factor is eq. (2.4) with gamma^e = -b_{0,e} for e, mu, tau, u, c, d, s, b active;</item>
/// <item>matching at 2 GeV: the nonperturbative shift of <see cref="NonperturbativeMatching"/>.</item>
/// </list>
/// alpha in the QED factors is the Thomson value of the inputs (as in seed 2). Immutable.
/// </summary>
public sealed class RunningAndMatching
{
    private const double CF = 4.0 / 3.0;

    /// <summary>Creates the running for <paramref name="inputs"/> (default: seed 2's) with alpha_s at <paramref name="alphaSLoops"/> loops.</summary>
    public RunningAndMatching(StandardModelInputs? inputs = null, int alphaSLoops = 4, MixingScheme scheme = MixingScheme.LeadingLog)
    {
        Inputs = (inputs ?? StandardModelInputs.Default).Validate();
        AlphaS = new StrongCoupling(Inputs, alphaSLoops);
        Scheme = scheme;
    }

    /// <summary>The Standard Model inputs.</summary>
    public StandardModelInputs Inputs { get; }

    /// <summary>The running strong coupling.</summary>
    public StrongCoupling AlphaS { get; }

    /// <summary>The treatment of the tensor-to-dipole mixing.</summary>
    public MixingScheme Scheme { get; }

    /// <summary>Eq. (2.6): f_JI = [1/(1 + a_J - a_I)] (lambda^{a_I - a_J} - lambda)/(1 - lambda); 1 when a_J = a_I or lambda = 1.</summary>
    public static double SuppressionFunction(double aJ, double aI, double lambda) =>
        Math.Abs(1.0 - lambda) < 1e-12 ? 1.0 : (Math.Pow(lambda, aI - aJ) - lambda) / ((1.0 + aJ - aI) * (1.0 - lambda));

    /// <summary>QCD exponent of a quark tensor coefficient, a_T = gamma_T^s/(2 beta_0) with gamma_T^s = 2 C_F (eq. 2.5, A.1).</summary>
    public static double TensorExponent(int nf) => 2.0 * CF / (2.0 * StrongCoupling.Beta0(nf));

    /// <summary>QCD exponent of a quark mass in the same convention, a_m = -6 C_F/(2 beta_0) (LO mass anomalous dimension).</summary>
    public static double MassExponent(int nf) => -6.0 * CF / (2.0 * StrongCoupling.Beta0(nf));

    /// <summary>
    /// The flavour segments between the reference scale and m_W, from the top: (mu_high, mu_low, n_f,
    /// lambda = alpha_s(mu_high)/alpha_s(mu_low)) (eq. 2.5).
    /// </summary>
    public IReadOnlyList<(double MuHigh, double MuLow, int Flavours, double Lambda)> Segments()
    {
        var cuts = new List<double> { Inputs.MassW };
        cuts.AddRange(AlphaS.ThresholdsBetween(Inputs.MassW, Inputs.ReferenceScale));
        cuts.Add(Inputs.ReferenceScale);
        var list = new List<(double, double, int, double)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            double hi = cuts[i], lo = cuts[i + 1];
            list.Add((hi, lo, AlphaS.ActiveFlavours(Math.Sqrt(hi * lo)), AlphaS.Alpha(hi) / AlphaS.Alpha(lo)));
        }
        return list;
    }

    /// <summary>ln(m_W / 2 GeV).</summary>
    public double Log => Math.Log(Inputs.MassW / Inputs.ReferenceScale);

    /// <summary>
    /// L_T(2 GeV)/L_T(m_W) for a tensor coefficient with fermion <paramref name="f"/> (eq. 2.4 with A.1/A.2):
    /// product of lambda^{a_T} over the segments (quarks only) times the QED factor 1 - (alpha/4 pi) 2 Q^2 ln(m_W/2 GeV).
    /// </summary>
    public double TensorEvolution(ChargedFermion f)
    {
        var qcd = f.IsQuark() ? Segments().Aggregate(1.0, (p, s) => p * Math.Pow(s.Lambda, TensorExponent(s.Flavours))) : 1.0;
        return qcd * QedRunning.LinearFactor(Inputs.Alpha, 2.0 * f.Charge() * f.Charge(), Inputs.MassW, Inputs.ReferenceScale);
    }

    /// <summary>
    /// L_gamma(2 GeV)/L_gamma(m_W) for a dipole (eq. 2.4, gamma^e = -b_{0,e} with n_e = 3, n_u = 2, n_d = 3 between
    /// 2 GeV and m_W; no QCD running). 0.981 with the default inputs.
    /// </summary>
    public double DipoleEvolution() =>
        QedRunning.LinearFactor(Inputs.Alpha, -QedRunning.B0(3, 2, 3), Inputs.MassW, Inputs.ReferenceScale);

    /// <summary>
    /// The perturbative dipole at 2 GeV induced by a tensor coefficient, per unit L_T,f(2 GeV), in MeV: from
    /// 16 pi^2 dL_gamma/d ln mu = -8 N_C e Q_f m_f L_T,f (App. A), L_gamma(2 GeV) gains
    /// (N_C e Q_f/2 pi^2) sum over segments of m_f L_T,f ln(mu_high/mu_low) f_JI (see <see cref="MixingScheme"/>).
    /// </summary>
    public double MixingPerTensor(ChargedFermion f)
    {
        var prefactor = f.Colours() * Inputs.ElementaryCharge * f.Charge() * Inputs.Mass(f) / (2.0 * Math.PI * Math.PI);
        if (Scheme == MixingScheme.LeadingLog || !f.IsQuark())
        {
            return prefactor * Log;
        }
        // Resummed: walk up from 2 GeV; r = (m L_T)(mu_low of the segment)/(m L_T)(2 GeV).
        double sum = 0, r = 1;
        foreach (var s in Segments().Reverse())
        {
            var aJ = TensorExponent(s.Flavours) + MassExponent(s.Flavours);
            sum += r * Math.Log(s.MuHigh / s.MuLow) * SuppressionFunction(aJ, 0.0, s.Lambda);
            r *= Math.Pow(s.Lambda, -aJ);
        }
        return prefactor * sum;
    }

    /// <summary>
    /// The perturbative shift x_q in the combination (c_T - x_q) L_q that the dipole at 2 GeV depends on
    /// (seed 2 Table 3: 0.08, 0.18, 3.55 for u, d, s): x_q = -<see cref="MixingPerTensor"/> / (e F_pi^2/Lambda_chi (-2 Q_q)),
    /// = 3 m_q ln(m_W/2 GeV)/(pi F_pi) in the leading-log scheme. Quarks only.
    /// </summary>
    public double PerturbativeShift(ChargedFermion quark)
    {
        if (!quark.IsQuark())
        {
            throw new ArgumentException("The perturbative shift of c_T is defined for u, d, s only.", nameof(quark));
        }
        return -MixingPerTensor(quark) / NonperturbativeMatching.DipolePerTensor(Inputs, quark, 1.0);
    }

    /// <summary>
    /// The dipole coefficient at 2 GeV (MeV^-1) given coefficients at m_W: S L_gamma(m_W) + sum_f
    /// [mixing + nonperturbative(c_T)] L_T,f(2 GeV) with L_T,f(2 GeV) = eta_f L_T,f(m_W).
    /// </summary>
    public double DipoleAtReference(LnEftCoefficients atHighScale, double cT)
    {
        var total = DipoleEvolution() * atHighScale.Dipole;
        foreach (var f in LnEftCoefficients.TensorFermions)
        {
            var lRef = TensorEvolution(f) * atHighScale.Tensor(f);
            total += (MixingPerTensor(f) + NonperturbativeMatching.DipolePerTensor(Inputs, f, cT)) * lRef;
        }
        return total;
    }

    /// <summary>
    /// Runs coefficients from m_W to 2 GeV (eq. 2.4): the tensors by <see cref="TensorEvolution"/> and the dipole
    /// with the perturbative mixing (no nonperturbative matching, which belongs to the scale below 2 GeV).
    /// </summary>
    public LnEftCoefficients RunToReference(LnEftCoefficients atHighScale)
    {
        var dipole = DipoleEvolution() * atHighScale.Dipole;
        var t = new Dictionary<ChargedFermion, double>();
        foreach (var f in LnEftCoefficients.TensorFermions)
        {
            t[f] = TensorEvolution(f) * atHighScale.Tensor(f);
            dipole += MixingPerTensor(f) * t[f];
        }
        return atHighScale with
        {
            Scale = Inputs.ReferenceScale,
            Dipole = dipole,
            TensorUp = t[ChargedFermion.Up],
            TensorDown = t[ChargedFermion.Down],
            TensorStrange = t[ChargedFermion.Strange],
            TensorElectron = t[ChargedFermion.Electron],
        };
    }
}
