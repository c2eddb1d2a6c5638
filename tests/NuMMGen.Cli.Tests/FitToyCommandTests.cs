using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary><c>nummgen sensitivity</c> and <c>nummgen coverage</c> on the TEXONO preset with few toys.</summary>
public sealed class FitToyCommandTests
{
    [Fact]
    public void Sensitivity_gives_an_ordered_band_around_the_Asimov_median()
    {
        var r = CliRunner.Run("sensitivity", "--config", GenerateCommandTests.Config("texono.json"), "--toys", "40", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("sensitivity toys (mu): 40/40", r.Error);
        var mu = JsonDocument.Parse(r.Out).RootElement.GetProperty("parameters").GetProperty("mu");
        double median = mu.GetProperty("median").GetDouble();
        var band1 = mu.GetProperty("band1").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var band2 = mu.GetProperty("band2").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.InRange(median, 1e-11, 1e-9);
        Assert.True(band2[0] <= band1[0] && band1[0] < median && median < band1[1] && band1[1] <= band2[1]);
    }

    [Fact]
    public void Sensitivity_without_toys_writes_the_missing_toy_quantities_as_null_not_as_strings()
    {
        var r = CliRunner.Run("sensitivity", "--config", GenerateCommandTests.Config("texono.json"), "--toys", "0", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.DoesNotContain("NaN", r.Out);
        var mu = JsonDocument.Parse(r.Out).RootElement.GetProperty("parameters").GetProperty("mu");
        Assert.Equal(JsonValueKind.Number, mu.GetProperty("median").ValueKind);
        Assert.Equal(JsonValueKind.Null, mu.GetProperty("toyMedian").ValueKind);
        Assert.All(mu.GetProperty("band1").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.ValueKind));
    }

    [Fact]
    public void Coverage_reports_the_fraction_its_error_and_the_toys()
    {
        var r = CliRunner.Run("coverage", "--config", GenerateCommandTests.Config("texono.json"), "--true", "mu=1e-10",
            "--toys", "100", "--belt-toys", "100", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(100, root.GetProperty("toys").GetInt32());
        double p = root.GetProperty("coverage").GetDouble();
        Assert.InRange(p, 0.75, 1.0);
        Assert.Equal(Math.Sqrt(p * (1 - p) / 100), root.GetProperty("error").GetDouble(), 1e-12);
    }

    [Fact]
    public void Coverage_with_an_unknown_parameter_exits_with_2()
    {
        var r = CliRunner.Run("coverage", "--config", GenerateCommandTests.Config("texono.json"), "--true", "tau=1", "--toys", "10");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tau", r.Error);
    }
}
