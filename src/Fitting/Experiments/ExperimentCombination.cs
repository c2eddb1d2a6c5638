using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// Several experiments in one likelihood (e.g. Borexino + COHERENT + a germanium detector): the POIs (<c>mu2</c>,
/// <c>tensorX2</c>) are shared by name, so every experiment constrains the same mu and couplings; each experiment's
/// nuisances (flux and background normalisations) are its own, renamed <c>EXPERIMENT:NAME</c>, because two reactor
/// experiments' <c>flux_reactor</c> are different reactors. A POI that only some experiments have (a quark tensor
/// coupling in a CEvNS experiment) is simply absent from the others. Immutable.
/// </summary>
public sealed class ExperimentCombination
{
    private readonly Dictionary<string, string>[] _renames;

    /// <summary>Combines <paramref name="experiments"/>; their config names must differ.</summary>
    /// <exception cref="InputException">Fewer than one experiment, or two with the same name.</exception>
    public ExperimentCombination(IReadOnlyList<ExperimentModel> experiments)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        if (experiments.Count == 0)
            throw new InputException("a combined fit needs at least one experiment.");
        var duplicate = experiments.GroupBy(e => e.Templates.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException($"combined fit: two experiments are named '{duplicate.Key}'; give each config its own \"name\".");
        Experiments = experiments.ToArray();
        Pois = experiments.SelectMany(e => e.Pois).Distinct().OrderBy(p => p == ExperimentModel.MuSquared ? 0 : 1).ThenBy(p => p, StringComparer.Ordinal).ToArray();
        _renames = experiments.Select(e => e.Parameters.ToDictionary(p => p.Name,
            p => e.Pois.Contains(p.Name) ? p.Name : Namespaced(e.Templates.Name, p.Name))).ToArray();
    }

    /// <summary>The experiments, in the order of the dataset's channels.</summary>
    public IReadOnlyList<ExperimentModel> Experiments { get; }

    /// <summary>The POIs of all experiments (<c>mu2</c> first).</summary>
    public IReadOnlyList<string> Pois { get; }

    /// <summary>The combined name of experiment <paramref name="experiment"/>'s nuisance <paramref name="parameter"/>.</summary>
    public static string Namespaced(string experiment, string parameter) => experiment + ":" + parameter;

    /// <summary>
    /// The combined likelihood. With <paramref name="poi"/>, the other POIs are fixed at 0 (one coupling at a time); null:
    /// all free. A shared POI is declared with the smallest step scale of the experiments (the most sensitive one's).
    /// </summary>
    public CombinedLikelihood Likelihood(string? poi = null)
    {
        var parameters = new List<Parameter>();
        foreach (string name in Pois)
        {
            var declarations = Experiments.SelectMany(e => e.Parameters).Where(p => p.Name == name).ToArray();
            var p = declarations.MinBy(d => d.StepScale)!;
            parameters.Add(poi is not null && name != poi ? p with { IsFixed = true } : p);
        }
        var channels = new List<IExpectation>();
        var constraints = new List<IConstraint>();
        for (int k = 0; k < Experiments.Count; k++)
        {
            var e = Experiments[k];
            var rename = _renames[k];
            parameters.AddRange(e.Parameters.Where(p => !e.Pois.Contains(p.Name)).Select(p => p with { Name = rename[p.Name] }));
            channels.Add(new RenamedExpectation(e.Channel, rename));
            constraints.AddRange(e.Constraints.Select(c => (IConstraint)new RenamedConstraint(c, rename[c.Parameter])));
        }
        return new CombinedLikelihood(parameters, channels, constraints);
    }

    /// <summary>The observed dataset: <paramref name="counts"/>[k] in experiment k's channel, auxiliary values at nominal.</summary>
    /// <exception cref="InputException">A count vector of the wrong length.</exception>
    public Dataset Observed(CombinedLikelihood likelihood, IReadOnlyList<double[]> counts)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(counts);
        var data = likelihood.CreateDataset();
        if (counts.Count != Experiments.Count)
            throw new InputException($"combined fit: {counts.Count} data sets for {Experiments.Count} experiments.");
        for (int k = 0; k < counts.Count; k++)
        {
            if (counts[k].Length != data.Counts[k].Length)
                throw new InputException($"combined fit: {Experiments[k].Templates.Name} has {data.Counts[k].Length} bins, its data {counts[k].Length}.");
            counts[k].CopyTo(data.Counts[k], 0);
        }
        return data;
    }

    /// <summary>The combined upper limit on <paramref name="poi"/> (its square) for <paramref name="counts"/>.</summary>
    public PoiInterval UpperLimit(string poi, IReadOnlyList<double[]> counts, LimitOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var likelihood = Likelihood(poi);
        return ExperimentInference.UpperLimit(likelihood, poi, Observed(likelihood, counts), options, progress, cancellationToken);
    }

    /// <summary>
    /// Experiment <paramref name="experiment"/>'s expected signal counts (<see cref="ExperimentModel.SignalCounts"/>) at the
    /// combined parameter values <paramref name="theta"/> of <paramref name="likelihood"/>.
    /// </summary>
    public double SignalCounts(int experiment, CombinedLikelihood likelihood, IReadOnlyList<double> theta)
    {
        var own = Experiments[experiment].Likelihood();
        return Experiments[experiment].SignalCounts(own, Own(experiment, own, likelihood, theta));
    }

    /// <summary>Experiment <paramref name="experiment"/>'s parameter values (its own names, its own order) taken from the combined <paramref name="theta"/>.</summary>
    public double[] Own(int experiment, CombinedLikelihood own, CombinedLikelihood likelihood, IReadOnlyList<double> theta)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(theta);
        var rename = _renames[experiment];
        return own.Parameters.Select(p => theta[likelihood.IndexOf(rename[p.Name])]).ToArray();
    }

    // A channel whose parameter names are renamed; values arrive in the same order, so evaluation is unchanged.
    private sealed class RenamedExpectation(IExpectation inner, IReadOnlyDictionary<string, string> rename) : IExpectation
    {
        private readonly string[] _names = inner.ParameterNames.Select(n => rename[n]).ToArray();

        public int BinCount => inner.BinCount;

        public IReadOnlyList<string> ParameterNames => _names;

        public void Evaluate(ReadOnlySpan<double> values, Span<double> expected, Span<double> jacobian) => inner.Evaluate(values, expected, jacobian);
    }

    // A constraint on a renamed parameter.
    private sealed class RenamedConstraint(IConstraint inner, string parameter) : IConstraint
    {
        public string Parameter => parameter;

        public double Nominal => inner.Nominal;

        public double Evaluate(double theta, double auxiliary, out double derivative) => inner.Evaluate(theta, auxiliary, out derivative);

        public double SampleAuxiliary(double theta, RandomStream random) => inner.SampleAuxiliary(theta, random);
    }
}
