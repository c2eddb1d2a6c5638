using NuMMGen.Fitting.Likelihood;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// Profile-likelihood scans: Delta(-2 ln L) along one parameter, and on a grid of two parameters for contours
/// (e.g. mu^2 against a tensor coupling). Compare a 2D scan with a 2-dof critical value
/// (<see cref="CriticalValues.ChiSquare"/>(2, 0.9) = 4.605; with parameters on their boundary see
/// <see cref="CriticalValues.Mixture"/>), or calibrate it with toys.
/// </summary>
public static class ProfileScan
{
    /// <summary>Delta(-2 ln L) at each value of parameter <paramref name="parameter"/>, relative to the unconditional minimum.</summary>
    /// <param name="fitter">The fitter.</param>
    /// <param name="data">The data.</param>
    /// <param name="parameter">Name of the scanned parameter.</param>
    /// <param name="values">Scan points (fits warm-start along them, so order them monotonically).</param>
    public static double[] Scan1D(Fitter fitter, Dataset data, string parameter, IReadOnlyList<double> values)
    {
        var profile = new ProfileLikelihood(fitter, fitter.Likelihood.IndexOf(parameter), data);
        return values.Select(profile.Delta).ToArray();
    }

    /// <summary>
    /// Delta(-2 ln L) on the grid <paramref name="valuesA"/> x <paramref name="valuesB"/> (row-major, A slow), the other
    /// parameters profiled, relative to the unconditional minimum (updated if a grid fit finds a lower one).
    /// Rows are scanned in a snake order so that each fit starts next to the previous one.
    /// </summary>
    /// <param name="fitter">The fitter.</param>
    /// <param name="data">The data.</param>
    /// <param name="parameterA">First parameter (rows).</param>
    /// <param name="valuesA">Its grid.</param>
    /// <param name="parameterB">Second parameter (columns).</param>
    /// <param name="valuesB">Its grid.</param>
    public static double[,] Scan2D(Fitter fitter, Dataset data, string parameterA, IReadOnlyList<double> valuesA,
        string parameterB, IReadOnlyList<double> valuesB)
    {
        var likelihood = fitter.Likelihood;
        int[] indices = [likelihood.IndexOf(parameterA), likelihood.IndexOf(parameterB)];
        var best = fitter.Fit(data);
        var grid = new double[valuesA.Count, valuesB.Count];
        double[] start = best.Values;
        double minimum = best.MinusTwoLogL;
        for (int a = 0; a < valuesA.Count; a++)
        {
            for (int k = 0; k < valuesB.Count; k++)
            {
                int b = a % 2 == 0 ? k : valuesB.Count - 1 - k;
                var fit = fitter.Fit(data, start, indices, [valuesA[a], valuesB[b]]);
                grid[a, b] = fit.MinusTwoLogL;
                minimum = Math.Min(minimum, fit.MinusTwoLogL);
                start = fit.Values;
            }
        }
        for (int a = 0; a < valuesA.Count; a++)
            for (int b = 0; b < valuesB.Count; b++)
                grid[a, b] -= minimum;
        return grid;
    }
}
