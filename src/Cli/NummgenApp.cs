using System.CommandLine;
using NuMMGen.Cli.Commands;
using NuMMGen.Cli.Hosting;

namespace NuMMGen.Cli;

/// <summary>
/// The <c>nummgen</c> program: parses the command line first (System.CommandLine), then runs the chosen
/// command inside a host built for it. Parse errors print a message naming the problem and exit with 2.
/// </summary>
public static class NummgenApp
{
    /// <summary>Builds the command tree for one run.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "NuMMGen: Monte Carlo event generator and detector simulation for neutrino magnetic moments and tensor/scalar neutrino interactions.");
        root.Options.Add(context.LogLevel);
        root.Subcommands.Add(XsecCommand.Create(context));
        root.Subcommands.Add(FluxCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(RatesCommand.Create(context));
        root.Subcommands.Add(EftCommand.Create(context));
        root.Subcommands.Add(FitCommand.Create(context));
        root.Subcommands.Add(SensitivityCommand.Create(context));
        root.Subcommands.Add(CoverageCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, CliOutput output, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(output), cancellationToken);

    /// <summary>Parses <paramref name="args"/> and runs the command with <paramref name="context"/> (e.g. a test's model factory).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var output = context.Output;
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await output.Error.WriteLineAsync($"error: {Describe(error)}").ConfigureAwait(false);
            }
            var name = parse.CommandResult.Command == root ? "nummgen" : $"nummgen {parse.CommandResult.Command.Name}";
            await output.Error.WriteLineAsync($"Run '{name} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var invocation = new InvocationConfiguration { Output = output.Out, Error = output.Error };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A parse error prefixed with the option it concerns, when the parser's message does not name it.</summary>
    private static string Describe(System.CommandLine.Parsing.ParseError error)
    {
        var option = error.SymbolResult switch
        {
            System.CommandLine.Parsing.OptionResult o => o.Option.Name,
            System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o.Option.Name,
            _ => null,
        };
        var message = System.Text.RegularExpressions.Regex.Replace(error.Message, @"\s*\n\s*", " ");
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
    }
}
