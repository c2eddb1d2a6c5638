using NuMMGen.Fluxes.States;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes;

/// <summary>Whether a component is a line (fixed energy, possibly thermally broadened) or a continuum.</summary>
public enum ComponentKind
{
    /// <summary>A line at <see cref="FluxComponent.LineEnergy"/>.</summary>
    Line,
    /// <summary>A continuous spectrum.</summary>
    Continuum,
}

/// <summary>
/// One named part of a source: its integrated flux (cm^-2 s^-1, or cm^-2 per proton on target for a
/// pulsed source, see <see cref="IFluxSource.Normalization"/>), its normalised energy distribution (for an
/// ideal line none: all flux at <see cref="LineEnergy"/>), the flavour produced, the neutrino state at the
/// detector as a function of energy, and for pulsed sources the arrival-time distribution (independent of
/// energy). Every evaluation is O(1). Immutable, thread safe.
/// </summary>
public sealed class FluxComponent
{
    /// <summary>Creates a component; use <see cref="Continuum"/> or <see cref="Line"/>.</summary>
    private FluxComponent(string name, ComponentKind kind, Flavor flavor, double integratedFlux, double lineEnergy,
        TabulatedDistribution? shape, INeutrinoStateModel states, double relativeUncertainty, TabulatedDistribution? arrivalTime,
        ExponentialDelay? arrivalDelay)
    {
        if (arrivalDelay is not null && arrivalTime is null)
            throw new ArgumentException($"component {name}: an arrival-time decomposition needs the arrival-time distribution itself.", nameof(arrivalDelay));
        ArrivalDelay = arrivalDelay;
        FluxConfigException.Require(double.IsFinite(integratedFlux) && integratedFlux >= 0, $"component {name}: integrated flux", integratedFlux, "a finite value >= 0");
        (Name, Kind, Flavor, IntegratedFlux, LineEnergy, Shape, States, RelativeUncertainty, ArrivalTime) =
            (name, kind, flavor, integratedFlux, lineEnergy, shape, states, relativeUncertainty, arrivalTime);
    }

    /// <summary>A continuum with normalised spectrum <paramref name="shape"/> (energies in MeV).</summary>
    public static FluxComponent Continuum(string name, Flavor flavor, double integratedFlux, TabulatedDistribution shape,
        INeutrinoStateModel states, double relativeUncertainty = 0, TabulatedDistribution? arrivalTime = null, ExponentialDelay? arrivalDelay = null) =>
        new(name, ComponentKind.Continuum, flavor, integratedFlux, double.NaN, shape, states, relativeUncertainty, arrivalTime, arrivalDelay);

    /// <summary>A line at <paramref name="energy"/> (MeV), optionally with a thermal line shape.</summary>
    public static FluxComponent Line(string name, Flavor flavor, double energy, double integratedFlux,
        INeutrinoStateModel states, TabulatedDistribution? shape = null, double relativeUncertainty = 0, TabulatedDistribution? arrivalTime = null) =>
        new(name, ComponentKind.Line, flavor, integratedFlux, energy, shape, states, relativeUncertainty, arrivalTime, null);

    /// <summary>Component name, unique within its source (<c>pp</c>, <c>7Be_862</c>, <c>numu</c>, ...).</summary>
    public string Name { get; }

    /// <summary>Line or continuum.</summary>
    public ComponentKind Kind { get; }

    /// <summary>Flavour and particle type at production.</summary>
    public Flavor Flavor { get; }

    /// <summary>Flux integrated over energy, in the source's unit.</summary>
    public double IntegratedFlux { get; }

    /// <summary>Fractional 1-sigma uncertainty of <see cref="IntegratedFlux"/> (0 if not stated).</summary>
    public double RelativeUncertainty { get; }

    /// <summary>Nominal line energy in MeV; NaN for a continuum.</summary>
    public double LineEnergy { get; }

    /// <summary>Normalised energy distribution (per MeV); null for an ideal (delta) line.</summary>
    public TabulatedDistribution? Shape { get; }

    /// <summary>The neutrino state at the detector versus energy.</summary>
    public INeutrinoStateModel States { get; }

    /// <summary>Arrival-time distribution (s, relative to the nominal proton time) for pulsed sources; null for steady ones.</summary>
    public TabulatedDistribution? ArrivalTime { get; }

    /// <summary>
    /// When set, <see cref="ArrivalTime"/> is this parent convolved with an exponential (its tabulation on the
    /// parent's grid), and samplers may draw from the decomposition; null otherwise.
    /// </summary>
    public ExponentialDelay? ArrivalDelay { get; }

    /// <summary>Lowest energy with flux, MeV.</summary>
    public double MinEnergy => Shape?.Min ?? LineEnergy;

    /// <summary>Highest energy with flux, MeV.</summary>
    public double MaxEnergy => Shape?.Max ?? LineEnergy;

    /// <summary>Mean neutrino energy, MeV.</summary>
    public double MeanEnergy => Shape?.Mean ?? LineEnergy;

    /// <summary>
    /// Differential flux at <paramref name="enu"/> (MeV) in the source's unit per MeV; an ideal line has no
    /// density (zero; its flux is <see cref="IntegratedFlux"/> at <see cref="LineEnergy"/>).
    /// </summary>
    public double Spectrum(double enu) => Shape is null ? 0.0 : IntegratedFlux * Shape.Pdf(enu);

    /// <summary>The neutrino state at the detector for energy <paramref name="enu"/> (MeV).</summary>
    public NeutrinoState StateAt(double enu) => States.At(enu);

    /// <summary>Energy for a uniform number <paramref name="u"/> in [0, 1] (inverse CDF; the line energy for an ideal line).</summary>
    public double SampleEnergy(double u) => Shape?.Quantile(u) ?? LineEnergy;
}
