using NuMMGen.Generator.Config;
using NuMMGen.Physics;

namespace NuMMGen.Generator.Tests.Presets;

/// <summary>Bad detector configs: each error names the key (or file) and what is expected.</summary>
public class DetectorConfigErrorTests
{
    private const string Base = """
        { "name": "t", "flux": { "source": "reactor", "reactor": { "powerGW": 3, "baselineM": 10 } },
          "target": { "material": "Ge", "massKg": 1, "electronBinding": "stepping" }, "exposure": { "liveDays": 10 },
          "recoil": { "minKeV": 1 },
          "detector": { "observable": { "kind": "keVee" }, "resolution": { "model": "fano", "sigma0KeV": 0.1 },
                        "efficiency": { "model": "table", "file": "eff.csv" },
                        "analysis": { "minObserved": 2, "maxObserved": 50 },
                        "backgrounds": [ { "name": "flat", "kind": "flat", "countsPerKgKeVDay": 1 } ] } }
        """;

    private static InputException Fail(string efficiencyTable, params string[] overrides)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("eff.csv"), efficiencyTable);
        File.WriteAllText(dir.File("c.json"), Base);
        return Assert.ThrowsAny<InputException>(() => GeneratorConfig.Load(dir.File("c.json"), overrides).Resolve());
    }

    private const string GoodTable = "0,0\n2,1\n";

    [Fact]
    public void A_valid_detector_config_resolves_with_the_file_relative_to_the_config()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("eff.csv"), GoodTable);
        File.WriteAllText(dir.File("c.json"), Base);
        var d = GeneratorConfig.Load(dir.File("c.json")).Resolve().Detector!;
        Assert.Equal("keVee", d.ObservedUnit);
        Assert.Equal(1.0 * 48 * 10, d.Backgrounds[0].Expected, 1e-9);
    }

    [Theory]
    [InlineData("detector.analysis.minObserved=null", "detector.analysis.minObserved")]
    [InlineData("detector.analysis.maxObserved=1", "detector.analysis.maxObserved")]
    [InlineData("detector.quenching.model=constant", "detector.quenching.factor")]
    [InlineData("detector.quenching.model=magic", "detector.quenching.model")]
    [InlineData("detector.quenching.factor=1.5", "detector.quenching.factor")]
    [InlineData("detector.observable.kind=pe", "detector.observable.lightYieldPePerKeVee")]
    [InlineData("detector.resolution.sigma0KeV=-1", "detector.resolution.sigma0KeV")]
    [InlineData("detector.efficiency.model=threshold", "detector.efficiency.thresholdObserved")]
    [InlineData("detector.efficiency.plateau=1.2", "detector.efficiency.plateau")]
    [InlineData("detector.bogus=1", "detector.bogus")]
    [InlineData("detector.timing={\"coincidenceWindowUs\":[0,6]}", "detector.timing")]
    [InlineData("detector.backgrounds=[{\"kind\":\"flat\"}]", "detector.backgrounds[0].name")]
    [InlineData("detector.backgrounds=[{\"name\":\"x\",\"kind\":\"radon\"}]", "detector.backgrounds[0].kind")]
    [InlineData("detector.backgrounds=[{\"name\":\"x\",\"kind\":\"flat\"}]", "detector.backgrounds[0].countsPerKgKeVDay")]
    [InlineData("detector.backgrounds=[{\"name\":\"x\",\"kind\":\"210Bi\"}]", "detector.backgrounds[0]")]
    [InlineData("detector.backgrounds=[{\"name\":\"x\",\"kind\":\"coherentSteadyState\"}]", "detector.backgrounds[0].kind")]
    [InlineData("detector.backgrounds=[{\"name\":\"x\",\"kind\":\"table\",\"file\":\"missing.csv\",\"countsPerKgDay\":1}]", "missing.csv")]
    [InlineData("target.material=Unobtainium", "target.material")]
    [InlineData("target.massKg=-1", "target.massKg")]
    public void Each_bad_key_is_named(string assignment, string key)
    {
        var e = Fail(GoodTable, assignment);
        Assert.Contains(key, e.Message);
    }

    [Fact]
    public void An_efficiency_above_one_in_the_file_names_the_file_and_line()
    {
        var e = Fail("0,0\n2,1.2\n");
        Assert.Contains("eff.csv", e.Message);
        Assert.Contains("line 2", e.Message);
        Assert.Contains("detector.efficiency.file", e.Message);
    }

    [Fact]
    public void An_unreadable_efficiency_file_is_named()
    {
        var e = Fail(GoodTable, "detector.efficiency.file=nope.csv");
        Assert.Contains("nope.csv", e.Message);
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void The_detector_keys_are_declared_once_with_doc()
    {
        var keys = ConfigParameters.Describe().ToDictionary(p => p.Key);
        Assert.Contains("detector.analysis.minObserved", keys.Keys);
        Assert.Contains("detector.backgrounds[].rateCpdPer100t", keys.Keys);
        Assert.Contains("detector.efficiency.factors", keys.Keys);   // a list of efficiency objects (same keys as detector.efficiency)
        Assert.Contains("detector.timing.coincidenceWindowUs", keys.Keys);
        Assert.All(keys.Values.Where(p => p.Key.StartsWith("detector.", StringComparison.Ordinal)), p => Assert.False(string.IsNullOrWhiteSpace(p.Doc)));
    }

    [Theory]
    [InlineData("borexino-phase2.json")]
    [InlineData("coherent-csi-2017.json")]
    [InlineData("gemma.json")]
    [InlineData("texono.json")]
    [InlineData("conus.json")]
    [InlineData("future-ge-reactor-10kg.json")]
    [InlineData("future-lxe-solar.json")]
    public void Every_preset_resolves_with_a_detector(string name)
    {
        var r = PresetFixtures.Resolve(name);
        Assert.NotNull(r.Detector);
        Assert.NotEmpty(r.Detector!.Backgrounds);
        Assert.All(r.Detector.Backgrounds, b => Assert.True(b.Expected > 0, b.Name));
    }
}
