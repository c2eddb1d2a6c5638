using System.CommandLine;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Generator.Config;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen fit --config A --data a --add B.json=b.csv [--add ...]</c>: one fit of several experiments
/// (<see cref="ExperimentCombination"/>: mu and the tensor couplings shared, each experiment's nuisances its own,
/// reported as <c>EXPERIMENT:NAME</c>).
/// </summary>
public sealed class CombinedFit
{
    /// <summary><c>--add CONFIG=DATA</c> (repeatable).</summary>
    public Option<string[]> Add { get; } = new("--add")
    {
        Description = "Fit another experiment together with --config/--data: CONFIG=DATA (repeatable). mu and tensor couplings are shared; nuisances stay per experiment.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Add);
    }

    /// <summary>The extra experiments and their data named by <c>--add</c>.</summary>
    /// <exception cref="InputException">A value without '=' or naming a missing file.</exception>
    public IReadOnlyList<(ExperimentModel Model, ObservedData Data)> Load(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var list = new List<(ExperimentModel, ObservedData)>();
        foreach (string item in parse.GetValue(Add) ?? [])
        {
            int eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == item.Length - 1)
                throw new InputException($"--add '{item}': expected CONFIG=DATA, e.g. --add configs/gemma.json=gemma.csv.");
            string config = item[..eq], dataPath = item[(eq + 1)..];
            if (!File.Exists(config))
                throw new InputException($"--add: config file '{config}' not found.");
            var observed = ObservedData.Load(Path.GetFullPath(dataPath));
            var resolved = GeneratorConfig.Load(Path.GetFullPath(config)).Resolve();
            list.Add((FitOptions.LoadModel(resolved, config, context, observed.BinEdges, observed.TimeEdgesUs), observed));
        }
        return list;
    }

    /// <summary>Fits all <paramref name="parts"/> together and sets the limits (one POI at a time, the others at 0).</summary>
    public static FitReport Run(IReadOnlyList<(ExperimentModel Model, ObservedData Data)> parts, LimitOptions options, TextWriter progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(options);
        var combination = new ExperimentCombination(parts.Select(p => p.Model).ToArray());
        var counts = parts.Select(p => p.Data.CountsIn(p.Model.Templates)).ToArray();
        var likelihood = combination.Likelihood();
        var best = new Fitter(likelihood).Fit(combination.Observed(likelihood, counts));
        var bestFit = FitResults.BestFit(likelihood, combination.Pois, best.Values);
        var (limits, limitsConverged) = FitResults.Limits(combination.Pois, options, progress,
            (poi, bar) => combination.UpperLimit(poi, counts, options, bar, cancellationToken));
        bool converged = best.Converged && limitsConverged;
        var signal = new Dictionary<string, double>();
        var background = new Dictionary<string, double>();
        for (int k = 0; k < parts.Count; k++)
        {
            var t = parts[k].Model.Templates;
            signal[t.Name] = combination.SignalCounts(k, likelihood, best.Values);
            background[t.Name] = t.Backgrounds.Sum(b =>
                best.Values[likelihood.IndexOf(ExperimentCombination.Namespaced(t.Name, "bkg_" + b.Name))] * b.Counts.Sum());
        }
        var units = parts.Select(p => p.Model.Templates.ObservedUnit).Distinct();
        return new FitReport(string.Join("+", parts.Select(p => p.Model.Templates.Name)), string.Join(",", parts.Select(p => p.Data.Path)),
            FitOptions.MethodName(options.Method), converged, string.Join(",", units), counts.Sum(c => c.Length), counts.Sum(c => c.Sum()),
            bestFit, limits, signal, background);
    }
}
