using System.Text.Json;
using System.Text.Json.Serialization;
using NuMMGen.Fluxes.Line;
using NuMMGen.Fluxes.Reactor;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Fluxes.Solar;
using NuMMGen.Fluxes.Tabulated;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes.Config;

/// <summary>
/// A flux configuration file (JSON, comments and trailing commas allowed, unknown keys rejected):
/// <code>
/// {
///   "source": "reactor",                   // solar | sns | reactor | line | table
///   "oscillation": { "sin2Theta12": 0.307, "sin2Theta13": 0.02195, "sin2Theta23": 0.561,
///                    "deltaCpDeg": 177, "dm21SqEV2": 7.49e-5, "dm31SqEV2": 2.534e-3 },
///   "solar":   { ... see SolarOptions },
///   "sns":     { ... see SnsOptions },
///   "reactor": { ... see ReactorOptions },
///   "line":    { ... see LineSourceOptions },
///   "table":   { ... see TabulatedSourceOptions; a relative "file" is taken relative to the config file }
/// }
/// </code>
/// Every section is optional; a missing section means its defaults (NuFIT 6.0 for oscillations).
/// </summary>
public sealed record FluxConfig
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Source kind to build when the command line does not name one.</summary>
    public string? Source { get; init; }

    /// <summary>Oscillation parameters (NuFIT 6.0 if absent).</summary>
    public OscillationParameters? Oscillation { get; init; }

    /// <summary>Solar options.</summary>
    public SolarOptions? Solar { get; init; }

    /// <summary>Spallation-source options.</summary>
    public SnsOptions? Sns { get; init; }

    /// <summary>Reactor options.</summary>
    public ReactorOptions? Reactor { get; init; }

    /// <summary>Radioactive line-source options.</summary>
    public LineSourceOptions? Line { get; init; }

    /// <summary>Tabulated-source options.</summary>
    public TabulatedSourceOptions? Table { get; init; }

    /// <summary>Parses JSON text; <paramref name="origin"/> (file name) is quoted in error messages.</summary>
    /// <exception cref="FluxConfigException">Malformed JSON, unknown key or wrong type.</exception>
    public static FluxConfig Parse(string json, string origin = "config")
    {
        try
        {
            return JsonSerializer.Deserialize<FluxConfig>(json, JsonOptions)
                ?? throw new FluxConfigException($"{origin}: empty configuration; expected a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FluxConfigException($"{origin}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads and parses a config file; a relative table file is resolved against its folder.</summary>
    /// <exception cref="FluxConfigException">Missing or malformed file.</exception>
    public static FluxConfig Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new FluxConfigException($"{path}: config file not found.");
        }
        var config = Parse(System.IO.File.ReadAllText(path), path);
        if (config.Table?.File is { } file && !Path.IsPathRooted(file))
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            config = config with { Table = config.Table with { File = Path.Combine(dir, file) } };
        }
        return config;
    }

    /// <summary>The validated oscillation parameters (defaults if absent).</summary>
    /// <exception cref="FluxConfigException">A parameter outside its range, named as <c>oscillation.key</c>.</exception>
    public OscillationParameters ResolvedOscillation()
    {
        try
        {
            return (Oscillation ?? OscillationParameters.NuFit60).Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FluxConfigException($"oscillation.{JsonNamingPolicy.CamelCase.ConvertName(ex.ParamName ?? "?")}: {ex.Message.Split(" (Parameter")[0]}", ex);
        }
    }
}
