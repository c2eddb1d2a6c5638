using Spectre.Console;

namespace NuMMGen.Cli.Hosting;

/// <summary>
/// Where a command writes: standard output for results (tables or JSON), standard error for messages.
/// Commands never touch <see cref="Console"/> directly, so tests can run them in-process.
/// </summary>
public sealed class CliOutput
{
    /// <summary>Creates the output pair; <paramref name="interactive"/> enables colours and live progress.</summary>
    public CliOutput(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 120;
        }
    }

    /// <summary>Results: tables, JSON.</summary>
    public TextWriter Out { get; }

    /// <summary>Diagnostics and error messages.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard output is a terminal (progress bars and colour allowed).</summary>
    public bool Interactive { get; }

    /// <summary>A Spectre.Console view of <see cref="Out"/> for tables and progress.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The process's own console streams.</summary>
    public static CliOutput FromProcessConsole() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected);
}
