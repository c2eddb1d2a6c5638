namespace NuMMGen.Fitting.Inference;

/// <summary>How an interval on the parameter of interest was obtained.</summary>
public enum LimitMethod
{
    /// <summary>Asymptotic upper limit from q~ with the p-value of Cowan et al. (EPJC 71, 1554 (2011), eq. 66): p_{s+b} = alpha.</summary>
    AsymptoticClsb,

    /// <summary>Asymptotic CLs (Read, J. Phys. G 28, 2693 (2002)): CLs = p_{s+b} / (1 - p_b) = alpha, both from q~.</summary>
    AsymptoticCls,

    /// <summary>Feldman-Cousins (PRD 57, 3873 (1998)): Neyman construction with likelihood-ratio ordering, critical values from toys.</summary>
    FeldmanCousins,

    /// <summary>CLs (Read 2002) with the q~ distributions from toys (<see cref="ToyClsConstruction"/>).</summary>
    ToyCls,
}

/// <summary>
/// An interval [Lower, Upper] on the parameter of interest x at a confidence level. The POI is a squared
/// quantity (x = mu^2 in mu_B^2, or |C|^2), so <see cref="UpperMagnitude"/> = sqrt(Upper) is the limit users
/// quote (mu in mu_B, |C|). For a single coupling the likelihood depends on C^2 only: the limit |C| &lt; sqrt(Upper)
/// holds for both signs (the sign is not measurable).
/// </summary>
/// <param name="Lower">Lower edge (0 for an upper limit).</param>
/// <param name="Upper">Upper edge (the upper limit on x).</param>
/// <param name="ConfidenceLevel">Confidence level, e.g. 0.9.</param>
/// <param name="Method">Method.</param>
/// <param name="Converged">Whether all fits converged and the edge was bracketed within the POI's bounds or grid.</param>
public sealed record PoiInterval(double Lower, double Upper, double ConfidenceLevel, LimitMethod Method, bool Converged)
{
    /// <summary>sqrt(Upper): the upper limit on mu (in mu_B) or on |C| when the POI is the square.</summary>
    public double UpperMagnitude => Math.Sqrt(Math.Max(Upper, 0));

    /// <summary>sqrt(Lower).</summary>
    public double LowerMagnitude => Math.Sqrt(Math.Max(Lower, 0));
}
