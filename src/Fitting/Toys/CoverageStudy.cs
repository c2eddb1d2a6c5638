using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Toys;

/// <summary>Settings of a <see cref="CoverageStudy"/>.</summary>
/// <param name="Toys">Number of pseudo-experiments at the true point.</param>
/// <param name="Seed">Master seed (toy i: stage <see cref="ToyStages.Coverage"/>, block i).</param>
/// <param name="ConfidenceLevel">Confidence level of the intervals.</param>
/// <param name="BeltToys">Toys for the Feldman-Cousins critical value at the true point.</param>
/// <param name="MaxThreads">Worker threads (null: all cores).</param>
/// <param name="Minimizer">Minimiser options.</param>
public sealed record CoverageOptions(int Toys = 1000, ulong Seed = 1, double ConfidenceLevel = 0.9, int BeltToys = 2000,
    int? MaxThreads = null, MinimizerOptions? Minimizer = null);

/// <summary>The coverage of one method: the fraction of toys whose interval contains the true value.</summary>
/// <param name="Method">The method.</param>
/// <param name="Toys">Number of toys.</param>
/// <param name="Covered">Toys whose interval contains the truth.</param>
public sealed record CoverageResult(LimitMethod Method, int Toys, int Covered)
{
    /// <summary>The coverage p = covered / toys.</summary>
    public double Fraction => (double)Covered / Toys;

    /// <summary>Its binomial standard error sqrt(p (1 - p) / N).</summary>
    public double BinomialError => Math.Sqrt(Fraction * (1 - Fraction) / Toys);
}

/// <summary>The results of a coverage study.</summary>
/// <param name="Results">Coverage per method.</param>
/// <param name="FailedFits">Toys with a fit that did not converge (still counted).</param>
/// <param name="FeldmanCousinsCritical">The Feldman-Cousins critical value c(x_true) used.</param>
/// <param name="AsimovQ">q~_A(x_true) used by the asymptotic methods.</param>
public sealed record CoverageReport(IReadOnlyList<CoverageResult> Results, int FailedFits, double FeldmanCousinsCritical, double AsimovQ);

/// <summary>
/// Coverage of the interval methods at a true point: N toys generated at the true parameters (auxiliary
/// measurements drawn around the true nuisances); for each method, whether the interval contains x_true. By the
/// duality of tests and intervals this is decided at x_true alone: the asymptotic upper limit exceeds x_true iff
/// p(x_true) &gt;= 1 - CL (p falls with x above x^), and the Feldman-Cousins interval contains x_true iff
/// t(x_true) &lt;= c(x_true) (Neyman acceptance; c from toys at x_true with nominal nuisances).
/// </summary>
public static class CoverageStudy
{
    /// <summary>Runs the study for POI <paramref name="poi"/> at <paramref name="truth"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="poi">Name of the POI (lower bound 0).</param>
    /// <param name="truth">True values of all parameters.</param>
    /// <param name="options">Settings.</param>
    /// <param name="progress">Finished coverage toys (optional).</param>
    /// <param name="cancellationToken">Stops the study.</param>
    public static CoverageReport Run(CombinedLikelihood likelihood, string poi, IReadOnlyList<double> truth,
        CoverageOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (truth.Count != likelihood.Parameters.Count)
            throw new InputException($"coverage truth: {truth.Count} values for {likelihood.Parameters.Count} parameters");
        int p = likelihood.IndexOf(poi);
        double xTrue = truth[p];
        double alpha = 1 - options.ConfidenceLevel;
        double qAsimov = new AsymptoticCalculator(likelihood, poi, options.Minimizer).AsimovQ(xTrue);
        var belt = FeldmanCousinsBelt.Build(likelihood, poi, [xTrue], options.BeltToys, options.Seed,
            options.ConfidenceLevel, options.Minimizer, options.MaxThreads, null, cancellationToken);
        double critical = belt.Critical[0];
        var theta = truth.ToArray();
        var flags = ToyRunner.Run(options.Toys, options.Seed, ToyStages.Coverage,
            () => new ToyState(likelihood, options.Minimizer),
            (state, i, random) =>
            {
                likelihood.SampleToy(theta, random, state.Data, state.Workspace);
                var profile = new ProfileLikelihood(state.Fitter, p, state.Data);
                double t = profile.Delta(xTrue);
                double q = xTrue < profile.PoiHat ? 0 : t;
                int bits = (AsymptoticFormulae.PValueSignalPlusBackground(q, qAsimov) >= alpha ? 1 : 0)
                           | (AsymptoticFormulae.Cls(q, qAsimov) >= alpha ? 2 : 0)
                           | (t <= critical ? 4 : 0)
                           | (profile.AllConverged ? 0 : 8);
                return bits;
            }, options.MaxThreads, progress, cancellationToken);
        CoverageResult Count(LimitMethod method, int bit) => new(method, options.Toys, flags.Count(f => (f & bit) != 0));
        return new CoverageReport(
            [Count(LimitMethod.AsymptoticClsb, 1), Count(LimitMethod.AsymptoticCls, 2), Count(LimitMethod.FeldmanCousins, 4)],
            flags.Count(f => (f & 8) != 0), critical, qAsimov);
    }
}
