using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes.States;

/// <summary>The neutrino state at the detector as a function of neutrino energy; O(1), thread safe.</summary>
public interface INeutrinoStateModel
{
    /// <summary>The mixing matrix that defines the flavours of the states.</summary>
    PmnsMatrix Mixing { get; }

    /// <summary>The state at the detector for neutrino energy <paramref name="enu"/> (MeV).</summary>
    NeutrinoState At(double enu);
}
