using NuMMGen.Generator.Config;
using NuMMGen.Generator.Model;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Tests;

/// <summary>Generator configs: the example files resolve, bad keys are named, overrides and provenance.</summary>
public class ConfigTests
{
    internal static string ConfigPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NuMMGen.sln")))
                return Path.Combine(dir.FullName, "configs", name);
        }
        throw new InvalidOperationException("NuMMGen.sln not found");
    }

    private static ResolvedGeneratorConfig Resolve(string name, params string[] overrides) =>
        GeneratorConfig.Load(ConfigPath(name), overrides).Resolve();

    [Fact]
    public void Solar_example_resolves_to_the_borexino_setup()
    {
        var r = Resolve("solar-7be-scintillator.json");
        var s = r.Setup;
        Assert.Equal("solar", s.Flux.Name);
        Assert.Equal(["7Be_862"], s.Components!);
        Assert.Equal("PC+PPO", s.Material.Name);
        Assert.Equal(71300 * Units.Kg, s.TargetMass);
        Assert.Equal(1291.51 * Units.Day, s.Exposure);
        Assert.Equal([ScatteringProcess.NeutrinoElectron], s.Processes);
        Assert.Equal(ElectronBinding.Free, s.Binding);
        Assert.Equal(50 * Units.KeV, s.RecoilMin);
        Assert.Equal(2000 * Units.KeV, s.RecoilMax);
        Assert.Null(s.Hypothesis.MagneticMoment);
        Assert.Equal(64, r.Sha256.Length);
    }

    [Fact]
    public void Sns_example_takes_protons_on_target_from_the_beam_energy()
    {
        var s = Resolve("coherent-csi.json").Setup;
        // 7.47594 GWh / 1 GeV per proton = 7.47594 * 3.6e12 J / 1.602176634e-10 J = 1.6798e23.
        Assert.Equal(1.6798e23, s.Exposure, 1e19);
        Assert.Equal([ScatteringProcess.Cevns], s.Processes);
        Assert.Equal(14.57, s.TargetMass);
        Assert.True(double.IsPositiveInfinity(s.RecoilMax));
        Assert.Equal(1.6e23, Resolve("coherent-csi.json", "exposure.protonsOnTarget=1.6e23").Setup.Exposure);
    }

    [Fact]
    public void Reactor_example_uses_stepping_germanium_and_a_universal_moment()
    {
        var s = Resolve("reactor-ge-gemma.json").Setup;
        Assert.Equal(ElectronBinding.Stepping, s.Binding);
        Assert.Equal(2.8 * Units.KeV, s.RecoilMin);
        Assert.Equal(2.9e-11, s.Hypothesis.MagneticMoment![0, 0].Real);
        Assert.Equal(2.9e-11, s.Hypothesis.MagneticMoment![2, 2].Real);
        Assert.Equal(0, s.Hypothesis.MagneticMoment![0, 1].Magnitude);
    }

    [Fact]
    public void Couplings_are_converted_from_per_GeV2()
    {
        var h = Resolve("coherent-csi.json", "hypothesis.tensorU=2e-5", "hypothesis.scalarN=-1e-6", "hypothesis.tensorE=3").Setup.Hypothesis;
        Assert.Equal(2e-5 / 1e6, h.TensorU, 1e-20);
        Assert.Equal(-1e-6 / 1e6, h.ScalarN, 1e-20);
        Assert.Equal(3e-6, h.TensorE![1, 1].Real, 1e-18);
    }

    [Fact]
    public void Canonical_json_loads_back_to_the_same_run()
    {
        var r = Resolve("coherent-csi.json");
        Assert.Contains("\"protonsOnTarget\":", r.CanonicalJson);
        Assert.Contains("\"sin2Theta12\":0.307", r.CanonicalJson);
        var again = GeneratorConfig.Parse(r.CanonicalJson).Resolve();
        Assert.Equal(r.CanonicalJson, again.CanonicalJson);
        Assert.Equal(r.Sha256, again.Sha256);
        Assert.NotEqual(r.Sha256, Resolve("coherent-csi.json", "target.massKg=14.58").Sha256);
    }

    [Fact]
    public void Every_parameter_is_declared_with_a_doc()
    {
        var parameters = ConfigParameters.Describe();
        Assert.Contains(parameters, p => p.Key == "target.massKg" && p.Required && p.Range == "> 0");
        Assert.Contains(parameters, p => p.Key == "output.batchRows" && p.Default == "65536");
        Assert.Contains(parameters, p => p.Key == "physics.formFactor" && p.Range == "helm | klein-nystrand | none");
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Doc), p.Key));
        Assert.Equal(parameters.Count, parameters.Select(p => p.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("solar-7be-scintillator.json", "target.massKg=-1", "target.massKg")]
    [InlineData("solar-7be-scintillator.json", "target.massKg=\"heavy\"", "target.massKg")]
    [InlineData("solar-7be-scintillator.json", "target.material=Unobtainium", "target.material")]
    [InlineData("solar-7be-scintillator.json", "target.material=null", "target.material")]
    [InlineData("solar-7be-scintillator.json", "target.electronBinding=bound", "target.electronBinding")]
    [InlineData("solar-7be-scintillator.json", "target.bogus=1", "target.bogus")]
    [InlineData("solar-7be-scintillator.json", "bogus=1", "bogus")]
    [InlineData("solar-7be-scintillator.json", "processes=[\"nux\"]", "processes")]
    [InlineData("solar-7be-scintillator.json", "processes=[]", "processes")]
    [InlineData("solar-7be-scintillator.json", "recoil.maxKeV=10", "recoil.maxKeV")]
    [InlineData("solar-7be-scintillator.json", "recoil.minKeV=-1", "recoil.minKeV")]
    [InlineData("solar-7be-scintillator.json", "exposure.liveDays=null", "exposure.liveDays")]
    [InlineData("solar-7be-scintillator.json", "exposure.liveDays=0", "exposure.liveDays")]
    [InlineData("solar-7be-scintillator.json", "exposure.protonsOnTarget=1e20", "exposure.protonsOnTarget")]
    [InlineData("solar-7be-scintillator.json", "flux.source=moon", "flux.source")]
    [InlineData("solar-7be-scintillator.json", "flux.solar.model=B99", "flux.solar.model")]
    [InlineData("solar-7be-scintillator.json", "flux.oscillation.sin2Theta12=2", "flux.oscillation.sin2Theta12")]
    [InlineData("solar-7be-scintillator.json", "components=[\"9Li\"]", "components")]
    [InlineData("solar-7be-scintillator.json", "physics.formFactor=gauss", "physics.formFactor")]
    [InlineData("solar-7be-scintillator.json", "physics.sin2ThetaW=1.5", "physics.sin2ThetaW")]
    [InlineData("solar-7be-scintillator.json", "output.batchRows=0", "output.batchRows")]
    [InlineData("coherent-csi.json", "exposure.liveDays=308.1", "exposure.liveDays")]
    [InlineData("coherent-csi.json", "flux.sns.baselineM=-19.3", "flux.sns.baselineM")]
    [InlineData("reactor-ge-gemma.json", "recoil.minKeV=0", "recoil.minKeV")]
    [InlineData("reactor-ge-gemma.json", "flux.reactor.powerGW=-3", "flux.reactor.powerGW")]
    [InlineData("reactor-ge-gemma.json", "hypothesis.muX=1", "hypothesis.muX")]
    [InlineData("reactor-ge-gemma.json", "no-equals-sign", "--set")]
    public void A_bad_key_is_an_input_error_naming_it(string config, string assignment, string key)
    {
        var e = Assert.ThrowsAny<InputException>(() => Resolve(config, assignment));
        Assert.Contains(key, e.Message);
    }

    [Fact]
    public void Unknown_key_message_lists_the_allowed_keys()
    {
        var e = Assert.Throws<GeneratorConfigException>(() => GeneratorConfig.Parse("""{ "target": { "mass": 3 } }""", "x.json"));
        Assert.Contains("x.json", e.Message);
        Assert.Contains("unknown key 'target.mass'", e.Message);
        Assert.Contains("massKg", e.Message);
    }

    [Fact]
    public void Missing_file_and_malformed_json_are_input_errors()
    {
        Assert.Contains("/nonexistent/c.json", Assert.Throws<GeneratorConfigException>(() => GeneratorConfig.Load("/nonexistent/c.json")).Message);
        Assert.Contains("malformed JSON", Assert.Throws<GeneratorConfigException>(() => GeneratorConfig.Parse("{ \"name\": ", "c.json")).Message);
    }
}
