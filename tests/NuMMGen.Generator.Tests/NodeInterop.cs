using System.Diagnostics;
using System.Reflection;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Runs the apache-arrow JS scripts in interop/. Missing node or npm packages make the test fail with the
/// command that installs them (CI runs it): interop is a requirement, not an optional extra.
/// </summary>
internal static class NodeInterop
{
    public const string InstallCommand = "(cd tests/NuMMGen.Generator.Tests/interop && npm ci --no-audit --no-fund)";

    public static string Directory { get; } = typeof(NodeInterop).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "InteropDirectory").Value!;

    /// <summary>Runs <c>node script args...</c> in the interop directory and returns its standard output.</summary>
    public static string Run(string script, params string[] args)
    {
        string package = Path.Combine(Directory, "node_modules", "apache-arrow", "package.json");
        Assert.True(File.Exists(package),
            $"The npm package apache-arrow is not installed in {Directory}. Install it with: {InstallCommand}");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Directory, script));
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Could not start 'node' (Node.js 20 is required for the Arrow interoperability tests): {e.Message}");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), $"node {script} did not finish in 120 s");
            Assert.True(process.ExitCode == 0, $"node {script} failed with exit code {process.ExitCode}:\n{stderr.Result}");
            return stdout;
        }
    }
}
