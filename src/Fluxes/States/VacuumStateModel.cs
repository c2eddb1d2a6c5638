using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes.States;

/// <summary>
/// Coherent vacuum propagation over a fixed baseline from a point source of one flavour
/// (<see cref="VacuumOscillation"/>): a pure state with amplitudes U*_alpha k exp(-i m_k^2 L / 2E).
/// Used for reactor, spallation and radioactive sources (baselines of metres: the phases are tiny but kept).
/// </summary>
public sealed class VacuumStateModel : INeutrinoStateModel
{
    /// <summary>A model for flavour <paramref name="produced"/> seen at <paramref name="baseline"/> (cm, &gt;= 0).</summary>
    public VacuumStateModel(PmnsMatrix mixing, Flavor produced, double baseline)
    {
        Mixing = mixing;
        Produced = produced;
        Baseline = baseline;
    }

    /// <inheritdoc />
    public PmnsMatrix Mixing { get; }

    /// <summary>Flavour at production.</summary>
    public Flavor Produced { get; }

    /// <summary>Source-detector distance in cm.</summary>
    public double Baseline { get; }

    /// <inheritdoc />
    public NeutrinoState At(double enu) =>
        Baseline > 0 && enu > 0 ? VacuumOscillation.State(Mixing, Produced, Baseline, enu) : NeutrinoState.Produced(Produced, Mixing);
}
