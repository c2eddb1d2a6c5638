using System.Text.Json;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Tests;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen generate</c> and <c>nummgen rates</c> on the example configs, with the generator tests' fake model
/// standing in for the rate engine (100 expected events per channel).
/// </summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Config(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NuMMGen.sln")))
                return Path.Combine(dir.FullName, "configs", name);
        }
        throw new InvalidOperationException("NuMMGen.sln not found");
    }

    private static CliRunner.Outcome Run(params string[] args) => CliRunner.RunWith(FakeEventModel.FromSetup, args);

    [Theory]
    [InlineData("solar-7be-scintillator.json", false)]
    [InlineData("coherent-csi.json", true)]
    [InlineData("reactor-ge-gemma.json", false)]
    public void Generate_writes_the_requested_events_with_provenance(string config, bool timed)
    {
        string path = Path.Combine(_dir, "events.arrow");
        var r = Run("generate", "--config", Config(config), "--seed", "1", "--out", path, "--events", "5000", "--threads", "2");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("events: 5000", r.Out);
        Assert.Contains("throughput:", r.Out);
        using var reader = ArrowFileReader.Open(path);
        Assert.Equal(5000, reader.ReadRecordBatches().Sum(b => b.Length));
        var meta = reader.Schema.Metadata;
        Assert.Equal("1", meta[EventMetadataKeys.Seed]);
        Assert.Equal(Path.GetFileNameWithoutExtension(config), JsonDocument.Parse(meta[EventMetadataKeys.Config]).RootElement.GetProperty("name").GetString());
        Assert.Equal(64, meta[EventMetadataKeys.ConfigSha256].Length);
        Assert.Equal(timed, reader.Schema.Fields.Any(f => f.Name == EventColumns.TimeNs));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Same_seed_gives_the_same_file_on_one_and_two_threads()
    {
        string a = Path.Combine(_dir, "a.arrow"), b = Path.Combine(_dir, "b.arrow");
        Assert.Equal(0, Run("generate", "--config", Config("coherent-csi.json"), "--seed", "9", "--out", a, "--events", "70000", "--threads", "1").ExitCode);
        Assert.Equal(0, Run("generate", "--config", Config("coherent-csi.json"), "--seed", "9", "--out", b, "--events", "70000", "--threads", "2").ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Pseudo_experiment_draws_poisson_counts_for_the_exposure()
    {
        string path = Path.Combine(_dir, "pe.arrow");
        var r = Run("generate", "--config", Config("solar-7be-scintillator.json"), "--seed", "3", "--out", path, "--pseudo-experiment");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("pseudo-experiment", r.Out);
        using var reader = ArrowFileReader.Open(path);
        long rows = reader.ReadRecordBatches().Sum(b => b.Length);
        Assert.InRange(rows, 50, 150);   // Poisson(100)
        Assert.Equal(rows.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.Schema.Metadata[EventMetadataKeys.Events]);
    }

    [Theory]
    [InlineData("target.massKg=-1", "target.massKg")]
    [InlineData("target.mass=1", "target.mass")]
    [InlineData("processes=[\"nux\"]", "processes")]
    [InlineData("recoil.maxKeV=1", "recoil.maxKeV")]
    public void A_bad_config_exits_2_and_writes_nothing(string assignment, string key)
    {
        string path = Path.Combine(_dir, "bad.arrow");
        var r = Run("generate", "--config", Config("solar-7be-scintillator.json"), "--set", assignment, "--seed", "1", "--out", path, "--events", "10");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(key, r.Error);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData("--events", "--events", "10", "--pseudo-experiment")]
    [InlineData("--events")]
    [InlineData("--events", "--events", "0")]
    [InlineData("--threads", "--events", "10", "--threads", "0")]
    [InlineData("--out", "--events", "10", "--out", "/nonexistent/dir/x.arrow")]
    [InlineData("--config", "--events", "10", "--config", "/nonexistent/c.json")]
    public void Bad_options_exit_2_and_write_nothing(string named, params string[] extra)
    {
        var args = new List<string> { "generate", "--config", Config("solar-7be-scintillator.json"), "--seed", "1", "--out", Path.Combine(_dir, "x.arrow") };
        args.AddRange(extra);
        var r = Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(named, r.Error);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Rates_json_lists_counts_per_component_and_part()
    {
        var r = Run("rates", "--config", Config("coherent-csi.json"), "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        var j = JsonDocument.Parse(r.Out).RootElement;
        var components = j.GetProperty("components").EnumerateArray().ToArray();
        Assert.Equal(3, components.Length);   // prompt numu, delayed nue, delayed numubar: one cevns channel each (fake model)
        Assert.All(components, c =>
        {
            Assert.Equal("signal", c.GetProperty("kind").GetString());
            Assert.Equal("cevns", c.GetProperty("process").GetString());
            Assert.Equal(100, c.GetProperty("counts").GetDouble());
            Assert.Equal(100, c.GetProperty("parts").GetProperty("sm").GetDouble());
        });
        Assert.Equal(300, j.GetProperty("totalSignal").GetDouble());
        Assert.Equal(0, j.GetProperty("totalBackground").GetDouble());
        Assert.Equal(JsonValueKind.Null, j.GetProperty("recoilMaxKeV").ValueKind);
    }

    [Fact]
    public void Rates_table_and_bad_config()
    {
        var r = Run("rates", "--config", Config("reactor-ge-gemma.json"));
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("total signal", r.Out);
        var bad = Run("rates", "--config", Config("reactor-ge-gemma.json"), "--set", "target.material=Kryptonite");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("target.material", bad.Error);
    }
}
