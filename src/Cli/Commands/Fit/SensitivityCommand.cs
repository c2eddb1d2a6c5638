using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Toys;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>The expected 90 % CL limit on one POI: the Asimov (median) limit and the toy bands, as magnitudes (mu_B, GeV^-2).</summary>
/// <param name="Median">Limit on the null Asimov data set (the median in the asymptotic regime).</param>
/// <param name="ToyMedian">Median of the toy limits (NaN without toys).</param>
/// <param name="Band1">[16 %, 84 %] quantiles of the toy limits.</param>
/// <param name="Band2">[2.3 %, 97.7 %] quantiles of the toy limits.</param>
public sealed record SensitivityBands(double Median, double ToyMedian, double[] Band1, double[] Band2);

/// <summary>The result of <c>nummgen sensitivity</c>.</summary>
/// <param name="Config">Config name.</param>
/// <param name="Method">asymptotic, cls or fc.</param>
/// <param name="Toys">Toys at the null hypothesis.</param>
/// <param name="Parameters">Bands per POI (<c>mu</c> in mu_B; tensor couplings in GeV^-2).</param>
public sealed record SensitivityReport(string Config, string Method, int Toys, IReadOnlyDictionary<string, SensitivityBands> Parameters)
{
    /// <summary>With <c>--exposure-scan</c> (or <c>--plot</c>): the limit on mu against exposure (<see cref="SensitivityScan"/>); else null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SensitivityScanPoint>? ExposureScan { get; init; }
}

/// <summary>
/// <c>nummgen sensitivity --config FILE [--toys N]</c>: expected 90 % CL limits (Asimov median and toy bands) per POI;
/// <c>--exposure-scan</c> adds them against exposure and <c>--plot</c> draws that scan (<see cref="SensitivityPlot"/>).
/// </summary>
public static class SensitivityCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var options = new FitOptions();
        var toys = new Option<int>("--toys") { Description = "Toys at the null hypothesis for the +-1 and +-2 sigma bands (0: Asimov median only).", DefaultValueFactory = _ => 200 };
        var command = new Command("sensitivity", "Expected 90 % CL upper limits: Asimov median and toy bands per parameter of interest.") { toys };
        options.AddTo(command);
        var scanOption = new Option<string?>("--exposure-scan")
        {
            Description = "Also the expected limit on mu at these multiples of the configured exposure, e.g. 0.1,0.3,1,3,10 (--plot without it: 0.1 to 10).",
        };
        command.Options.Add(scanOption);
        var plot = new PlotOptions(SensitivityPlot.DefaultWidth, SensitivityPlot.DefaultHeight);
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, token) =>
        {
            var plotRequest = plot.Read(parse);
            var factors = parse.GetValue(scanOption) is { } scanText ? SensitivityScan.ParseFactors(scanText)
                : plotRequest is not null ? [.. SensitivityScan.DefaultFactors] : null;
            int n = parse.GetValue(toys);
            if (n < 0)
                throw new InputException($"--toys = {n}: expected >= 0.");
            var limitOptions = options.Limits(parse);
            var resolved = options.Config.Resolve(parse);
            var model = FitOptions.LoadModel(resolved, parse.GetValue(options.Config.Config)!.Name, context);
            var bands = new Dictionary<string, SensitivityBands>();
            foreach (string poi in model.Pois)
            {
                string name = ExperimentModel.ReportedName(poi);
                var likelihood = model.Likelihood(poi);
                var belt = ExperimentInference.Belt(likelihood, poi, limitOptions,
                    new StderrProgress(context.Output.Error, $"belt toys ({name})", limitOptions.BeltToys * limitOptions.BeltPoints), token);
                var e = Sensitivity.Bands(likelihood, poi, n, limitOptions.Seed, 0.9, limitOptions.Method, belt, null, null,
                    new StderrProgress(context.Output.Error, $"sensitivity toys ({name})", n), token);
                double M(double x) => ExperimentModel.Magnitude(poi, x);
                bands[name] = new SensitivityBands(M(e.Asimov), M(e.Median), [M(e.Minus1), M(e.Plus1)], [M(e.Minus2), M(e.Plus2)]);
            }
            var scan = factors is null ? null
                : SensitivityScan.Run(model, ExperimentModel.MuSquared, factors, n, limitOptions, context.Output.Error, token);
            var report = new SensitivityReport(model.Templates.Name, FitOptions.MethodName(limitOptions.Method), n, bands) { ExposureScan = scan };
            if (parse.GetValue(options.JsonOutput))
            {
                context.Output.Out.WriteLine(JsonSerializer.Serialize(report, FitOptions.Json));
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                context.Output.Out.WriteLine($"expected 90% CL limits for {report.Config} ({report.Method}, {n} toys)");
                foreach (var (name, b) in bands)
                    context.Output.Out.WriteLine(string.Create(c, $"  {name,-10} median {b.Median:G4}  1 sigma [{b.Band1[0]:G4}, {b.Band1[1]:G4}]  2 sigma [{b.Band2[0]:G4}, {b.Band2[1]:G4}]"));
                foreach (var p in scan ?? [])
                    context.Output.Out.WriteLine(string.Create(c, $"  exposure x{p.Factor,-6:G4} mu median {p.Asimov:G4}  1 sigma [{p.Minus1:G4}, {p.Plus1:G4}]  2 sigma [{p.Minus2:G4}, {p.Plus2:G4}]"));
            }
            plotRequest?.Write(SensitivityPlot.Build(report.Config, resolved.ExposureText, report.Method, n, scan!),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.sensitivity"));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
