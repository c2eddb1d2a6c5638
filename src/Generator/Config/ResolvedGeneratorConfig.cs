using NuMMGen.Fluxes;
using NuMMGen.Generator.Model;

namespace NuMMGen.Generator.Config;

/// <summary>
/// A validated generator configuration: the model setup it describes and its provenance (the canonical
/// resolved JSON with every default filled in, and that JSON's SHA-256).
/// </summary>
/// <param name="Config">The config with every default filled in (what <paramref name="CanonicalJson"/> serialises).</param>
/// <param name="Setup">The setup for <c>EventModel.Build</c>, in base units.</param>
/// <param name="Flux">The neutrino source built from the flux section.</param>
/// <param name="CanonicalJson">Compact JSON of <paramref name="Config"/>: every key, declaration order; loads back to the same run.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="CanonicalJson"/>.</param>
/// <param name="ExposureText">The exposure in words, e.g. "1291.51 live days" or "1.68E+023 protons on target".</param>
/// <param name="DataTables">The data tables the setup uses, one per line.</param>
public sealed record ResolvedGeneratorConfig(
    GeneratorConfig Config,
    EventModelSetup Setup,
    IFluxSource Flux,
    string CanonicalJson,
    string Sha256,
    string ExposureText,
    IReadOnlyList<string> DataTables)
{
    /// <summary>The detector of the <c>"detector"</c> section (response, analysis region, backgrounds), or null.</summary>
    public Detection.DetectorSetup? Detector { get; init; }
}
