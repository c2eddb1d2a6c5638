using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary><c>nummgen fit --add CONFIG=DATA</c>: several experiments in one likelihood.</summary>
public sealed class CombinedFitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-fit-add-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static double MuLimit(CliRunner.Outcome r)
    {
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement.GetProperty("limits90").GetProperty("mu").GetDouble();
    }

    [Fact]
    public void Two_germanium_experiments_fitted_together_set_a_stronger_limit_with_their_own_nuisances()
    {
        string texono = GenerateCommandTests.Config("texono.json"), gemma = GenerateCommandTests.Config("gemma.json");
        string texonoData = AsimovCsv.Write(texono, _dir), gemmaData = AsimovCsv.Write(gemma, _dir);
        double alone1 = MuLimit(CliRunner.Run("fit", "--config", texono, "--data", texonoData, "--json"));
        double alone2 = MuLimit(CliRunner.Run("fit", "--config", gemma, "--data", gemmaData, "--json"));
        var r = CliRunner.Run("fit", "--config", texono, "--data", texonoData, "--add", $"{gemma}={gemmaData}", "--json");
        double both = MuLimit(r);
        Assert.True(both < Math.Min(alone1, alone2), $"combined {both:E3}, alone {alone1:E3} and {alone2:E3}");
        // Independent, background-dominated experiments: 1/limit^4 (the mu^2 Fisher information) roughly adds.
        double expected = Math.Pow(Math.Pow(alone1, -4) + Math.Pow(alone2, -4), -0.25);
        Assert.InRange(both / expected, 0.8, 1.2);
        var root = JsonDocument.Parse(r.Out).RootElement;
        var best = root.GetProperty("bestFit");
        Assert.True(best.TryGetProperty("texono:flux_reactor", out _) && best.TryGetProperty("gemma:flux_reactor", out _));
        var signal = root.GetProperty("signalCounts");
        Assert.True(signal.TryGetProperty("texono", out _) && signal.TryGetProperty("gemma", out _));
    }

    [Theory]
    [InlineData("configs/gemma.json")]
    [InlineData("/nonexistent.json=data.csv")]
    public void A_bad_add_exits_with_2_naming_the_option(string value)
    {
        string texono = GenerateCommandTests.Config("texono.json");
        var r = CliRunner.Run("fit", "--config", texono, "--data", AsimovCsv.Write(texono, _dir), "--add", value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--add", r.Error);
    }
}
