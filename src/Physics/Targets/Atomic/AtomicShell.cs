namespace NuMMGen.Physics.Targets.Atomic;

/// <summary>One atomic subshell of a neutral ground-state atom.</summary>
/// <param name="Name">X-ray notation of the subshell (<c>K</c>, <c>L1</c>, <c>M4</c>, <c>N2-3</c>, ...).</param>
/// <param name="Orbital">Orbital label (<c>1s</c>, <c>2p3/2</c>, ...).</param>
/// <param name="Occupancy">Number of electrons in the subshell (at least 1).</param>
/// <param name="BindingEnergy">Binding energy in MeV (positive); see Data/shells/README.md for the sources.</param>
/// <param name="Source">Source key of the binding energy (<c>XDB</c> or <c>IE</c>, see Data/shells/README.md).</param>
public sealed record AtomicShell(string Name, string Orbital, int Occupancy, double BindingEnergy, string Source);
