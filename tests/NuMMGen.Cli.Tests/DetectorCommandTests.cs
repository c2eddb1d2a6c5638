using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary><c>rates</c> and <c>generate</c> with a detector section: the JSON shape, and bad detector configs (exit 2, nothing written).</summary>
public sealed class DetectorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-detector-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Rates_json_lists_signal_and_background_components_after_the_response()
    {
        var r = CliRunner.Run("rates", "--config", GenerateCommandTests.Config("texono.json"), "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        var root = JsonDocument.Parse(r.Out).RootElement;
        var components = root.GetProperty("components").EnumerateArray().ToArray();
        Assert.Contains(components, c => c.GetProperty("kind").GetString() == "signal" && c.GetProperty("process").GetString() == "nue"
                                         && c.TryGetProperty("parts", out _));
        var background = Assert.Single(components, c => c.GetProperty("kind").GetString() == "background");
        Assert.Equal("flat", background.GetProperty("name").GetString());
        // TEXONO: 1 count/(kg keV day) x 48 keV x 1.06 kg x 570.7 days.
        Assert.Equal(1.0 * 48 * 1.06 * 570.7, background.GetProperty("counts").GetDouble(), 1e-6);
        double signal = components.Where(c => c.GetProperty("kind").GetString() == "signal").Sum(c => c.GetProperty("counts").GetDouble());
        Assert.Equal(signal, root.GetProperty("totalSignal").GetDouble(), 1e-9);
        Assert.Equal(background.GetProperty("counts").GetDouble(), root.GetProperty("totalBackground").GetDouble(), 1e-9);
        Assert.Equal("keVee", root.GetProperty("analysisRegion").GetProperty("observedUnit").GetString());
    }

    [Theory]
    [InlineData("0,0\n2,1.2\n", "", "eff.csv")]
    [InlineData("0,0\n2,1\n", "detector.efficiency.file=missing.csv", "missing.csv")]
    [InlineData("0,0\n2,1\n", "target.massKg=-3", "target.massKg")]
    [InlineData("0,0\n2,1\n", "target.material=Kryptonite", "target.material")]
    [InlineData("0,0\n2,1\n", "detector.analysis.minObserved=null", "detector.analysis.minObserved")]
    public void A_bad_detector_config_exits_with_2_and_writes_nothing(string table, string assignment, string named)
    {
        File.WriteAllText(Path.Combine(_dir, "eff.csv"), table);
        string config = Path.Combine(_dir, "c.json");
        File.WriteAllText(config, """
            { "name": "t", "flux": { "source": "reactor", "reactor": { "powerGW": 3, "baselineM": 10 } },
              "target": { "material": "Ge", "massKg": 1 }, "exposure": { "liveDays": 1 },
              "detector": { "efficiency": { "model": "table", "file": "eff.csv" }, "analysis": { "minObserved": 2, "maxObserved": 50 } } }
            """);
        string output = Path.Combine(_dir, "out.arrow");
        string[] args = ["generate", "--config", config, "--seed", "1", "--out", output, "--events", "10"];
        if (assignment.Length > 0)
            args = [.. args, "--set", assignment];
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(named, r.Error);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".tmp"));
    }
}
