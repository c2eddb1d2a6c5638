using System.Globalization;
using NuMMGen.Fluxes.States;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Line;

/// <summary>
/// A radioactive neutrino source (e.g. 51Cr): one line component per emission line with flux
/// A I / (4 pi d^2) (activity A, intensity I, distance d, isotropic point source), named by its energy
/// (<c>746.9keV</c>), and the vacuum-propagated state at the distance. No line broadening, no decay of
/// the activity during the exposure.
/// </summary>
public sealed class LineSource : IFluxSource
{
    /// <summary>Builds the source from validated options.</summary>
    public LineSource(LineSourceOptions options, OscillationParameters? oscillation = null)
    {
        Options = (options ?? throw new FluxConfigException("line: section missing; expected activityBq, distanceM and a preset or lines.")).Validate();
        Mixing = new PmnsMatrix(oscillation ?? OscillationParameters.NuFit60);
        FlavorInfo.TryParse(Options.Flavor, out var flavor);
        var d = Options.DistanceM!.Value * Units.M;
        var state = new VacuumStateModel(Mixing, flavor, d);
        Components = Options.ResolvedLines
            .Select(l => FluxComponent.Line(l.EnergyKeV.ToString("0.###", CultureInfo.InvariantCulture) + "keV", flavor, l.EnergyKeV * Units.KeV,
                Options.ActivityBq!.Value * l.Intensity / (4 * Math.PI * d * d), state))
            .ToArray();
    }

    /// <summary>The options used.</summary>
    public LineSourceOptions Options { get; }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <inheritdoc />
    public string Name => "line";

    /// <inheritdoc />
    public string Description => $"{Options.Preset ?? "line"} source, {Options.ActivityBq:E3} Bq at {Options.DistanceM} m";

    /// <inheritdoc />
    public FluxNormalization Normalization => FluxNormalization.PerSecond;

    /// <inheritdoc />
    public IReadOnlyList<FluxComponent> Components { get; }
}
