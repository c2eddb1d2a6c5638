using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;

namespace NuMMGen.Cli.Commands;

/// <summary>The result of <c>nummgen fit</c>.</summary>
/// <param name="Config">Config name.</param>
/// <param name="Data">The data file.</param>
/// <param name="Method">asymptotic, cls or fc.</param>
/// <param name="Converged">Whether the best fit and every limit converged.</param>
/// <param name="ObservedUnit">Unit of the observed value.</param>
/// <param name="Bins">Number of fit bins.</param>
/// <param name="ObservedCounts">Observed events in the fit bins.</param>
/// <param name="BestFit">Best-fit values: mu in mu_B, tensor couplings |C| in GeV^-2, normalisations by their names.</param>
/// <param name="Limits90">Upper limits at 90 % CL (mu in mu_B under <c>mu</c>; |C| in GeV^-2), one POI at a time.</param>
/// <param name="SignalCounts">Expected signal counts at the best fit per channel.</param>
/// <param name="BackgroundCounts">Expected background counts at the best fit per channel.</param>
public sealed record FitReport(string Config, string Data, string Method, bool Converged, string ObservedUnit, int Bins, double ObservedCounts,
    IReadOnlyDictionary<string, double> BestFit, IReadOnlyDictionary<string, double> Limits90,
    IReadOnlyDictionary<string, double> SignalCounts, IReadOnlyDictionary<string, double> BackgroundCounts)
{
    /// <summary>Time bins of a 2D (observed x time) fit; 1 for a 1D fit.</summary>
    public int TimeBins { get; init; } = 1;

    /// <summary>Baker-Cousins chi^2 of the best fit (data part of -2 ln L, without the constraints) over the fit's cells.</summary>
    public double BestFitChi2 { get; init; }

    /// <summary>
    /// The signal (SM) count measured with a free normalisation and its profile-likelihood 1-sigma error per channel
    /// (<see cref="SignalCountFit"/>): <c>{count, error, lower, upper}</c>.
    /// </summary>
    public IReadOnlyDictionary<string, SignalCountFit.Summary>? SignalCountFits { get; init; }
}

/// <summary>
/// <c>nummgen fit --config FILE --data FILE</c>: binned Poisson likelihood fit of observed data (event file, binned or
/// unbinned CSV; <see cref="ObservedData"/>) with the config's experiment model (<see cref="ExperimentModel"/>), and
/// 90 % CL upper limits on mu (and a tensor coupling).
/// </summary>
public static class FitCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var options = new FitOptions();
        var data = new Option<FileInfo>("--data")
        {
            Description = "Data: an Arrow event file (generate --pseudo-experiment), a CSV 'bin_low,bin_high,counts' (its bins are the fit bins) or a CSV 'observed[,time]'.",
            Required = true,
        };
        var command = new Command("fit", "Fit observed data: best-fit values and 90 % CL upper limits on mu (and a tensor coupling).") { data };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (_, token) =>
        {
            var observed = ObservedData.Load(parse.GetValue(data)!.FullName);
            var model = options.LoadModel(parse, context, observed.BinEdges, observed.TimeEdgesUs);
            var limitOptions = options.Limits(parse);
            var report = Run(model, observed, limitOptions, context.Output.Error, token);
            if (parse.GetValue(options.JsonOutput))
                context.Output.Out.WriteLine(JsonSerializer.Serialize(report, FitOptions.Json));
            else
                WriteTable(report, context.Output.Out);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    /// <summary>Fits <paramref name="observed"/> with <paramref name="model"/> and sets the limits.</summary>
    public static FitReport Run(ExperimentModel model, ObservedData observed, LimitOptions options, TextWriter progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(options);
        var t = model.Templates;
        var counts = observed.CountsIn(t);
        var likelihood = model.Likelihood();
        var best = new Fitter(likelihood).Fit(ExperimentInference.Observed(likelihood, counts));
        var bestFit = new Dictionary<string, double>();
        for (int i = 0; i < likelihood.Parameters.Count; i++)
        {
            string name = likelihood.Parameters[i].Name;
            bool poi = model.Pois.Contains(name);
            bestFit[poi ? ExperimentModel.ReportedName(name) : name] = poi ? ExperimentModel.Magnitude(name, best.Values[i]) : best.Values[i];
        }
        bool converged = best.Converged;
        var limits = new Dictionary<string, double>();
        foreach (string poi in model.Pois)
        {
            var bar = new StderrProgress(progress, $"belt toys ({ExperimentModel.ReportedName(poi)})", options.BeltToys * options.BeltPoints);
            var interval = ExperimentInference.UpperLimit(model, poi, counts, options,
                options.Method == LimitMethod.FeldmanCousins ? bar : null, cancellationToken);
            limits[ExperimentModel.ReportedName(poi)] = ExperimentModel.Magnitude(poi, interval.Upper);
            converged &= interval.Converged;
        }
        double background = t.Backgrounds.Sum(b => best.Values[likelihood.IndexOf("bkg_" + b.Name)] * b.Counts.Sum());
        return new FitReport(t.Name, observed.Path, FitOptions.MethodName(options.Method), converged, t.ObservedUnit, t.Edges.Length - 1,
            counts.Sum(), bestFit, limits, new Dictionary<string, double> { [t.Name] = model.SignalCounts(likelihood, best.Values) },
            new Dictionary<string, double> { [t.Name] = background })
        {
            TimeBins = t.TimeBinCount,
            BestFitChi2 = ExperimentInference.Deviance(model, likelihood, best.Values, counts),
            SignalCountFits = new Dictionary<string, SignalCountFit.Summary> { [t.Name] = SignalCountFit.Measure(model, counts).Summarise() },
        };
    }

    private static void WriteTable(FitReport r, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"fit of {r.Data} ({r.Bins} bins in {r.ObservedUnit}{(r.TimeBins > 1 ? $" x {r.TimeBins} time bins" : "")}, {r.ObservedCounts.ToString("G6", c)} events), method {r.Method}, converged {r.Converged}");
        foreach (var (name, value) in r.BestFit)
            output.WriteLine($"  best fit   {name,-24} {value.ToString("G5", c)}");
        foreach (var (name, value) in r.Limits90)
            output.WriteLine($"  90% limit  {name,-24} {value.ToString("G4", c)}{(name == "mu" ? " mu_B" : " GeV^-2")}");
        foreach (var (name, value) in r.SignalCounts)
            output.WriteLine($"  signal     {name,-24} {value.ToString("G6", c)} (background {r.BackgroundCounts[name].ToString("G6", c)})");
        foreach (var (name, m) in r.SignalCountFits ?? new Dictionary<string, SignalCountFit.Summary>())
            output.WriteLine($"  SM count   {name,-24} {m.Count.ToString("G4", c)} +- {m.Error.ToString("G3", c)} (free normalisation, profile likelihood)");
    }
}
