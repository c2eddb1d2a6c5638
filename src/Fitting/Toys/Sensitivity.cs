using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Fitting.Model;
using MathNet.Numerics.Distributions;

namespace NuMMGen.Fitting.Toys;

/// <summary>
/// Expected upper limits under the null (x = 0) in POI units: the Asimov limit (the median in the asymptotic
/// regime, Cowan et al. EPJC 71, 1554 (2011), sec. 4) and the quantiles of toy limits at Phi(-2), Phi(-1), 1/2,
/// Phi(1), Phi(2) (the +-1 and +-2 sigma bands).
/// </summary>
/// <param name="Asimov">Limit on the null Asimov data set.</param>
/// <param name="Minus2">2.275 % quantile of the toy limits.</param>
/// <param name="Minus1">15.87 % quantile.</param>
/// <param name="Median">Median.</param>
/// <param name="Plus1">84.13 % quantile.</param>
/// <param name="Plus2">97.725 % quantile.</param>
/// <param name="Toys">Number of toys (0: bands not computed, NaN).</param>
public sealed record ExpectedLimits(double Asimov, double Minus2, double Minus1, double Median, double Plus1, double Plus2, int Toys);

/// <summary>Sensitivity: expected limits from the Asimov data set and bands from toys, and scans versus exposure.</summary>
public static class Sensitivity
{
    /// <summary>The limit on the null Asimov data set (asymptotic methods, or Feldman-Cousins with <paramref name="belt"/>).</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="poi">Name of the POI (lower bound 0).</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="method">Method.</param>
    /// <param name="belt">The belt, for <see cref="LimitMethod.FeldmanCousins"/>.</param>
    /// <param name="options">Minimiser options.</param>
    public static double AsimovLimit(CombinedLikelihood likelihood, string poi, double cl = 0.9,
        LimitMethod method = LimitMethod.AsymptoticClsb, FeldmanCousinsBelt? belt = null, MinimizerOptions? options = null)
    {
        var calculator = new AsymptoticCalculator(likelihood, poi, options);
        return Limit(calculator, calculator.AsimovNull, cl, method, belt);
    }

    /// <summary>The Asimov limit and the toy bands (<paramref name="toys"/> pseudo-experiments at the null, in parallel).</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="poi">Name of the POI.</param>
    /// <param name="toys">Number of toys (toy i: stage <see cref="ToyStages.ExpectedBands"/>, block i).</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="method">Method.</param>
    /// <param name="belt">The belt, for <see cref="LimitMethod.FeldmanCousins"/>.</param>
    /// <param name="options">Minimiser options.</param>
    /// <param name="maxThreads">Worker threads (null: all cores).</param>
    /// <param name="progress">Finished toys (optional).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static ExpectedLimits Bands(CombinedLikelihood likelihood, string poi, int toys, ulong seed, double cl = 0.9,
        LimitMethod method = LimitMethod.AsymptoticClsb, FeldmanCousinsBelt? belt = null, MinimizerOptions? options = null,
        int? maxThreads = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        double asimov = AsimovLimit(likelihood, poi, cl, method, belt, options);
        var theta = likelihood.InitialValues();
        theta[likelihood.IndexOf(poi)] = 0;
        var limits = ToyRunner.Run(toys, seed, ToyStages.ExpectedBands,
            () => (Calculator: new AsymptoticCalculator(likelihood, poi, options), State: new ToyState(likelihood, options)),
            (s, i, random) =>
            {
                likelihood.SampleToy(theta, random, s.State.Data, s.State.Workspace);
                return Limit(s.Calculator, s.State.Data, cl, method, belt);
            }, maxThreads, progress, cancellationToken);
        Array.Sort(limits);
        double Q(double sigmas) => toys == 0 ? double.NaN : Quantile(limits, Normal.CDF(0, 1, sigmas));
        return new ExpectedLimits(asimov, Q(-2), Q(-1), Q(0), Q(1), Q(2), toys);
    }

    /// <summary>
    /// The Asimov expected limit as a function of exposure: every channel's expectation (signal and background)
    /// scaled by each factor (<see cref="ScaledExpectation"/>), constraints unchanged.
    /// </summary>
    /// <param name="likelihood">The likelihood at unit exposure.</param>
    /// <param name="poi">Name of the POI.</param>
    /// <param name="factors">Exposure scale factors (&gt; 0).</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="method">An asymptotic method.</param>
    /// <param name="options">Minimiser options.</param>
    public static IReadOnlyList<(double Factor, double Limit)> ExposureScan(CombinedLikelihood likelihood, string poi,
        IReadOnlyList<double> factors, double cl = 0.9, LimitMethod method = LimitMethod.AsymptoticClsb, MinimizerOptions? options = null) =>
        factors.Select(f => (f, AsimovLimit(Scaled(likelihood, f), poi, cl, method, null, options))).ToArray();

    /// <summary>The likelihood with every channel's expectation multiplied by <paramref name="factor"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="factor">Exposure scale factor (&gt; 0).</param>
    public static CombinedLikelihood Scaled(CombinedLikelihood likelihood, double factor) =>
        new(likelihood.Parameters, likelihood.Channels.Select(c => (IExpectation)new ScaledExpectation(c, factor)).ToArray(),
            likelihood.Constraints);

    /// <summary>Linear-interpolation quantile of sorted values (type 7 of Hyndman and Fan 1996).</summary>
    /// <param name="sorted">Ascending values.</param>
    /// <param name="probability">Probability in [0, 1].</param>
    public static double Quantile(IReadOnlyList<double> sorted, double probability)
    {
        double h = (sorted.Count - 1) * probability;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double Limit(AsymptoticCalculator calculator, Dataset data, double cl, LimitMethod method, FeldmanCousinsBelt? belt)
    {
        if (method != LimitMethod.FeldmanCousins)
            return calculator.UpperLimit(data, cl, method).Upper;
        if (belt is null)
            throw new ArgumentNullException(nameof(belt), "Feldman-Cousins limits need a belt");
        return belt.Interval(new ProfileLikelihood(calculator.Fitter, calculator.Poi, data)).Upper;
    }
}
