using System.Globalization;
using System.Text;
using System.Text.Json;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Generator.Config;

namespace NuMMGen.Cli.Tests;

/// <summary><c>nummgen fit</c>: an Asimov binned CSV, a pseudo-experiment event file, and bad data files.</summary>
public sealed class FitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-fit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Fit_of_the_null_Asimov_binned_csv_recovers_mu_zero_with_a_limit()
    {
        string config = GenerateCommandTests.Config("texono.json");
        var resolved = GeneratorConfig.Load(config).Resolve();
        var edges = FitBinning.Edges(resolved.Config.Fit.Bins, resolved.Detector!);
        var t = ExperimentTemplates.Build(resolved, edges, ModelFactories.Default);
        // The templates come from the same fold as `rates`: their sums are its totals.
        var rates = CliRunner.Run("rates", "--config", config, "--json");
        Assert.True(rates.ExitCode == 0, rates.Error);
        var root = JsonDocument.Parse(rates.Out).RootElement;
        Assert.Equal(root.GetProperty("totalSignal").GetDouble(), t.Sm.Sum(), 1e-6 * t.Sm.Sum());
        Assert.Equal(root.GetProperty("totalBackground").GetDouble(), t.Backgrounds.Sum(b => b.Counts.Sum()), 1e-6);
        var csv = new StringBuilder("bin_low,bin_high,counts\n");
        for (int b = 0; b < edges.Length - 1; b++)
        {
            double n = t.Sm[b] + t.Backgrounds.Sum(g => g.Counts[b]);
            csv.Append(CultureInfo.InvariantCulture, $"{edges[b]:R},{edges[b + 1]:R},{n:R}\n");
        }
        string data = Path.Combine(_dir, "asimov.csv");
        File.WriteAllText(data, csv.ToString());
        var r = CliRunner.Run("fit", "--config", config, "--data", data, "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.Equal("asymptotic", fit.GetProperty("method").GetString());
        Assert.True(fit.GetProperty("bestFit").GetProperty("mu").GetDouble() < 1e-11);
        Assert.Equal(1.0, fit.GetProperty("bestFit").GetProperty("flux_reactor").GetDouble(), 1e-3);
        double limit = fit.GetProperty("limits90").GetProperty("mu").GetDouble();
        Assert.InRange(limit, 1e-11, 1e-9);
        Assert.Equal(t.Sm.Sum(), fit.GetProperty("signalCounts").GetProperty("texono").GetDouble(), 1e-3 * t.Sm.Sum());
    }

    [Fact]
    public void Fit_of_a_pseudo_experiment_event_file_gives_a_finite_limit()
    {
        string config = GenerateCommandTests.Config("texono.json");
        string events = Path.Combine(_dir, "pseudo.arrow");
        var g = CliRunner.Run("generate", "--config", config, "--seed", "5", "--out", events, "--pseudo-experiment", "--threads", "1");
        Assert.True(g.ExitCode == 0, g.Error);
        var r = CliRunner.Run("fit", "--config", config, "--data", events, "--json", "--method", "cls");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal("cls", fit.GetProperty("method").GetString());
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.InRange(fit.GetProperty("limits90").GetProperty("mu").GetDouble(), 1e-11, 1e-9);
        Assert.True(fit.GetProperty("observedCounts").GetDouble() > 1000);
    }

    [Theory]
    [InlineData("bin_low,bin_high,counts\n2,3,5\n3,4,x\n", ":3:")]
    [InlineData("bin_low,bin_high,counts\n2,3,5\n3.5,4,1\n", ":3:")]
    [InlineData("energy\n3\n", ":1:")]
    [InlineData("observed,time\n3,1\n4\n", ":3:")]
    public void A_bad_data_file_exits_with_2_naming_the_file_and_line(string content, string line)
    {
        string data = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(data, content);
        var r = CliRunner.Run("fit", "--config", GenerateCommandTests.Config("texono.json"), "--data", data);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad.csv" + line, r.Error);
    }
}
