using NuMMGen.Generator.Config;
using NuMMGen.Generator.Model;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>Real models shared by the plot tests (built once; the rate engine is immutable and thread safe).</summary>
internal static class PlotTestData
{
    private static readonly Lazy<(ResolvedGeneratorConfig Config, EventModel Model)> TexonoModel = new(() => Build("texono.json"));

    private static readonly Lazy<string> TexonoPseudoExperiment = new(() =>
    {
        var path = Temp(".arrow");
        var r = CliRunner.Run("generate", "--config", GenerateCommandTests.Config("texono.json"), "--seed", "5", "--pseudo-experiment",
            "--out", path, "--threads", "1");
        Assert.True(r.ExitCode == 0, r.Error);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    /// <summary>The TEXONO preset (reactor nu-e on Ge with a flat background) and its rate engine.</summary>
    public static (ResolvedGeneratorConfig Config, EventModel Model) Texono => TexonoModel.Value;

    /// <summary>A TEXONO pseudo-experiment (seed 5) written by <c>nummgen generate</c>.</summary>
    public static string TexonoData => TexonoPseudoExperiment.Value;

    /// <summary>Resolves a preset (with <paramref name="set"/> overrides) and builds its rate engine.</summary>
    public static (ResolvedGeneratorConfig Config, EventModel Model) Build(string preset, params string[] set)
    {
        var config = GeneratorConfig.Load(GenerateCommandTests.Config(preset), set).Resolve();
        return (config, EventModel.Build(config.Setup));
    }

    /// <summary>A fresh temporary file name.</summary>
    public static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"nummgen-plot-{Guid.NewGuid():N}{extension}");

    /// <summary>Relative closeness, failing with both numbers.</summary>
    public static void Close(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Max(Math.Abs(expected), 1e-300),
            $"{what}: expected {expected:R}, got {actual:R} (relative tolerance {relative})");
}
