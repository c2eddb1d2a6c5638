using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// Bounds on the LNEFT dipole and tensor coefficients from a neutrino magnetic-moment limit (seed 2, Chen, Zheng,
/// Zhang, sec. 3.1, Tables 3-4 and 7-8), one operator at a time:
/// <list type="number">
/// <item>eq. (3.10): mu_nu = k |L_gamma| with k = 2 (nu N) or 4 (nu), mu_B = e/2m_e, at the experiment scale;</item>
/// <item>eq. (3.3): run the dipole up to 2 GeV, L(2 GeV) = L(0.5 MeV)/0.994;</item>
/// <item>eqs. (2.17)-(2.19): a quark tensor shifts the dipole at 2 GeV by e c_T (F_pi^2/Lambda_chi)(-2 Q_q) L_q, which
/// bounds |c_T L_q(2 GeV)| (Table 3 first row);</item>
/// <item>eqs. (2.4)-(2.6), App. A: from m_W, L_q(2 GeV) = eta_q L_q(m_W) and the mixing adds -x_q, which bounds
/// |(c_T - x_q) L_q(m_W)|; the dipole itself runs by the QED factor of <see cref="RunningAndMatching.DipoleEvolution"/>;</item>
/// <item>Tables 7-8: divide by |c_T - x| with c_T's uncertainty propagated (<see cref="ChiralTensorConstant.ConservativeInverse"/>).</item>
/// </list>
/// </summary>
public sealed class BoundTables
{
    /// <summary>Creates the tables with <paramref name="running"/>; <paramref name="experimentScale"/> (MeV) is where the moment limit applies (0.5 MeV, seed 2 sec. 3).</summary>
    public BoundTables(RunningAndMatching running, double experimentScale = 0.5 * Units.Units.MeV)
    {
        Running = running;
        ExperimentScale = experimentScale;
    }

    /// <summary>The running and matching used.</summary>
    public RunningAndMatching Running { get; }

    /// <summary>The experiment scale in MeV.</summary>
    public double ExperimentScale { get; }

    /// <summary>Eq. (3.3): L(experiment scale)/L(2 GeV), 0.994 for 0.5 MeV (electron-only QED running, as in seed 2).</summary>
    public double ExperimentToReference =>
        QedRunning.ExperimentToReference(Running.Inputs.Alpha, ExperimentScale, Running.Inputs.ReferenceScale);

    /// <summary>
    /// The bound on |L_gamma| (GeV^-1) at <paramref name="scale"/> from a moment limit <paramref name="muLimit"/> in Bohr
    /// magnetons (eqs. 3.10, 3.3, 2.4).
    /// </summary>
    /// <exception cref="InputException">The limit is not finite and positive (names --mu-limit).</exception>
    public double DipoleBound(NeutrinoBilinear bilinear, double muLimit, BoundScale scale)
    {
        if (!(double.IsFinite(muLimit) && muLimit > 0))
        {
            throw new InputException($"--mu-limit: the magnetic-moment limit must be a positive number of Bohr magnetons (got {muLimit}).");
        }
        var atExperiment = muLimit * PhysicalConstants.BohrMagneton / LnEftCoefficients.MomentFactor(bilinear);
        var atReference = atExperiment / ExperimentToReference;
        var atScale = scale == BoundScale.Reference ? atReference : atReference / Running.DipoleEvolution();
        return atScale * Units.Units.GeV;
    }

    /// <summary>
    /// The bound on |c_T L_q(2 GeV)| (Reference) or |(c_T - x_q) L_q(m_W)| (HighScale) in GeV^-2, given the dipole
    /// bound at 2 GeV in GeV^-1 (Tables 3-4, rows 2 and 4).
    /// </summary>
    public double CombinationBound(ChargedFermion quark, double dipoleBoundAtReference, BoundScale scale)
    {
        var perUnitCt = Math.Abs(NonperturbativeMatching.DipolePerTensor(Running.Inputs, quark, 1.0)) / Units.Units.GeV;
        var eta = scale == BoundScale.Reference ? 1.0 : Running.TensorEvolution(quark);
        return dipoleBoundAtReference / (perUnitCt * eta);
    }

    /// <summary>The shift x_q of (c_T - x_q) at <paramref name="scale"/>: 0 at 2 GeV, <see cref="RunningAndMatching.PerturbativeShift"/> at m_W.</summary>
    public double Shift(ChargedFermion quark, BoundScale scale) =>
        scale == BoundScale.Reference ? 0.0 : Running.PerturbativeShift(quark);

    /// <summary>
    /// All bounds of Tables 3-4 (and the Borexino rows of Tables 7-8) for a moment limit: for the nu N and nu
    /// bilinears, the dipole and the u, d, s tensor coefficients at <paramref name="scale"/>, the tensors divided by
    /// |c_T - x| for <paramref name="cT"/>.
    /// </summary>
    public IReadOnlyList<CoefficientBound> FromMagneticMoment(double muLimit, ChiralTensorConstant cT, BoundScale scale)
    {
        var list = new List<CoefficientBound>();
        foreach (var (bilinear, flavors) in new[] { (NeutrinoBilinear.NuN, "ll, l = e, mu, tau"), (NeutrinoBilinear.Nu, "pr, p != r") })
        {
            var dipoleRef = DipoleBound(bilinear, muLimit, BoundScale.Reference);
            list.Add(new CoefficientBound(LnEftOperators.Find(bilinear, OperatorKind.Dipole), flavors, scale,
                DipoleBound(bilinear, muLimit, scale), BoundSource.MagneticMoment));
            foreach (var q in new[] { ChargedFermion.Up, ChargedFermion.Down, ChargedFermion.Strange })
            {
                var combination = CombinationBound(q, dipoleRef, scale);
                var x = Shift(q, scale);
                list.Add(new CoefficientBound(LnEftOperators.Find(bilinear, OperatorKind.Tensor, q), flavors, scale,
                    combination * cT.ConservativeInverse(x), BoundSource.MagneticMoment, combination, x));
            }
        }
        return list;
    }
}
