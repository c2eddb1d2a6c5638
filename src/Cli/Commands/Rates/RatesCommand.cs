using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen rates</c>: expected event counts per channel (component, process, target) for the configured
/// exposure and recoil window, split into SM, magnetic, tensor and scalar parts. A thin wrapper over the model;
/// <c>--plot</c> draws the true and observed spectra (<see cref="RatesPlot"/>).
/// </summary>
public static class RatesCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var config = new ConfigOptions();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("rates", "Expected counts per component and process for the configured exposure and recoil window.") { json };
        config.AddTo(command);
        var plot = new PlotOptions(RatesPlot.DefaultWidth, RatesPlot.DefaultHeight);
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, _) =>
        {
            var request = plot.Read(parse);
            var resolved = config.Resolve(parse);
            var model = context.ModelFactory(resolved.Setup);
            var spectra = request is null ? null : RatesSpectra.Compute(resolved, model);
            var report = RatesReport.Create(resolved, model, spectra);
            if (parse.GetValue(json))
                report.WriteJson(context.Output.Out);
            else
                report.WriteTable(context.Output.Console);
            if (spectra is not null)
                request!.Write(RatesPlot.Build(spectra), services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.rates"));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
