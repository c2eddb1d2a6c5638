using NuMMGen.Fluxes;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Targets;

namespace NuMMGen.Generator.Model;

/// <summary>How neutrino-electron scattering treats the electrons of the target material.</summary>
public enum ElectronBinding
{
    /// <summary>All electrons free and at rest (liquid scintillator; docs physics.md 2.4).</summary>
    Free,
    /// <summary>Atomic electrons in the stepping approximation, per element with shell data (Ge, Xe; physics.md 2.4).</summary>
    Stepping,
}

/// <summary>
/// Everything needed to build an <see cref="IEventModel"/>: the source, the target, the exposure, the
/// processes, the recoil window, the physics settings and the hypothesis events are generated under.
/// All quantities in base units (<see cref="Physics.Units.Units"/>).
/// </summary>
/// <param name="Flux">The neutrino source.</param>
/// <param name="Components">Names of the flux components to use (null: all).</param>
/// <param name="Material">Target material.</param>
/// <param name="TargetMass">Target (fiducial) mass in kg.</param>
/// <param name="Exposure">Live time in s for a steady source (<see cref="FluxNormalization.PerSecond"/>), or
/// protons on target for a pulsed one (<see cref="FluxNormalization.PerProtonOnTarget"/>).</param>
/// <param name="Processes">Processes to simulate (nu-e, CEvNS or both).</param>
/// <param name="Binding">Treatment of atomic electrons in nu-e scattering.</param>
/// <param name="RecoilMin">Lower end of the true-recoil window in MeV (must be &gt; 0 when a magnetic moment is on).</param>
/// <param name="RecoilMax">Upper end of the true-recoil window in MeV (may be +infinity).</param>
/// <param name="Physics">Weak angle, radiative corrections, form factor.</param>
/// <param name="Hypothesis">Couplings (with flavour structure) the events are generated under.</param>
public sealed record EventModelSetup(
    IFluxSource Flux,
    IReadOnlyList<string>? Components,
    Material Material,
    double TargetMass,
    double Exposure,
    IReadOnlyList<ScatteringProcess> Processes,
    ElectronBinding Binding,
    double RecoilMin,
    double RecoilMax,
    CrossSectionSettings Physics,
    StateCouplings Hypothesis);
