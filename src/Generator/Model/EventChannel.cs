using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Model;

/// <summary>
/// One independent source of events: a flux component, a process and a target species (free electrons,
/// the electrons of one element, or one nuclide). Expected counts are for the setup's exposure, in the
/// recoil window, per part (SM, magnetic, tensor, scalar) under the generation hypothesis.
/// </summary>
/// <param name="Index">Position in <see cref="IEventModel.Channels"/> (stored in every event).</param>
/// <param name="Component">Flux component name.</param>
/// <param name="Process">Scattering process.</param>
/// <param name="TargetSpecies">Target species name: <c>e</c>, an element (<c>Ge</c>) or a nuclide (<c>Cs133</c>).</param>
/// <param name="RecoilKind">Electron or nuclear recoil.</param>
/// <param name="TargetsPerKg">Number of targets (electrons, atoms or nuclei) per kg of material.</param>
/// <param name="ExpectedParts">Expected counts per part for the exposure.</param>
/// <param name="HasArrivalTime">True when events carry an arrival time (pulsed source).</param>
public sealed record EventChannel(
    int Index,
    string Component,
    ScatteringProcess Process,
    string TargetSpecies,
    RecoilKind RecoilKind,
    double TargetsPerKg,
    XsecComponents ExpectedParts,
    bool HasArrivalTime)
{
    /// <summary>Total expected count in the window for the exposure.</summary>
    public double Expected => ExpectedParts.Sum;
}
