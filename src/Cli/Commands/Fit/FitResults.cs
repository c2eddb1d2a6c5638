using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;

namespace NuMMGen.Cli.Commands;

/// <summary>What <c>fit</c> reports of one experiment's and of a combined fit alike: best-fit values and the limits per POI.</summary>
internal static class FitResults
{
    /// <summary>Best-fit values by reported name: POIs as magnitudes (mu in mu_B, |C| in GeV^-2), nuisances as fitted.</summary>
    public static Dictionary<string, double> BestFit(CombinedLikelihood likelihood, IReadOnlyList<string> pois, IReadOnlyList<double> values)
    {
        var bestFit = new Dictionary<string, double>();
        for (int i = 0; i < likelihood.Parameters.Count; i++)
        {
            string name = likelihood.Parameters[i].Name;
            bool poi = pois.Contains(name);
            bestFit[poi ? ExperimentModel.ReportedName(name) : name] = poi ? ExperimentModel.Magnitude(name, values[i]) : values[i];
        }
        return bestFit;
    }

    /// <summary>
    /// The 90 % CL limit of every POI, one at a time (<paramref name="limit"/> computes a POI's interval given a progress bar
    /// for the toy methods), and whether all converged.
    /// </summary>
    public static (Dictionary<string, double> Limits, bool Converged) Limits(IReadOnlyList<string> pois, LimitOptions options, TextWriter progress,
        Func<string, IProgress<int>?, PoiInterval> limit)
    {
        var limits = new Dictionary<string, double>();
        bool converged = true;
        foreach (string poi in pois)
        {
            var bar = options.Method is LimitMethod.FeldmanCousins or LimitMethod.ToyCls
                ? new StderrProgress(progress, $"belt toys ({ExperimentModel.ReportedName(poi)})",
                    options.BeltToys * (options.BeltPoints + (options.Method == LimitMethod.ToyCls ? 1 : 0)))
                : null;
            var interval = limit(poi, bar);
            limits[ExperimentModel.ReportedName(poi)] = ExperimentModel.Magnitude(poi, interval.Upper);
            converged &= interval.Converged;
        }
        return (limits, converged);
    }
}
