namespace NuMMGen.Physics.Eft;

/// <summary>
/// One-loop QED running of alpha and of the dipole coefficients (seed 2, Chen, Zheng, Zhang, eqs. 3.1-3.3 and
/// App. A). With 16 pi^2 mu dL/dmu = -b_{0,e} e^2 L (eq. 3.1) and the QED beta function
/// 16 pi^2 mu de/dmu = -b_{0,e} e^3, L/e is scale independent, so L(mu_2) = [alpha(mu_2)/alpha(mu_1)]^{1/2} L(mu_1)
/// (eq. 3.2) whatever the active fermions.
/// </summary>
public static class QedRunning
{
    /// <summary>
    /// b_{0,e} = -(4/3)(n_e + n_d/3 + 4 n_u/3) (seed 2, below eq. A.1): n_e charged leptons, n_d down-type and
    /// n_u up-type quarks active.
    /// </summary>
    public static double B0(int chargedLeptons, int upQuarks, int downQuarks) =>
        -4.0 / 3.0 * (chargedLeptons + downQuarks / 3.0 + 4.0 * upQuarks / 3.0);

    /// <summary>
    /// alpha(mu) from alpha(mu0) at one loop with a fixed b_{0,e}: 1/alpha(mu) = 1/alpha(mu0) + (b_{0,e}/2 pi) ln(mu/mu0).
    /// Scales in any common unit.
    /// </summary>
    public static double Alpha(double alpha0, double mu0, double mu, double b0) =>
        1.0 / (1.0 / alpha0 + b0 / (2.0 * Math.PI) * Math.Log(mu / mu0));

    /// <summary>Eq. (3.2): the factor L(mu_low)/L(mu_high) = [alpha(mu_low)/alpha(mu_high)]^{1/2}.</summary>
    public static double DipoleFactor(double alphaLow, double alphaHigh) => Math.Sqrt(alphaLow / alphaHigh);

    /// <summary>
    /// Eq. (3.3): L(mu_exp)/L(mu_ref) for the dipole run from the reference scale mu_ref down to the experiment
    /// scale mu_exp (both MeV), with alpha(mu_exp) = <paramref name="alphaAtExperiment"/> and b_{0,e} for
    /// <paramref name="chargedLeptons"/> leptons and the given quarks active throughout. Seed 2's 0.994
    /// (mu_exp = 0.5 MeV, mu_ref = 2 GeV, alpha = 1/137.036) is the electron alone (n_e = 1, no quarks); with
    /// the muon, tau and u, d, s, c switched on at their masses it would be 0.98 (see <see cref="AlphaWithThresholds"/>).
    /// </summary>
    public static double ExperimentToReference(double alphaAtExperiment, double muExperiment, double muReference,
        int chargedLeptons = 1, int upQuarks = 0, int downQuarks = 0)
    {
        var alphaRef = Alpha(alphaAtExperiment, muExperiment, muReference, B0(chargedLeptons, upQuarks, downQuarks));
        return DipoleFactor(alphaAtExperiment, alphaRef);
    }

    /// <summary>
    /// alpha(mu) from alpha(mu0) at one loop, switching each charged fermion on above its mass (leptons, and quarks
    /// at their MS-bar masses of <paramref name="inputs"/>; c and b at m_c, m_b). A cross-check of the
    /// threshold dependence of eq. (3.3); scales in MeV, mu0 &lt; mu.
    /// </summary>
    public static double AlphaWithThresholds(StandardModelInputs inputs, double alpha0, double mu0, double mu)
    {
        // (mass, Q^2 N_c) of every charged fermion below the top.
        (double Mass, double Weight)[] fermions =
        [
            (Units.PhysicalConstants.ElectronMass, 1), (Units.PhysicalConstants.MuonMass, 1), (inputs.MassTau, 1),
            (inputs.MassUp, 4.0 / 3.0), (inputs.MassCharm, 4.0 / 3.0),
            (inputs.MassDown, 1.0 / 3.0), (inputs.MassStrange, 1.0 / 3.0), (inputs.MassBottom, 1.0 / 3.0),
        ];
        var inverse = 1.0 / alpha0;
        foreach (var (mass, weight) in fermions)
        {
            var lo = Math.Max(mass, mu0);
            if (mu > lo)
            {
                // Each fermion adds b_{0,e} = -(4/3) Q^2 N_c above its mass.
                inverse += -4.0 / 3.0 * weight / (2.0 * Math.PI) * Math.Log(mu / lo);
            }
        }
        return 1.0 / inverse;
    }

    /// <summary>
    /// The linearised QED factor of seed 2 eq. (2.4) for a coefficient without QCD running,
    /// 1 - (alpha/4 pi) gamma^e ln(mu_high/mu_low).
    /// </summary>
    public static double LinearFactor(double alpha, double gammaE, double muHigh, double muLow) =>
        1.0 - alpha / (4.0 * Math.PI) * gammaE * Math.Log(muHigh / muLow);
}
