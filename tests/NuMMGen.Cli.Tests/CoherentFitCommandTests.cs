using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen fit</c> on the COHERENT CsI 2017 preset: the released coincidence data (PE x time) keep the JSON contract
/// of the issue and reproduce the published 134 +- 22 CEvNS events (Science 357, 1123 (2017)); event and unbinned CSV
/// times enter the 2D fit.
/// </summary>
public sealed class CoherentFitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-coherent-fit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Data(string name) =>
        Path.Combine(Path.GetDirectoryName(GenerateCommandTests.Config("x"))!, "data", "coherent-csi-2017", name);

    [Fact]
    public void Fit_of_the_released_coincidence_data_keeps_the_json_contract_and_the_published_count()
    {
        var r = CliRunner.Run("fit", "--config", GenerateCommandTests.Config("coherent-csi-2017.json"),
            "--data", Data("coincidence-beam-on-pe6-30-t0-6us.csv"), "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal("asymptotic", fit.GetProperty("method").GetString());
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.Equal(12, fit.GetProperty("bins").GetInt32());
        Assert.Equal(12, fit.GetProperty("timeBins").GetInt32());
        Assert.Equal(547, fit.GetProperty("observedCounts").GetDouble());
        var best = fit.GetProperty("bestFit");
        foreach (string key in new[] { "mu", "flux_sns", "bkg_steady-state", "bkg_prompt neutrons", "qf", "acceptance_x0" })
            Assert.True(best.TryGetProperty(key, out _), key);
        double mu = fit.GetProperty("limits90").GetProperty("mu").GetDouble();
        Assert.InRange(mu, 1e-10, 1e-8); // mu_B
        Assert.True(fit.GetProperty("signalCounts").GetProperty("coherent-csi-2017").GetDouble() > 0);
        var count = fit.GetProperty("signalCountFits").GetProperty("coherent-csi-2017");
        double n = count.GetProperty("count").GetDouble(), dn = count.GetProperty("error").GetDouble();
        Assert.InRange(n, 134 - Math.Sqrt(22 * 22 + dn * dn), 134 + Math.Sqrt(22 * 22 + dn * dn));
        // chi^2 of the best fit over 144 cells: within 3 sigma of its asymptotic mean (137 degrees of freedom, sigma 16.6).
        Assert.InRange(fit.GetProperty("bestFitChi2").GetDouble(), 137 - 3 * 16.6, 137 + 3 * 16.6);
    }

    [Fact]
    public void Unbinned_csv_times_and_event_file_times_enter_the_two_dimensional_fit()
    {
        // No response nuisances: the fold is then built once (speed); the binning is the preset's 12 x 12.
        string config = GenerateCommandTests.Config("coherent-csi-2017.json");
        string[] fast = ["--set", "fit.responseNuisances=[]"];
        // The released cells expanded to events at their centres: the same counts as the binned file.
        var csv = new StringBuilder("observed,time\n");
        foreach (string line in File.ReadLines(Data("coincidence-beam-on-pe6-30-t0-6us.csv")).Where(l => l.Length > 0 && char.IsDigit(l[0])))
        {
            var f = line.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            for (int i = 0; i < (int)f[4]; i++)
                csv.Append(CultureInfo.InvariantCulture, $"{f[0]},{0.5 * (f[2] + f[3])}\n");
        }
        string unbinned = Path.Combine(_dir, "events.csv");
        File.WriteAllText(unbinned, csv.ToString());
        var a = CliRunner.Run(["fit", "--config", config, "--data", Data("coincidence-beam-on-pe6-30-t0-6us.csv"), "--json", .. fast]);
        var b = CliRunner.Run(["fit", "--config", config, "--data", unbinned, "--json", .. fast]);
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        var ja = JsonDocument.Parse(a.Out).RootElement;
        var jb = JsonDocument.Parse(b.Out).RootElement;
        Assert.Equal(547, jb.GetProperty("observedCounts").GetDouble());
        Assert.Equal(ja.GetProperty("signalCountFits").GetProperty("coherent-csi-2017").GetProperty("count").GetDouble(),
            jb.GetProperty("signalCountFits").GetProperty("coherent-csi-2017").GetProperty("count").GetDouble(), 1e-9);

        // A pseudo-experiment of the same preset (event times after the pulse centre + 0.72 us): the free-normalisation
        // count agrees with the SM expectation in 6-30 PE x 0-6 us within 4 of its errors.
        string events = Path.Combine(_dir, "pseudo.arrow");
        var g = CliRunner.Run("generate", "--config", config, "--seed", "3", "--out", events, "--pseudo-experiment", "--threads", "1");
        Assert.True(g.ExitCode == 0, g.Error);
        var c = CliRunner.Run(["fit", "--config", config, "--data", events, "--json", .. fast]);
        Assert.True(c.ExitCode == 0, c.Error);
        var jc = JsonDocument.Parse(c.Out).RootElement;
        var m = jc.GetProperty("signalCountFits").GetProperty("coherent-csi-2017");
        double expected = ja.GetProperty("signalCounts").GetProperty("coherent-csi-2017").GetDouble()
            / ja.GetProperty("bestFit").GetProperty("flux_sns").GetDouble();
        Assert.InRange(m.GetProperty("count").GetDouble(), expected - 4 * m.GetProperty("error").GetDouble(), expected + 4 * m.GetProperty("error").GetDouble());
        Assert.True(jc.GetProperty("observedCounts").GetDouble() > 400);
    }

    [Fact]
    public void One_dimensional_binned_data_are_fitted_in_one_dimension_despite_fit_time_bins()
    {
        // The released cells summed over 0-6 us: a 1D binned CSV whose bins become the fit bins (no time bins).
        var perBin = new SortedDictionary<double, (double High, double Counts)>();
        foreach (string line in File.ReadLines(Data("coincidence-beam-on-pe6-30-t0-6us.csv")).Where(l => l.Length > 0 && char.IsDigit(l[0])))
        {
            var f = line.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            perBin[f[0]] = (f[1], (perBin.TryGetValue(f[0], out var v) ? v.Counts : 0) + f[4]);
        }
        var csv = new StringBuilder("bin_low,bin_high,counts\n");
        foreach (var (low, (high, counts)) in perBin)
            csv.Append(CultureInfo.InvariantCulture, $"{low},{high},{counts}\n");
        string data = Path.Combine(_dir, "pe.csv");
        File.WriteAllText(data, csv.ToString());
        var r = CliRunner.Run("fit", "--config", GenerateCommandTests.Config("coherent-csi-2017.json"), "--data", data, "--json",
            "--set", "fit.responseNuisances=[]");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(1, fit.GetProperty("timeBins").GetInt32());
        Assert.Equal(12, fit.GetProperty("bins").GetInt32());
        Assert.Equal(547, fit.GetProperty("observedCounts").GetDouble());
    }

    [Fact]
    public void Two_dimensional_data_for_a_detector_without_timing_exits_with_2()
    {
        var r = CliRunner.Run("fit", "--config", GenerateCommandTests.Config("texono.json"), "--data", Data("coincidence-beam-on-pe6-30-t0-6us.csv"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--data", r.Error, StringComparison.Ordinal);
        Assert.Contains("timing", r.Error, StringComparison.Ordinal);
    }
}
