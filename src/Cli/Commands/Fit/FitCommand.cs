using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Physics;

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
/// 90 % CL upper limits on mu (and a tensor coupling). <c>--plot</c> draws the data, best fit and profile (<see cref="FitPlot"/>).
/// </summary>
public static class FitCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var options = new FitOptions { AllowToyCls = true };
        var eft = new FitEft();
        var combined = new CombinedFit();
        var contour = new FitContour();
        var data = new Option<FileInfo>("--data")
        {
            Description = "Data: an Arrow event file (generate --pseudo-experiment), a CSV 'bin_low,bin_high,counts' (its bins are the fit bins) or a CSV 'observed[,time]'.",
            Required = true,
        };
        var command = new Command("fit", "Fit observed data: best-fit values and 90 % CL upper limits on mu (and a tensor coupling).") { data };
        options.AddTo(command);
        eft.AddTo(command);
        combined.AddTo(command);
        contour.AddTo(command);
        var plot = new PlotOptions(FitPlot.DefaultWidth, FitPlot.DefaultHeight);
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, token) =>
        {
            var plotRequest = plot.Read(parse);
            var observed = ObservedData.Load(parse.GetValue(data)!.FullName);
            var resolved = options.Config.Resolve(parse);
            var model = FitOptions.LoadModel(resolved, parse.GetValue(options.Config.Config)!.Name, context, observed.BinEdges, observed.TimeEdgesUs);
            var limitOptions = options.Limits(parse);
            var others = combined.Load(parse, context);
            if (plotRequest is not null && others.Count > 0)
                throw new InputException("--plot: the plot is for one experiment; drop --add.");
            int? points = contour.Requested(parse, model);
            if (points is not null && others.Count > 0)
                throw new InputException("--contour: contours are for one experiment; drop --add.");
            var report = others.Count == 0
                ? Run(model, observed, limitOptions, context.Output.Error, token)
                : CombinedFit.Run([(model, observed), .. others], limitOptions, context.Output.Error, token);
            var equivalents = others.Count == 0 ? FitEft.Equivalents(report, resolved) : null;
            var grid = points is { } n ? FitContour.Scan(model, observed.CountsIn(model.Templates), report, n) : null;
            if (parse.GetValue(options.JsonOutput))
            {
                var node = eft.Json(parse, report, equivalents);
                if (grid is not null)
                    node["contour"] = FitContour.Json(grid);
                context.Output.Out.WriteLine(node.ToJsonString(FitOptions.Json));
            }
            else
            {
                WriteTable(report, context.Output.Out);
                if (grid is not null)
                    context.Output.Out.WriteLine($"  contour    {grid.Parameters[0]} x {grid.Parameters[1]} on a {grid.First.Length}x{grid.Second.Length} grid: see --json (90 % region: Delta <= {grid.Critical90:F3})");
                if (parse.GetValue(eft.Enabled))
                {
                    var (cT, _, bounds) = eft.Bounds(parse, report, equivalents);
                    EftBoundsCommand.WriteTable(context.Output.Console, cT, bounds);
                }
            }
            plotRequest?.Write(FitPlot.Build(FitSpectrum.Compute(model, observed, report)),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.fit"));
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
        var bestFit = FitResults.BestFit(likelihood, model.Pois, best.Values);
        var (limits, limitsConverged) = FitResults.Limits(model.Pois, options, progress,
            (poi, bar) => ExperimentInference.UpperLimit(model, poi, counts, options, bar, cancellationToken));
        bool converged = best.Converged && limitsConverged;
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
