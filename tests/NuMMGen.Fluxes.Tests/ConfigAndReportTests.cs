using System.Text.Json;
using NuMMGen.Fluxes.Config;
using NuMMGen.Fluxes.Reporting;

namespace NuMMGen.Fluxes.Tests;

public class ConfigAndReportTests
{
    [Fact]
    public void ParsesCommentedConfigWithUnitsInKeys()
    {
        var config = FluxConfig.Parse("""
            {
              // GEMMA-like reactor
              "source": "reactor",
              "oscillation": { "sin2Theta12": 0.31 },
              "reactor": { "powerGW": 3.0, "baselineM": 13.9, },
            }
            """);
        var source = FluxSources.Create(null, config);
        Assert.Equal("reactor", source.Name);
        Assert.Equal(0.31, config.ResolvedOscillation().Sin2Theta12);
        Assert.Equal(2.534e-3, config.ResolvedOscillation().Dm31SqEV2); // unspecified keys keep NuFIT 6.0
    }

    [Theory]
    [InlineData("""{ "reactor": { "powerGW": -3, "baselineM": 10 } }""", "reactor", "reactor.powerGW")]
    [InlineData("""{ "reactor": { "powerGW": 3, "baselineMetres": 10 } }""", "reactor", "baselineMetres")]
    [InlineData("""{ }""", "reactor", "reactor: section missing")]
    [InlineData("""{ }""", "supernova", "source = supernova: unknown")]
    [InlineData("""{ "oscillation": { "sin2Theta12": 1.5 } }""", "solar", "oscillation.sin2Theta12")]
    [InlineData("""{ "line": { "preset": "Cr51", "activityBq": 1e15 } }""", "line", "line.distanceM")]
    [InlineData("""{ "solar": { "model": "SSM-X" } }""", "solar", "solar.model")]
    public void BadInputGivesNamedFluxConfigException(string json, string source, string expectedInMessage)
    {
        var ex = Assert.Throws<FluxConfigException>(() => FluxSources.Create(source, FluxConfig.Parse(json, "test.json")));
        Assert.Contains(expectedInMessage, ex.Message);
    }

    [Fact]
    public void UnknownComponentListsValidNames()
    {
        var ex = Assert.Throws<FluxConfigException>(() => FluxReport.Create(FluxSources.Create("sns"), "numutau"));
        Assert.Contains("numu, nue, numubar", ex.Message);
    }

    [Fact]
    public void ReportHasTheFieldsTheCommandPrints()
    {
        var report = FluxReport.Create(FluxSources.Create("solar"), "8B", 8.1);
        using var doc = JsonDocument.Parse(report.ToJson());
        var root = doc.RootElement;
        Assert.Equal("cm^-2 s^-1", root.GetProperty("fluxUnit").GetString());
        Assert.Equal(5.46e6, root.GetProperty("components")[0].GetProperty("integratedFlux").GetDouble(), 1.0);
        var at = root.GetProperty("atEnergy")[0];
        var pee = at.GetProperty("pee").GetDouble();
        Assert.Equal(pee, at.GetProperty("flavorProbabilities").GetProperty("e").GetDouble());
        Assert.Equal(3, at.GetProperty("massStateProbabilities").GetArrayLength());
        Assert.True(at.GetProperty("spectrumPerMeV").GetDouble() > 0);
        Assert.Contains("8B", report.ToText());
    }
}
