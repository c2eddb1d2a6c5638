using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary><c>nummgen fit --method cls-toys</c>: CLs with toy distributions, next to the asymptotic CLs.</summary>
public sealed class FitToyClsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-fit-clstoys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Toy_CLs_on_a_large_count_experiment_agrees_with_asymptotic_CLs()
    {
        // TEXONO's thousands of events per bin put it in the asymptotic regime (Cowan et al., EPJC 71, 1554), so the toy
        // and asymptotic CLs limits agree within the toys' statistical and grid-interpolation error (here ~10 %).
        string config = GenerateCommandTests.Config("texono.json");
        string data = AsimovCsv.Write(config, _dir);
        double Limit(params string[] extra)
        {
            var r = CliRunner.Run(["fit", "--config", config, "--data", data, "--json", .. extra]);
            Assert.True(r.ExitCode == 0, r.Error);
            return JsonDocument.Parse(r.Out).RootElement.GetProperty("limits90").GetProperty("mu").GetDouble();
        }
        double asymptotic = Limit("--method", "cls");
        double toys = Limit("--method", "cls-toys", "--belt-toys", "300");
        Assert.InRange(toys / asymptotic, 0.9, 1.1);
    }

    [Fact]
    public void Sensitivity_refuses_cls_toys_with_exit_2()
    {
        var r = CliRunner.Run("sensitivity", "--config", GenerateCommandTests.Config("texono.json"), "--method", "cls-toys", "--toys", "0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cls-toys", r.Error);
    }
}
