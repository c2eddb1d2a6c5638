namespace NuMMGen.Physics.Eft;

/// <summary>The renormalisation scale a bound is quoted at (seed 2 Tables 3-6).</summary>
public enum BoundScale
{
    /// <summary>mu = 2 GeV, where the nonperturbative matching is done.</summary>
    Reference,
    /// <summary>mu = m_W (Lambda_EW of seed 2).</summary>
    HighScale,
}

/// <summary>Where a bound comes from.</summary>
public enum BoundSource
{
    /// <summary>A neutrino magnetic-moment limit from neutrino-electron scattering (seed 2 sec. 3.1, Tables 3-4, 7-8).</summary>
    MagneticMoment,
    /// <summary>CEvNS dipole and tensor limits, direct contribution (seed 2 sec. 3.2, Tables 5-6).</summary>
    Cevns,
}

/// <summary>
/// An upper bound on one Wilson coefficient, in the paper's units (<see cref="LnEftOperator.Unit"/>: GeV^-1 for
/// dipoles, GeV^-2 for tensors), one operator at a time.
/// </summary>
/// <param name="Operator">The coefficient bounded.</param>
/// <param name="Flavors">Flavour indices it applies to, as in the paper's tables (e.g. "ll, l = e, mu, tau").</param>
/// <param name="Scale">The scale the coefficient is defined at.</param>
/// <param name="Bound">Upper bound on |L| in GeV^-1 or GeV^-2.</param>
/// <param name="Source">Magnetic-moment limit or CEvNS.</param>
/// <param name="CombinationBound">
/// Magnetic-moment tensor bounds: the bound on |c_T L| (2 GeV) or |(c_T - x) L| (m_W) that the paper tabulates
/// (Tables 3-4), independent of c_T; null otherwise.
/// </param>
/// <param name="PerturbativeShift">x in (c_T - x) at m_W (Table 3: 0.08, 0.18, 3.55), 0 at 2 GeV; null for dipoles and CEvNS direct bounds.</param>
/// <param name="IndirectPerCt">CEvNS tensor bounds: the indirect term's coefficient of c_T (Table 5: 0.018 for u at 2 GeV).</param>
/// <param name="IndirectConstant">CEvNS tensor bounds at m_W: the indirect term's constant (Table 5: 0.0017 for u).</param>
public sealed record CoefficientBound(
    LnEftOperator Operator,
    string Flavors,
    BoundScale Scale,
    double Bound,
    BoundSource Source,
    double? CombinationBound = null,
    double? PerturbativeShift = null,
    double? IndirectPerCt = null,
    double? IndirectConstant = null)
{
    /// <summary>The scale as text: "2GeV" or "mW".</summary>
    public string ScaleName => Scale == BoundScale.Reference ? "2GeV" : "mW";
}
