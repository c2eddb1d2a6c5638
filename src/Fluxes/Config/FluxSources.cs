using NuMMGen.Fluxes.Line;
using NuMMGen.Fluxes.Reactor;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Fluxes.Solar;
using NuMMGen.Fluxes.Tabulated;

namespace NuMMGen.Fluxes.Config;

/// <summary>Builds sources by name from a <see cref="FluxConfig"/> (the catalogue of source kinds).</summary>
public static class FluxSources
{
    /// <summary>The source kinds, as on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["solar", "sns", "reactor", "line", "table"];

    /// <summary>
    /// Builds source <paramref name="name"/> (or <see cref="FluxConfig.Source"/> when null) from
    /// <paramref name="config"/> (defaults when null). Solar and sns work without a config section;
    /// reactor, line and table need theirs.
    /// </summary>
    /// <exception cref="FluxConfigException">Unknown source or invalid options, naming the key.</exception>
    public static IFluxSource Create(string? name, FluxConfig? config = null)
    {
        config ??= new FluxConfig();
        var source = name ?? config.Source
            ?? throw new FluxConfigException($"source = (missing): expected one of {string.Join(", ", Names)}.");
        var osc = config.ResolvedOscillation();
        return source.ToLowerInvariant() switch
        {
            "solar" => new SolarSource(config.Solar, osc),
            "sns" => new SnsSource(config.Sns, osc),
            "reactor" => new ReactorSource(config.Reactor ?? throw Missing("reactor", "powerGW and baselineM"), osc),
            "line" => new LineSource(config.Line ?? throw Missing("line", "activityBq, distanceM and a preset or lines"), osc),
            "table" => new TabulatedSource(config.Table ?? throw Missing("table", "file"), osc),
            _ => throw new FluxConfigException($"source = {source}: unknown; expected one of {string.Join(", ", Names)}."),
        };
    }

    private static FluxConfigException Missing(string section, string keys) =>
        new($"{section}: section missing from the config; expected \"{section}\": {{ {keys} }}.");
}
