using NuMMGen.Fluxes.Config;

namespace NuMMGen.Generator.Config;

/// <summary>
/// A generator configuration (JSON; comments and trailing commas allowed, unknown keys rejected, units in
/// key names). Each parameter is declared once on its property with default, range and doc
/// (<see cref="ParameterAttribute"/>; list them with <see cref="ConfigParameters.Describe"/>):
/// <code>
/// {
///   "name": "solar-7be",
///   "flux": { "source": "solar", ... },          // a FluxConfig: source, oscillation, solar/sns/reactor/line/table
///   "components": ["7Be_862"],                    // optional subset of the source's components
///   "target": { "material": "PC+PPO", "massKg": 71300, "electronBinding": "free" },
///   "exposure": { "liveDays": 1291.51 },          // steady sources; pulsed: protonsOnTarget (default from "sns")
///   "processes": ["nue"],                         // nue | cevns
///   "recoil": { "minKeV": 50, "maxKeV": 2000 },
///   "physics": { "sin2ThetaW": 0.23857, "radiativeCorrections": false, "formFactor": "helm" },
///   "hypothesis": { "muB": 0, "tensorE": 0, ... },  // flavour-universal couplings, GeV^-2
///   "output": { "batchRows": 65536 }
/// }
/// </code>
/// Load with <see cref="Load"/> (or <see cref="Parse"/>), then <see cref="Resolve"/> for the model setup and
/// the canonical resolved JSON with its hash.
/// </summary>
public sealed record GeneratorConfig
{
    /// <summary>Run name, copied into the output's provenance.</summary>
    [Parameter("Run name, copied into the provenance of every output.")]
    public string Name { get; init; } = "";

    /// <summary>The neutrino source (see <see cref="FluxConfig"/>); <c>flux.source</c> is required.</summary>
    public FluxConfig Flux { get; init; } = new();

    /// <summary>Flux components to simulate; null: all components of the source.</summary>
    [Parameter("Flux components to simulate (absent or null: all of the source's components).")]
    public string[]? Components { get; init; }

    /// <summary>Target material and mass.</summary>
    public TargetSection Target { get; init; } = new();

    /// <summary>Live time or protons on target.</summary>
    public ExposureSection Exposure { get; init; } = new();

    /// <summary>Processes to simulate: <c>nue</c> (neutrino-electron) and/or <c>cevns</c>.</summary>
    [Parameter("Processes: nue (neutrino-electron elastic) and/or cevns (coherent elastic nucleus).",
        Allowed = ["nue", "cevns"])]
    public string[] Processes { get; init; } = ["nue"];

    /// <summary>True-recoil window.</summary>
    public RecoilSection Recoil { get; init; } = new();

    /// <summary>Cross-section settings.</summary>
    public PhysicsSection Physics { get; init; } = new();

    /// <summary>Generation hypothesis (couplings).</summary>
    public HypothesisSection Hypothesis { get; init; } = new();

    /// <summary>Output settings.</summary>
    public OutputSection Output { get; init; } = new();

    /// <summary>The detector response, analysis region and backgrounds; null: true quantities only.</summary>
    public DetectorSection? Detector { get; init; }

    /// <summary>The likelihood fit (binning, uncertainties, POIs) of <c>nummgen fit</c>; defaults when absent.</summary>
    public FitSection Fit { get; init; } = new();

    /// <summary>The folder relative file names in the config (a flux table) are taken from; null: current folder.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// Parses JSON text, applying <paramref name="overrides"/> (<c>key.path=value</c>; the value is JSON, or
    /// text when it does not parse as JSON) before binding. <paramref name="origin"/> names the source in errors.
    /// </summary>
    /// <exception cref="GeneratorConfigException">Malformed JSON, unknown key, wrong type or bad override.</exception>
    public static GeneratorConfig Parse(string json, string origin = "config", IEnumerable<string>? overrides = null) =>
        ConfigJson.Bind(json, origin, overrides);

    /// <summary>Reads <paramref name="path"/> and parses it (see <see cref="Parse"/>); relative files resolve against its folder.</summary>
    /// <exception cref="GeneratorConfigException">Missing or malformed file.</exception>
    public static GeneratorConfig Load(string path, IEnumerable<string>? overrides = null)
    {
        if (!File.Exists(path))
            throw new GeneratorConfigException($"{path}: config file not found.");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new GeneratorConfigException($"{path}: cannot read the config file: {e.Message}", e);
        }
        return Parse(text, path, overrides) with { BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) };
    }

    /// <summary>Validates every key and builds the model setup, the canonical resolved JSON and its hash.</summary>
    /// <exception cref="NuMMGen.Physics.InputException">A key outside its range, a missing key, an unknown
    /// material, process, source or component; the message names the key and what is expected.</exception>
    public ResolvedGeneratorConfig Resolve() => SetupResolver.Resolve(this);

    /// <summary>The contract's <see cref="Model.EventModelSetup"/> for this config (see <see cref="Resolve"/>).</summary>
    public Model.EventModelSetup ToSetup() => Resolve().Setup;
}
