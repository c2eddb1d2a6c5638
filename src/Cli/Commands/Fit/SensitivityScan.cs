using System.Globalization;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Toys;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>The expected 90 % CL limit on one POI at one exposure (magnitudes: mu_B, GeV^-2).</summary>
/// <param name="Factor">Exposure over the configured exposure.</param>
/// <param name="Asimov">Limit on the null Asimov data set.</param>
/// <param name="Minus2">2.3 % quantile of the toy limits (NaN without toys).</param>
/// <param name="Minus1">16 % quantile.</param>
/// <param name="Median">Median of the toy limits.</param>
/// <param name="Plus1">84 % quantile.</param>
/// <param name="Plus2">97.7 % quantile.</param>
public sealed record SensitivityScanPoint(double Factor, double Asimov, double Minus2, double Minus1, double Median, double Plus1, double Plus2);

/// <summary>
/// The expected limit against exposure for <c>nummgen sensitivity --exposure-scan</c>: at each factor, every expectation
/// (signal and backgrounds) scaled by it (<see cref="Sensitivity.Scaled"/>, the scan support of the fitting library) and the
/// same <see cref="Sensitivity.Bands"/> as the unscanned command (toy i at every factor from stage ExpectedBands, block i).
/// </summary>
public static class SensitivityScan
{
    /// <summary>Factors used by <c>--plot</c> when <c>--exposure-scan</c> is not given.</summary>
    public static readonly IReadOnlyList<double> DefaultFactors = [0.1, 0.2, 0.5, 1, 2, 5, 10];

    /// <summary>Parses <c>--exposure-scan</c>: comma-separated factors &gt; 0.</summary>
    /// <exception cref="InputException">Not a list of positive numbers.</exception>
    public static double[] ParseFactors(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var factors = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double f) || !(f > 0) || !double.IsFinite(f))
                throw new InputException($"--exposure-scan {text}: '{part}' is not a factor > 0; expected e.g. 0.1,0.3,1,3,10.");
            factors.Add(f);
        }
        return [.. factors.Distinct().Order()];
    }

    /// <summary>The scan of <paramref name="poi"/> over <paramref name="factors"/>.</summary>
    public static IReadOnlyList<SensitivityScanPoint> Run(ExperimentModel model, string poi, IReadOnlyList<double> factors, int toys,
        LimitOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var likelihood = model.Likelihood(poi);
        var points = new List<SensitivityScanPoint>();
        double M(double x) => ExperimentModel.Magnitude(poi, x);
        foreach (double f in factors)
        {
            var scaled = Sensitivity.Scaled(likelihood, f);
            var belt = ExperimentInference.Belt(scaled, poi, options, null, cancellationToken);
            var e = Sensitivity.Bands(scaled, poi, toys, options.Seed, options.ConfidenceLevel, options.Method, belt, null, options.MaxThreads,
                null, cancellationToken);
            points.Add(new SensitivityScanPoint(f, M(e.Asimov), M(e.Minus2), M(e.Minus1), M(e.Median), M(e.Plus1), M(e.Plus2)));
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exposure scan ({ExperimentModel.ReportedName(poi)}): factor {f:G4} done ({points.Count}/{factors.Count})"));
        }
        return points;
    }
}
