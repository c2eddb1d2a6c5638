using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Toys;

namespace NuMMGen.Fitting.Experiments;

/// <summary>Settings of the limits of an experiment.</summary>
/// <param name="Method">Interval method.</param>
/// <param name="ConfidenceLevel">Confidence level.</param>
/// <param name="BeltToys">Feldman-Cousins: toys per grid point.</param>
/// <param name="BeltPoints">Feldman-Cousins: grid points from 0 to <see cref="BeltRange"/> times the Asimov limit.</param>
/// <param name="BeltRange">Feldman-Cousins: grid end in units of the Asimov (null) limit.</param>
/// <param name="Seed">Master seed of all toys.</param>
/// <param name="MaxThreads">Worker threads (null: all cores).</param>
public sealed record LimitOptions(LimitMethod Method = LimitMethod.AsymptoticClsb, double ConfidenceLevel = 0.9, int BeltToys = 500,
    int BeltPoints = 16, double BeltRange = 4, ulong Seed = 1, int? MaxThreads = null);

/// <summary>Upper limits on the POIs of an <see cref="ExperimentModel"/>, one POI at a time (the others fixed at 0).</summary>
public static class ExperimentInference
{
    /// <summary>The observed dataset: <paramref name="counts"/> in the model's channel, auxiliary values at nominal.</summary>
    /// <param name="likelihood">The likelihood (one channel).</param>
    /// <param name="counts">Observed counts per bin.</param>
    public static Dataset Observed(CombinedLikelihood likelihood, double[] counts)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        var data = likelihood.CreateDataset();
        counts.CopyTo(data.Counts[0], 0);
        return data;
    }

    /// <summary>
    /// The Baker-Cousins chi^2 2 sum_b [mu_b - n_b + n_b ln(n_b/mu_b)] of <paramref name="counts"/> against the model's expectation
    /// at <paramref name="theta"/> (the data part of -2 ln L; Baker and Cousins, NIM 221, 437 (1984)), asymptotically chi^2 with
    /// (bins - fitted parameters) degrees of freedom for a good fit.
    /// </summary>
    /// <param name="model">The experiment.</param>
    /// <param name="likelihood">A likelihood with the model's parameters.</param>
    /// <param name="theta">Parameter values.</param>
    /// <param name="counts">Observed counts.</param>
    public static double Deviance(ExperimentModel model, CombinedLikelihood likelihood, IReadOnlyList<double> theta, double[] counts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(counts);
        var expected = model.Expected(likelihood, theta);
        double sum = 0;
        for (int b = 0; b < counts.Length; b++)
            sum += PoissonDeviance.Term(counts[b], expected[b], out _);
        return sum;
    }

    /// <summary>
    /// The Feldman-Cousins belt of <paramref name="poi"/> on a grid from 0 to <see cref="LimitOptions.BeltRange"/> times its
    /// Asimov CLs+b limit, or null for the asymptotic methods.
    /// </summary>
    /// <param name="likelihood">The POI's likelihood (<see cref="ExperimentModel.Likelihood"/>).</param>
    /// <param name="poi">The POI.</param>
    /// <param name="options">Settings.</param>
    /// <param name="progress">Finished belt toys (optional).</param>
    /// <param name="cancellationToken">Stops the construction.</param>
    public static FeldmanCousinsBelt? Belt(CombinedLikelihood likelihood, string poi, LimitOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Method != LimitMethod.FeldmanCousins)
            return null;
        return FeldmanCousinsBelt.Build(likelihood, poi, Grid(likelihood, poi, options), options.BeltToys, options.Seed, options.ConfidenceLevel, null,
            options.MaxThreads, progress, cancellationToken);
    }

    /// <summary>The upper limit on <paramref name="poi"/> (its square: mu^2, C^2) for <paramref name="counts"/>.</summary>
    /// <param name="model">The experiment.</param>
    /// <param name="poi">The POI.</param>
    /// <param name="counts">Observed counts per bin.</param>
    /// <param name="options">Settings.</param>
    /// <param name="progress">Finished belt toys (optional, Feldman-Cousins).</param>
    /// <param name="cancellationToken">Stops the belt construction.</param>
    public static PoiInterval UpperLimit(ExperimentModel model, string poi, double[] counts, LimitOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var likelihood = model.Likelihood(poi);
        return UpperLimit(likelihood, poi, Observed(likelihood, counts), options, progress, cancellationToken);
    }

    /// <summary>The upper limit on <paramref name="poi"/> of any likelihood (one experiment or a combination) for <paramref name="data"/>.</summary>
    /// <param name="likelihood">The likelihood with the other POIs fixed.</param>
    /// <param name="poi">The POI.</param>
    /// <param name="data">Observed data.</param>
    /// <param name="options">Settings.</param>
    /// <param name="progress">Finished belt toys (optional, Feldman-Cousins).</param>
    /// <param name="cancellationToken">Stops the belt construction.</param>
    public static PoiInterval UpperLimit(CombinedLikelihood likelihood, string poi, Dataset data, LimitOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(options);
        var calculator = new AsymptoticCalculator(likelihood, poi);
        if (options.Method == LimitMethod.ToyCls)
        {
            var cls = ToyClsConstruction.Build(likelihood, poi, Grid(likelihood, poi, options), options.BeltToys, options.Seed,
                options.ConfidenceLevel, null, options.MaxThreads, progress, cancellationToken);
            return cls.UpperLimit(new ProfileLikelihood(calculator.Fitter, calculator.Poi, data));
        }
        if (options.Method != LimitMethod.FeldmanCousins)
            return calculator.UpperLimit(data, options.ConfidenceLevel, options.Method);
        var belt = Belt(likelihood, poi, options, progress, cancellationToken)!;
        return belt.Interval(new ProfileLikelihood(calculator.Fitter, calculator.Poi, data));
    }

    // The toy constructions' grid: BeltPoints values from 0 to BeltRange times the Asimov CLs+b limit.
    private static double[] Grid(CombinedLikelihood likelihood, string poi, LimitOptions options)
    {
        double asimov = Sensitivity.AsimovLimit(likelihood, poi, options.ConfidenceLevel);
        return Enumerable.Range(0, options.BeltPoints).Select(i => options.BeltRange * asimov * i / (options.BeltPoints - 1)).ToArray();
    }
}
