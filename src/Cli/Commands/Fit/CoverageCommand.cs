using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Toys;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>The result of <c>nummgen coverage</c>.</summary>
/// <param name="Config">Config name.</param>
/// <param name="Parameter">The POI (mu or a tensor coupling).</param>
/// <param name="TrueValue">Its true value (mu_B or GeV^-2).</param>
/// <param name="Method">The method reported in <paramref name="Coverage"/>.</param>
/// <param name="Coverage">Fraction of toys whose 90 % interval contains the true value.</param>
/// <param name="Error">Binomial standard error.</param>
/// <param name="Toys">Number of toys.</param>
/// <param name="AllMethods">Coverage of every method (asymptotic, cls, fc) on the same toys.</param>
/// <param name="FailedFits">Toys with a non-converged fit (still counted).</param>
public sealed record CoverageCommandReport(string Config, string Parameter, double TrueValue, string Method, double Coverage, double Error,
    int Toys, IReadOnlyDictionary<string, double> AllMethods, int FailedFits);

/// <summary>
/// <c>nummgen coverage --config FILE --true mu=VALUE[,VALUE...] --toys N</c>: coverage of the 90 % CL intervals at each true
/// value; <c>--plot</c> draws coverage against the true value (<see cref="CoveragePlot"/>).
/// </summary>
public static class CoverageCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var options = new FitOptions();
        var truth = new Option<string>("--true") { Description = "The true point, e.g. mu=3e-11 (mu_B) or tensorE=1e-6 (GeV^-2), or several values mu=1e-11,2e-11,3e-11 (one study each); nuisances nominal.", Required = true };
        var toys = new Option<int>("--toys") { Description = "Toys at the true point.", DefaultValueFactory = _ => 1000 };
        var command = new Command("coverage", "Coverage of the 90 % CL intervals at a true parameter value (toys).") { truth, toys };
        options.AddTo(command);
        var plot = new PlotOptions(CoveragePlot.DefaultWidth, CoveragePlot.DefaultHeight);
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, token) =>
        {
            int n = parse.GetValue(toys);
            if (n < 1)
                throw new InputException($"--toys = {n}: expected >= 1.");
            string text = parse.GetValue(truth)!;
            int eq = text.IndexOf('=', StringComparison.Ordinal);
            double[] values = eq <= 0 ? [] : text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries).Select(v =>
                double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x >= 0 && double.IsFinite(x) ? x : double.NaN).ToArray();
            if (values.Length == 0 || values.Any(double.IsNaN))
                throw new InputException($"--true {text}: expected param=value[,value...] with values >= 0, e.g. mu=3e-11 or mu=1e-11,2e-11,3e-11.");
            var plotRequest = plot.Read(parse);
            var limitOptions = options.Limits(parse);
            var model = options.LoadModel(parse, context);
            string name = text[..eq].Trim();
            string poi = model.Pois.FirstOrDefault(p => ExperimentModel.ReportedName(p) == name)
                ?? throw new InputException($"--true {text}: unknown parameter '{name}'; expected one of {string.Join(", ", model.Pois.Select(ExperimentModel.ReportedName))}.");
            var likelihood = model.Likelihood(poi);
            var reports = new List<CoverageCommandReport>();
            foreach (double value in values)
            {
                var theta = likelihood.InitialValues();
                double unit = ExperimentModel.Magnitude(poi, 1);
                theta[likelihood.IndexOf(poi)] = value / unit * (value / unit);
                var result = CoverageStudy.Run(likelihood, poi, theta, new CoverageOptions(n, limitOptions.Seed, 0.9, limitOptions.BeltToys),
                    new StderrProgress(context.Output.Error, "coverage toys", n), token);
                var chosen = result.Results.First(r => r.Method == limitOptions.Method);
                var report = new CoverageCommandReport(model.Templates.Name, name, value, FitOptions.MethodName(limitOptions.Method), chosen.Fraction,
                    chosen.BinomialError, n, result.Results.ToDictionary(r => FitOptions.MethodName(r.Method), r => r.Fraction), result.FailedFits);
                reports.Add(report);
                if (!parse.GetValue(options.JsonOutput))
                    context.Output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"coverage of {report.Method} 90% CL at {name} = {value:G4}: {report.Coverage:F4} +- {report.Error:F4} ({n} toys; all: {string.Join(", ", report.AllMethods.Select(p => $"{p.Key} {p.Value:F3}"))})"));
            }
            // One true value: one JSON object (as before); several: an array of them.
            if (parse.GetValue(options.JsonOutput))
                context.Output.Out.WriteLine(reports.Count == 1 ? JsonSerializer.Serialize(reports[0], FitOptions.Json) : JsonSerializer.Serialize(reports, FitOptions.Json));
            plotRequest?.Write(CoveragePlot.Build(reports), services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.coverage"));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
