using NuMMGen.Detectors.Efficiency;

namespace NuMMGen.Detectors.Resolution;

/// <summary>
/// Integrates the elementary resolution kernels (a point mass, a Gaussian) times the efficiency over observed
/// bins. Between efficiency breakpoints a piecewise-constant efficiency multiplies an exact Gaussian
/// probability (erfc differences); a smooth efficiency is integrated with 4-point Gauss-Legendre on pieces no
/// wider than sigma/2 (relative error far below 1e-6). The Gaussian is cut at +-9 sigma (1e-19).
/// </summary>
internal static class KernelIntegrator
{
    private const double Cut = 9.0;
    private static readonly double[] GlNodes = [-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526];
    private static readonly double[] GlWeights = [0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538];

    /// <summary>Adds weight x eff(x) to the bin holding <paramref name="x"/> (none if outside the edges).</summary>
    public static void AddPoint(double x, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into)
    {
        var j = FindBin(edges, x);
        if (j >= 0)
            into[j] += weight * efficiency.Evaluate(x);
    }

    /// <summary>Adds weight x integral_bin N(x; mean, sigma) eff(x) dx to every bin; sigma = 0 is a point mass.</summary>
    public static void AddGaussian(double mean, double sigma, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into)
    {
        if (sigma <= 0)
        {
            AddPoint(mean, weight, efficiency, edges, into);
            return;
        }
        var lo = Math.Max(mean - Cut * sigma, edges[0]);
        var hi = Math.Min(mean + Cut * sigma, edges[^1]);
        if (!(hi > lo))
            return;
        var first = Math.Max(FindBinOrBelow(edges, lo), 0);
        var breaks = new List<double>();
        for (var j = first; j < edges.Length - 1 && edges[j] < hi; j++)
        {
            var a = Math.Max(edges[j], lo);
            var b = Math.Min(edges[j + 1], hi);
            if (!(b > a))
                continue;
            breaks.Clear();
            breaks.Add(a);
            efficiency.AddBreakpoints(a, b, breaks);
            breaks.Add(b);
            breaks.Sort();
            var sum = 0.0;
            for (var p = 0; p + 1 < breaks.Count; p++)
                sum += Piece(mean, sigma, breaks[p], breaks[p + 1], efficiency);
            into[j] += weight * sum;
        }
    }

    /// <summary>P(a &lt;= X &lt; b) for X ~ N(0, 1), accurate in both tails.</summary>
    public static double StandardNormalProbability(double a, double b)
    {
        if (!(b > a))
            return 0;
        if (a >= 0)
            return 0.5 * (MathNet.Numerics.SpecialFunctions.Erfc(a / Math.Sqrt(2)) - MathNet.Numerics.SpecialFunctions.Erfc(b / Math.Sqrt(2)));
        if (b <= 0)
            return 0.5 * (MathNet.Numerics.SpecialFunctions.Erfc(-b / Math.Sqrt(2)) - MathNet.Numerics.SpecialFunctions.Erfc(-a / Math.Sqrt(2)));
        return 1 - 0.5 * (MathNet.Numerics.SpecialFunctions.Erfc(-a / Math.Sqrt(2)) + MathNet.Numerics.SpecialFunctions.Erfc(b / Math.Sqrt(2)));
    }

    /// <summary>Index of the bin [edges[j], edges[j+1]) holding <paramref name="x"/>, or -1.</summary>
    public static int FindBin(ReadOnlySpan<double> edges, double x)
    {
        if (!(x >= edges[0] && x < edges[^1]))
            return -1;
        return FindBinOrBelow(edges, x);
    }

    private static int FindBinOrBelow(ReadOnlySpan<double> edges, double x)
    {
        var i = edges.BinarySearch(x);
        return i >= 0 ? Math.Min(i, edges.Length - 2) : ~i - 1;
    }

    private static double Piece(double mean, double sigma, double a, double b, IEfficiency efficiency)
    {
        if (efficiency.IsPiecewiseConstant)
        {
            var eff = efficiency.Evaluate(0.5 * (a + b));
            return eff == 0 ? 0 : eff * StandardNormalProbability((a - mean) / sigma, (b - mean) / sigma);
        }
        var n = Math.Max(1, (int)Math.Ceiling((b - a) / (0.5 * sigma)));
        var h = (b - a) / n;
        var sum = 0.0;
        for (var s = 0; s < n; s++)
        {
            var centre = a + (s + 0.5) * h;
            for (var q = 0; q < GlNodes.Length; q++)
            {
                var x = centre + 0.5 * h * GlNodes[q];
                var z = (x - mean) / sigma;
                sum += GlWeights[q] * 0.5 * h * Math.Exp(-0.5 * z * z) * efficiency.Evaluate(x);
            }
        }
        return sum / (sigma * Math.Sqrt(2 * Math.PI));
    }
}
