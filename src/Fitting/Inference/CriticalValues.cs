using MathNet.Numerics.Distributions;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// Asymptotic critical values of likelihood-ratio statistics (Wilks, Ann. Math. Statist. 9, 60 (1938); with a
/// parameter on the boundary of its domain, Chernoff, Ann. Math. Statist. 25, 573 (1954), and Self and Liang,
/// JASA 82, 605 (1987)).
/// </summary>
public static class CriticalValues
{
    /// <summary>Quantile of chi^2 with <paramref name="dof"/> degrees of freedom at <paramref name="cl"/> (90 %: 2.706 for 1, 4.605 for 2).</summary>
    /// <param name="dof">Degrees of freedom (&gt;= 1).</param>
    /// <param name="cl">Confidence level in (0, 1).</param>
    public static double ChiSquare(int dof, double cl) => ChiSquared.InvCDF(dof, cl);

    /// <summary>
    /// Quantile of the mixture 1/2 chi^2_0 + 1/2 chi^2_1 at <paramref name="cl"/> &gt;= 1/2: [Phi^-1(cl)]^2, i.e. 1.642 at
    /// 90 %. The distribution of the one-sided statistic q_mu for an upper limit (Cowan et al. EPJC 71, 1554 (2011),
    /// eq. 49), and of the two-sided t for a true value on the boundary (Chernoff 1954).
    /// </summary>
    /// <param name="cl">Confidence level in [0.5, 1).</param>
    public static double HalfChiSquare(double cl)
    {
        double z = Normal.InvCDF(0, 1, cl);
        return z * z;
    }

    /// <summary>
    /// Quantile at <paramref name="cl"/> of sum_k w_k chi^2_k (k = 0, 1, ...; chi^2_0 a point mass at 0), e.g. the
    /// weights (1/4, 1/2, 1/4) for two independent parameters both on their boundary (Self and Liang 1987).
    /// </summary>
    /// <param name="weights">Mixture weights w_0, w_1, ... (non-negative, summing to 1).</param>
    /// <param name="cl">Confidence level in (w_0, 1).</param>
    public static double Mixture(IReadOnlyList<double> weights, double cl)
    {
        double Cdf(double c)
        {
            double sum = weights[0];
            for (int k = 1; k < weights.Count; k++)
                sum += weights[k] * ChiSquared.CDF(k, c);
            return sum;
        }
        double lo = 0, hi = 1;
        while (Cdf(hi) < cl)
            hi *= 2;
        for (int i = 0; i < 100 && hi - lo > 1e-12 * hi; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Cdf(mid) < cl)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
