using System.CommandLine;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fluxes.Config;
using NuMMGen.Fluxes.Reporting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen flux</c>: lists a source's components with their integrated fluxes and, with <c>--enu</c>,
/// the neutrino state at the detector (P_ee, flavour and mass-state probabilities) and the spectrum there.
/// A thin wrapper over <see cref="FluxSources"/> and <see cref="FluxReport"/>.
/// </summary>
public static class FluxCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var source = new Option<string?>("--source")
        {
            Description = "Source: solar (B16 SSM + MSW), sns (pion decay at rest), reactor, line (radioactive source) or table (user CSV). Defaults to the config's \"source\".",
        };
        source.AcceptOnlyFromAmong([.. FluxSources.Names]);
        var config = new Option<FileInfo?>("--config") { Description = "JSON flux configuration (comments allowed); solar and sns run without one." };
        var component = new Option<string?>("--component") { Description = "Show only this component (e.g. pp, 7Be, 8B, prompt-numu)." };
        var enu = new Option<double?>("--enu") { Description = "Neutrino energy in MeV at which to print the state and spectrum value." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("flux", "Neutrino sources: components, integrated fluxes, and the neutrino state at the detector.")
        {
            source, config, component, enu, json,
        };
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (_, _) =>
        {
            var file = parse.GetValue(config);
            var loaded = file is null ? null : FluxConfig.Load(file.FullName);
            var name = parse.GetValue(source);
            if (name is null && loaded?.Source is null)
            {
                throw new Physics.InputException($"--source: give a source ({string.Join(", ", FluxSources.Names)}) or a --config that names one.");
            }
            var report = FluxReport.Create(FluxSources.Create(name, loaded), parse.GetValue(component), parse.GetValue(enu));
            context.Output.Out.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText());
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
