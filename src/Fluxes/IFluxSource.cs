namespace NuMMGen.Fluxes;

/// <summary>What a component's <see cref="FluxComponent.IntegratedFlux"/> is per.</summary>
public enum FluxNormalization
{
    /// <summary>Steady source: cm^-2 s^-1.</summary>
    PerSecond,
    /// <summary>Pulsed spallation source: cm^-2 per proton on target (fluence).</summary>
    PerProtonOnTarget,
}

/// <summary>A neutrino source seen from the detector: named components (lines and continua).</summary>
public interface IFluxSource
{
    /// <summary>Source kind as on the command line (<c>solar</c>, <c>sns</c>, <c>reactor</c>, <c>line</c>, <c>table</c>).</summary>
    string Name { get; }

    /// <summary>One line describing the model and its inputs.</summary>
    string Description { get; }

    /// <summary>The unit of the components' integrated fluxes.</summary>
    FluxNormalization Normalization { get; }

    /// <summary>The components, in a fixed order.</summary>
    IReadOnlyList<FluxComponent> Components { get; }
}

/// <summary>Helpers on <see cref="IFluxSource"/>.</summary>
public static class FluxSourceExtensions
{
    /// <summary>The component named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="FluxConfigException">No such component; the message lists the valid names.</exception>
    public static FluxComponent Component(this IFluxSource source, string name) =>
        source.Components.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FluxConfigException(
            $"component = {name}: unknown for source '{source.Name}'; expected one of {string.Join(", ", source.Components.Select(c => c.Name))}.");

    /// <summary>Total differential flux of all components at <paramref name="enu"/> (MeV), per MeV.</summary>
    public static double TotalSpectrum(this IFluxSource source, double enu)
    {
        var s = 0.0;
        foreach (var c in source.Components)
        {
            s += c.Spectrum(enu);
        }
        return s;
    }

    /// <summary>Unit text of the integrated fluxes (<c>cm^-2 s^-1</c> or <c>cm^-2 POT^-1</c>).</summary>
    public static string FluxUnit(this IFluxSource source) =>
        source.Normalization == FluxNormalization.PerSecond ? "cm^-2 s^-1" : "cm^-2 POT^-1";
}
