using System.Diagnostics;
using NuMMGen.Cli;
using NuMMGen.Cli.Hosting;

namespace NuMMGen.Cli.Tests;

/// <summary>Runs <c>nummgen</c> in-process (fast) or as a real process, capturing its streams.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs in-process with <paramref name="modelFactory"/> building the event model (null: the program's own).</summary>
    public static Outcome RunWith(Func<NuMMGen.Generator.Model.EventModelSetup, NuMMGen.Generator.Model.IEventModel>? modelFactory,
        params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(new CliOutput(stdout, stderr, interactive: false), modelFactory);
        var code = NummgenApp.RunAsync(args, context).GetAwaiter().GetResult();
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built program as a user would: <c>dotnet nummgen.dll ARGS</c>.</summary>
    public static Outcome RunProcess(params string[] args) => RunProcessWith(new Dictionary<string, string>(), args);

    /// <summary><see cref="RunProcess"/> with <paramref name="environment"/> added to the child's environment.</summary>
    public static Outcome RunProcessWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nummgen.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
