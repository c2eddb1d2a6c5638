using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Tests.Presets;

/// <summary>Loads the presets of configs/ and builds their models.</summary>
internal static class PresetFixtures
{
    public static ResolvedGeneratorConfig Resolve(string name, params string[] overrides) =>
        GeneratorConfig.Load(ConfigTests.ConfigPath(name), overrides).Resolve();

    public static (ResolvedGeneratorConfig Config, EventModel Model) Build(string name, params string[] overrides)
    {
        var r = Resolve(name, overrides);
        return (r, EventModel.Build(r.Setup));
    }

    /// <summary>Total recorded signal in the analysis region (sum over channels of <see cref="DetectedRates.InRegion"/>).</summary>
    public static double SignalInRegion(ResolvedGeneratorConfig config, EventModel model) =>
        DetectedRates.InRegion(model, config.Detector!).Sum(p => p.Sum);

    /// <summary>Sum of the parts over channels.</summary>
    public static XsecComponents Sum(IEnumerable<XsecComponents> parts) => parts.Aggregate(XsecComponents.Zero, (a, b) => a + b);
}
