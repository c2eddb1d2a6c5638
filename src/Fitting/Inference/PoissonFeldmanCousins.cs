using NuMMGen.Physics;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// The exact Feldman-Cousins construction for one Poisson count n with mean s + b, b known (Feldman and Cousins,
/// PRD 57, 3873 (1998), sec. IV.A): for each s, counts enter the acceptance region in decreasing order of
/// R(n) = P(n | s + b) / P(n | s_best + b), s_best = max(0, n - b), until their probability reaches CL; the
/// interval for observed n0 is the set of s whose region contains n0. No toys: the probabilities are exact.
/// </summary>
public static class PoissonFeldmanCousins
{
    /// <summary>The interval [lower, upper] on s for observed <paramref name="n"/> and background <paramref name="b"/>.</summary>
    /// <param name="n">Observed count (&gt;= 0).</param>
    /// <param name="b">Known background mean (&gt;= 0).</param>
    /// <param name="cl">Confidence level (e.g. 0.9).</param>
    /// <param name="step">Grid step in s for the scan (the edges are then refined by bisection to 1e-6 of it).</param>
    public static (double Lower, double Upper) Interval(int n, double b, double cl = 0.9, double step = 0.001)
    {
        if (n < 0 || !(b >= 0) || !(cl > 0 && cl < 1) || !(step > 0))
            throw new InputException($"Feldman-Cousins Poisson interval: need n >= 0, b >= 0, 0 < cl < 1, step > 0 (got {n}, {b}, {cl}, {step})");
        double sMax = n + 5 + 5 * Math.Sqrt(n + 1.0) + 5;
        double lower = double.NaN, upper = double.NaN;
        bool previous = false;
        double previousS = 0;
        for (double s = 0; s <= sMax; s += step)
        {
            bool accepted = Accepts(n, s, b, cl);
            if (accepted && double.IsNaN(lower))
                lower = s == 0 ? 0 : Refine(n, b, cl, previousS, s, rising: true);
            if (!accepted && previous)
                upper = Refine(n, b, cl, previousS, s, rising: false);
            previous = accepted;
            previousS = s;
        }
        return (lower, upper);
    }

    /// <summary>Whether the acceptance region at signal <paramref name="s"/> contains <paramref name="n"/>.</summary>
    /// <param name="n">Count.</param>
    /// <param name="s">Signal mean.</param>
    /// <param name="b">Background mean.</param>
    /// <param name="cl">Confidence level.</param>
    public static bool Accepts(int n, double s, double b, double cl)
    {
        double mu = s + b;
        int kMax = (int)(mu + 12 * Math.Sqrt(mu + 1) + 20) + n;
        var p = new double[kMax + 1];
        var r = new double[kMax + 1];
        var order = new int[kMax + 1];
        for (int k = 0; k <= kMax; k++)
        {
            p[k] = Probability(k, mu);
            double best = Probability(k, Math.Max(0, k - b) + b);
            r[k] = best > 0 ? p[k] / best : 0;
            order[k] = k;
        }
        // Decreasing R; ties by increasing k (stable and deterministic).
        Array.Sort(order, (i, j) => r[i] != r[j] ? r[j].CompareTo(r[i]) : i.CompareTo(j));
        double sum = 0;
        foreach (int k in order)
        {
            if (k == n)
                return true;
            sum += p[k];
            if (sum >= cl)
                return false;
        }
        return false;
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
        return Math.Exp(k * Math.Log(mu) - mu - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1));
    }
}
