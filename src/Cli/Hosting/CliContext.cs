using System.CommandLine;
using Microsoft.Extensions.Logging;
using NuMMGen.Generator.Model;

namespace NuMMGen.Cli.Hosting;

/// <summary>What every command needs from the application: its output streams and the global options.</summary>
public sealed class CliContext
{
    /// <summary>Creates the context for one run of the program.</summary>
    /// <param name="output">Where results and messages go.</param>
    /// <param name="modelFactory">Builds the event model for a setup (default: <see cref="ModelFactories.Default"/>); tests pass a fake.</param>
    public CliContext(CliOutput output, Func<EventModelSetup, IEventModel>? modelFactory = null)
    {
        Output = output;
        ModelFactory = modelFactory ?? ModelFactories.Default;
    }

    /// <summary>Where results and messages go.</summary>
    public CliOutput Output { get; }

    /// <summary>Builds the rate engine and sampler for a setup (used by <c>generate</c> and <c>rates</c>).</summary>
    public Func<EventModelSetup, IEventModel> ModelFactory { get; }

    /// <summary><c>--log-level</c>: minimum level of log lines written to standard error (all commands).</summary>
    public Option<LogLevel> LogLevel { get; } = new("--log-level")
    {
        Description = "Minimum level of log messages on standard error: Trace, Debug, Information, Warning, Error, None.",
        DefaultValueFactory = _ => Microsoft.Extensions.Logging.LogLevel.Information,
        Recursive = true,
    };

    /// <summary>
    /// Runs <paramref name="body"/> for a parsed command inside the host (<see cref="CommandHost"/>),
    /// with the log level chosen on the command line.
    /// </summary>
    public Task<int> RunHostedAsync(ParseResult parse, CancellationToken cancellationToken, Func<IServiceProvider, CancellationToken, Task<int>> body) =>
        CommandHost.RunAsync(Output, parse.GetValue(LogLevel), body, cancellationToken);
}
