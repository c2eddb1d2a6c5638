using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen flux</c> as a user runs it. Numbers: B16-GS98 fluxes (Vinyoles et al., ApJ 835, 202 (2017));
/// Borexino P_ee for 8B at 8.1 MeV, 0.37 +- 0.08 (Nature 562, 505 (2018)); GEMMA reactor flux 2.7e13 cm^-2 s^-1
/// at 3 GW_th and 13.9 m (docs physics.md 4.3).
/// </summary>
public class FluxCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var r = CliRunner.Run([.. args, "--json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement;
    }

    [Fact]
    public void SolarRunsWithoutAConfigAndListsTheB16Fluxes()
    {
        var j = Json("flux", "--source", "solar");
        var pp = j.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "pp");
        Assert.Equal(5.98e10, pp.GetProperty("integratedFlux").GetDouble(), 5.98e10 * 1e-9);
        var be7 = j.GetProperty("components").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString()!.StartsWith("7Be", StringComparison.Ordinal))
            .Sum(c => c.GetProperty("integratedFlux").GetDouble());
        Assert.Equal(4.93e9, be7, 4.93e9 * 1e-9);
    }

    [Fact]
    public void StateAtAnEnergyMatchesBorexinoFor8B()
    {
        var j = Json("flux", "--source", "solar", "--component", "8B", "--enu", "8.1");
        var pee = j.GetProperty("pee").GetDouble();
        Assert.InRange(pee, 0.37 - 0.08, 0.37 + 0.08);
        var f = j.GetProperty("flavorProbabilities");
        Assert.Equal(pee, f.GetProperty("e").GetDouble(), 1e-12);
        Assert.Equal(1.0, f.GetProperty("e").GetDouble() + f.GetProperty("mu").GetDouble() + f.GetProperty("tau").GetDouble(), 1e-9);
        var m = j.GetProperty("massStateProbabilities").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(3, m.Length);
        Assert.Equal(1.0, m.Sum(), 1e-9);
        Assert.True(j.GetProperty("spectrumPerMeV").GetDouble() > 0);
    }

    [Fact]
    public void ReactorFromAConfigFileReproducesGemma()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-gemma-{Environment.ProcessId}.json");
        File.WriteAllText(path, """
            // GEMMA: 3 GW thermal, 13.9 m (physics.md 4.3)
            { "source": "reactor", "reactor": { "powerGW": 3.0, "baselineM": 13.9 } }
            """);
        try
        {
            var j = Json("flux", "--config", path);
            var total = j.GetProperty("components").EnumerateArray().Sum(c => c.GetProperty("integratedFlux").GetDouble());
            Assert.InRange(total, 2.7e13 * 0.97, 2.7e13 * 1.03);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TableFormListsComponents()
    {
        var r = CliRunner.Run("flux", "--source", "sns", "--enu", "20");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Protons on target", r.Out);
        Assert.Contains("pee", r.Out);
    }

    [Theory]
    [InlineData("--source", "moon", "--source")]
    [InlineData("--source", "reactor", "reactor")]
    [InlineData("--config", "/nonexistent/flux.json", "/nonexistent/flux.json")]
    [InlineData("--component", "9Li", "component")]
    [InlineData("--enu", "-1", "--enu")]
    public void BadInputExitsWithTwoAndNamesTheProblem(string option, string value, string named)
    {
        var args = new List<string> { "flux" };
        if (option != "--source" && option != "--config")
        {
            args.AddRange(["--source", "solar"]);
        }
        args.AddRange([option, value]);
        var r = CliRunner.Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(named, r.Error);
        Assert.Equal("", r.Out);
    }
}
