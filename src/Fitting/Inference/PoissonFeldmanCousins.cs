using NuMMGen.Physics;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// The exact Feldman-Cousins construction for one Poisson count n with mean s + b, b known (Feldman and Cousins,
/// PRD 57, 3873 (1998), sec. IV.A): for each s, counts enter the acceptance region in decreasing order of
/// R(n) = P(n | s + b) / P(n | s_best + b), s_best = max(0, n - b), until their probability reaches CL; the
/// interval for observed n0 is the set of s whose region contains n0. No toys: the probabilities are exact.
/// The published tables (FC Tables IV and VI) additionally make the upper end non-increasing in b (sec. IV.B);
/// <see cref="UpperLimitNonIncreasingInB"/> applies that rule.
/// </summary>
public static class PoissonFeldmanCousins
{
    /// <summary>The interval [lower, upper] on s for observed <paramref name="n"/> and background <paramref name="b"/> (plain construction).</summary>
    /// <param name="n">Observed count (&gt;= 0).</param>
    /// <param name="b">Known background mean (&gt;= 0).</param>
    /// <param name="cl">Confidence level (e.g. 0.9).</param>
    /// <param name="step">Grid step in s for the scans (edges are then refined by bisection to 1e-6 of it).</param>
    public static (double Lower, double Upper) Interval(int n, double b, double cl = 0.9, double step = 0.005)
    {
        Validate(n, b, cl, step);
        double lower = 0;
        if (!Accepts(n, 0, b, cl))
        {
            double s = step;
            while (!Accepts(n, s, b, cl))
                s += step;
            lower = Refine(n, b, cl, s - step, s, rising: true);
        }
        return (lower, UpperLimit(n, b, cl, step));
    }

    /// <summary>
    /// The upper end of the plain construction: the largest s whose acceptance region contains n (scanned downwards
    /// from well above n + b, so a region that is not simply connected cannot hide it).
    /// </summary>
    /// <param name="n">Observed count.</param>
    /// <param name="b">Background mean.</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="step">Scan step in s.</param>
    public static double UpperLimit(int n, double b, double cl = 0.9, double step = 0.005)
    {
        Validate(n, b, cl, step);
        double s = Math.Ceiling((n + 10 + 6 * Math.Sqrt(n + 1.0)) / step) * step;
        while (s > 0 && !Accepts(n, s, b, cl))
            s -= step;
        return s <= 0 ? 0 : Refine(n, b, cl, s, s + step, rising: false);
    }

    /// <summary>
    /// The upper limit as tabulated by Feldman and Cousins: the largest plain upper limit over backgrounds
    /// b' in [b, b + <paramref name="range"/>] (b' stepped by <paramref name="backgroundStep"/>), which makes it non-increasing in b.
    /// </summary>
    /// <param name="n">Observed count.</param>
    /// <param name="b">Background mean.</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="backgroundStep">Step of b'.</param>
    /// <param name="range">Range of b' above b.</param>
    /// <param name="step">Scan step in s.</param>
    public static double UpperLimitNonIncreasingInB(int n, double b, double cl = 0.9, double backgroundStep = 0.005,
        double range = 3.0, double step = 0.005)
    {
        double best = 0;
        for (double bPrime = b; bPrime <= b + range + 1e-12; bPrime += backgroundStep)
            best = Math.Max(best, UpperLimit(n, bPrime, cl, step));
        return best;
    }

    /// <summary>
    /// Whether the acceptance region at signal <paramref name="s"/> contains <paramref name="n"/>: it does when the
    /// probability of the counts ranked before n (larger R, ties broken by smaller count) is below CL.
    /// </summary>
    /// <param name="n">Count.</param>
    /// <param name="s">Signal mean.</param>
    /// <param name="b">Background mean.</param>
    /// <param name="cl">Confidence level.</param>
    public static bool Accepts(int n, double s, double b, double cl)
    {
        double mu = s + b;
        int kMax = (int)(mu + 12 * Math.Sqrt(mu + 1) + 20) + n;
        double rn = Ratio(n, mu, b);
        double before = 0;
        for (int k = 0; k <= kMax; k++)
        {
            if (k == n)
                continue;
            double rk = Ratio(k, mu, b);
            if (rk > rn || (rk == rn && k < n))
                before += Probability(k, mu);
        }
        return before < cl;
    }

    private static void Validate(int n, double b, double cl, double step)
    {
        if (n < 0 || !(b >= 0) || !(cl > 0 && cl < 1) || !(step > 0))
            throw new InputException($"Feldman-Cousins Poisson interval: need n >= 0, b >= 0, 0 < cl < 1, step > 0 (got {n}, {b}, {cl}, {step})");
    }

    // R(k) = P(k | mu) / P(k | max(k, b)) in logs: k ln(mu / mu_best) - (mu - mu_best).
    private static double Ratio(int k, double mu, double b)
    {
        double best = Math.Max(k, b);
        if (k == 0)
            return Math.Exp(-(mu - best));
        if (mu <= 0)
            return 0;
        return Math.Exp(k * Math.Log(mu / best) - (mu - best));
    }

    private static double Refine(int n, double b, double cl, double sOut, double sIn, bool rising)
    {
        // rising: not accepted at sOut, accepted at sIn (lower edge); otherwise accepted at sOut, not at sIn.
        double lo = sOut, hi = sIn;
        double tolerance = 1e-6 * (sIn - sOut);
        while (hi - lo > tolerance)
        {
            double mid = 0.5 * (lo + hi);
            bool accepted = Accepts(n, mid, b, cl);
            if (accepted == rising)
                hi = mid;
            else
                lo = mid;
        }
        return 0.5 * (lo + hi);
    }

    private static double Probability(int k, double mu)
    {
        if (mu <= 0)
            return k == 0 ? 1 : 0;
        return Math.Exp(k * Math.Log(mu) - mu - MathNet.Numerics.SpecialFunctions.FactorialLn(k));
    }
}
