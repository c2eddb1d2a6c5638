using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace NuMMGen.Cli.Hosting;

/// <summary>What every command needs from the application: its output streams and the global options.</summary>
public sealed class CliContext
{
    /// <summary>Creates the context for one run of the program.</summary>
    public CliContext(CliOutput output)
    {
        Output = output;
    }

    /// <summary>Where results and messages go.</summary>
    public CliOutput Output { get; }

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
