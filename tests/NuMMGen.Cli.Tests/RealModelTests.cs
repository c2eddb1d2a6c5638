using System.Text.Json;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen generate</c> and <c>rates</c> with the real rate engine on the example configs. Reference: the
/// 7Be_862 count in 71.3 t x 1291.51 days is close to Borexino's 48.3 cpd/100 t for all of 7Be (Nature 562,
/// 505 (2018)) times the 89.6 % branching of the 862 keV line: about 4.0e4.
/// </summary>
public sealed class RealModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-cli-real-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("solar-7be-scintillator.json")]
    [InlineData("coherent-csi.json")]
    [InlineData("reactor-ge-gemma.json")]
    public void Example_configs_generate_events_in_their_recoil_window(string config)
    {
        string path = Path.Combine(_dir, "events.arrow");
        var r = CliRunner.Run("generate", "--config", GenerateCommandTests.Config(config), "--seed", "5", "--out", path, "--events", "20000");
        Assert.True(r.ExitCode == 0, r.Error);
        using var reader = ArrowFileReader.Open(path);
        var resolved = JsonDocument.Parse(reader.Schema.Metadata[EventMetadataKeys.Config]).RootElement.GetProperty("recoil");
        double min = resolved.GetProperty("minKeV").GetDouble();
        long rows = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            foreach (double t in batch.Column<NumericColumn<double>>(EventColumns.RecoilKeV).Values.Span)
                Assert.True(t >= min, $"recoil {t} keV below the window start {min} keV");
            foreach (double sm in batch.Column<NumericColumn<double>>(EventColumns.DsdtSm).Values.Span)
                Assert.True(sm > 0);
            rows += batch.Length;
        }
        Assert.Equal(20000, rows);
    }

    [Fact]
    public void Rates_for_the_solar_example_match_borexino()
    {
        var r = CliRunner.Run("rates", "--config", GenerateCommandTests.Config("solar-7be-scintillator.json"), "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        double total = JsonDocument.Parse(r.Out).RootElement.GetProperty("totalSignal").GetDouble();
        double borexino = 48.3 * 0.896 * 71.3 / 100 * 1291.51;
        Assert.InRange(total, borexino * 0.9, borexino * 1.1);
    }

    [Fact]
    public void Two_processes_with_the_same_seed_write_identical_files_on_any_thread_count()
    {
        // Separate processes: string hash codes (and so dictionary orders) differ between them.
        string a = Path.Combine(_dir, "a.arrow"), b = Path.Combine(_dir, "b.arrow");
        foreach (var (path, threads) in new[] { (a, "1"), (b, "2") })
        {
            var r = CliRunner.RunProcess("generate", "--config", GenerateCommandTests.Config("solar-7be-scintillator.json"), "--seed", "8",
                "--out", path, "--events", "70000", "--threads", threads, "--set", "components=null");
            Assert.True(r.ExitCode == 0, r.Error);
        }
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void The_program_generates_as_a_user_runs_it()
    {
        string path = Path.Combine(_dir, "process.arrow");
        var r = CliRunner.RunProcess("generate", "--config", GenerateCommandTests.Config("coherent-csi.json"), "--seed", "2", "--out", path,
            "--pseudo-experiment");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("pseudo-experiment", r.Out);
        Assert.True(File.Exists(path));
        var bad = CliRunner.RunProcess("generate", "--config", GenerateCommandTests.Config("coherent-csi.json"), "--seed", "2",
            "--out", Path.Combine(_dir, "bad.arrow"), "--events", "10", "--set", "target.massKg=0");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("target.massKg", bad.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "bad.arrow")));
    }
}
