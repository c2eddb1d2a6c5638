namespace NuMMGen.Cli.Hosting;

/// <summary>The exit codes of <c>nummgen</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A failure while running (an unexpected error, an I/O failure).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or bad input: unknown option or value, out-of-range number, bad config or data file.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled by the user (Ctrl-C / SIGTERM), following the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
