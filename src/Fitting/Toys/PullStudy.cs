using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;

namespace NuMMGen.Fitting.Toys;

/// <summary>Mean and width of the pulls (theta^ - theta_true) / sigma^ of one parameter over toys.</summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Mean">Mean pull (expected 0, standard error Width / sqrt(N)).</param>
/// <param name="Width">Standard deviation of the pulls (expected 1, standard error about Width / sqrt(2 N)).</param>
/// <param name="Toys">Toys with a converged fit and a positive-definite Hessian.</param>
public sealed record PullSummary(string Parameter, double Mean, double Width, int Toys);

/// <summary>
/// Injection and recovery: toys at the true point (auxiliary measurements drawn around the true nuisances), an
/// unconditional fit with parabolic errors from the Hessian, and the pull of every free parameter.
/// </summary>
public static class PullStudy
{
    /// <summary>Runs <paramref name="toys"/> toys (toy i: stage <see cref="ToyStages.Pulls"/>, block i) and summarises the pulls.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="truth">True values of all parameters.</param>
    /// <param name="toys">Number of toys.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="options">Minimiser options.</param>
    /// <param name="maxThreads">Worker threads (null: all cores).</param>
    public static IReadOnlyList<PullSummary> Run(CombinedLikelihood likelihood, IReadOnlyList<double> truth, int toys,
        ulong seed, MinimizerOptions? options = null, int? maxThreads = null)
    {
        var theta = truth.ToArray();
        var pulls = ToyRunner.Run(toys, seed, ToyStages.Pulls, () => new ToyState(likelihood, options),
            (state, i, random) =>
            {
                likelihood.SampleToy(theta, random, state.Data, state.Workspace);
                var fit = state.Fitter.Fit(state.Data, theta, computeErrors: true);
                if (!fit.Converged || fit.Errors is null)
                    return null;
                return fit.Values.Select((v, k) => fit.Errors[k] > 0 ? (v - theta[k]) / fit.Errors[k] : double.NaN).ToArray();
            }, maxThreads);
        var good = pulls.Where(p => p is not null).Select(p => p!).ToArray();
        var summaries = new List<PullSummary>();
        for (int k = 0; k < theta.Length; k++)
        {
            if (likelihood.Parameters[k].IsFixed)
                continue;
            var values = good.Select(p => p[k]).Where(double.IsFinite).ToArray();
            double mean = values.Length > 0 ? values.Average() : double.NaN;
            double width = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : double.NaN;
            summaries.Add(new PullSummary(likelihood.Parameters[k].Name, mean, width, values.Length));
        }
        return summaries;
    }
}
