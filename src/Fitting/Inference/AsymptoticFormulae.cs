using MathNet.Numerics.Distributions;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// Asymptotic p-values of q~_mu for upper limits on a POI with a physical boundary at 0 (Cowan, Cranmer, Gross,
/// Vitells, EPJC 71, 1554 (2011), secs. 3.7 and 3.8, eqs. 16, 65, 66). With a^2 = q~_A(x), the statistic on the
/// Asimov data set of the null (x = 0), so that a = x / sigma:
/// <list type="bullet">
/// <item>the Gaussian-equivalent deviation is u = sqrt(q~) for q~ &lt;= a^2 and u = (q~ + a^2) / (2a) above (the region
/// where the unrestricted x^ would be negative);</item>
/// <item>p_{s+b} = 1 - Phi(u) and 1 - p_b = Phi(a - u); CLs = p_{s+b} / (1 - p_b) (Read 2002).</item>
/// </list>
/// For a &gt;= 1.2816 the 90 % critical value of q~ is 1.642 = [Phi^-1(0.9)]^2, the quantile of 1/2 chi^2_0 + 1/2 chi^2_1;
/// closer to the boundary it is smaller, 2.563 a - a^2. The two-sided chi^2_1 value 2.706 would give a 95 % one-sided limit.
/// </summary>
public static class AsymptoticFormulae
{
    /// <summary>The Gaussian-equivalent deviation u(q~, a^2) (see the class remarks).</summary>
    /// <param name="qTilde">Observed q~ (&gt;= 0).</param>
    /// <param name="qAsimov">a^2 = q~ on the null Asimov data at the same x (&gt;= 0).</param>
    public static double Deviation(double qTilde, double qAsimov)
    {
        qTilde = Math.Max(qTilde, 0);
        if (qTilde <= qAsimov || qAsimov <= 0)
            return Math.Sqrt(qTilde);
        return (qTilde + qAsimov) / (2 * Math.Sqrt(qAsimov));
    }

    /// <summary>p_{s+b} = 1 - Phi(u): the p-value of the hypothesis x (CLs+b).</summary>
    /// <param name="qTilde">Observed q~.</param>
    /// <param name="qAsimov">q~ on the null Asimov data at the same x.</param>
    public static double PValueSignalPlusBackground(double qTilde, double qAsimov) =>
        1 - Normal.CDF(0, 1, Deviation(qTilde, qAsimov));

    /// <summary>CLs = (1 - Phi(u)) / Phi(a - u) (Read 2002).</summary>
    /// <param name="qTilde">Observed q~.</param>
    /// <param name="qAsimov">q~ on the null Asimov data at the same x.</param>
    public static double Cls(double qTilde, double qAsimov)
    {
        double u = Deviation(qTilde, qAsimov);
        double clb = Normal.CDF(0, 1, Math.Sqrt(Math.Max(qAsimov, 0)) - u);
        return clb > 0 ? (1 - Normal.CDF(0, 1, u)) / clb : 1.0;
    }

    /// <summary>The p-value of <paramref name="method"/> (p_{s+b} or CLs) for q~ and a^2.</summary>
    /// <param name="method">An asymptotic method.</param>
    /// <param name="qTilde">Observed q~.</param>
    /// <param name="qAsimov">q~ on the null Asimov data at the same x.</param>
    public static double PValue(LimitMethod method, double qTilde, double qAsimov) => method switch
    {
        LimitMethod.AsymptoticClsb => PValueSignalPlusBackground(qTilde, qAsimov),
        LimitMethod.AsymptoticCls => Cls(qTilde, qAsimov),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not an asymptotic method"),
    };
}
