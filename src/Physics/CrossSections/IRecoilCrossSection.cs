namespace NuMMGen.Physics.CrossSections;

/// <summary>What recoils in an interaction.</summary>
public enum RecoilKind
{
    /// <summary>An electron (free or atomic).</summary>
    Electron,
    /// <summary>A whole nucleus (CEvNS).</summary>
    Nuclear,
}

/// <summary>
/// A neutrino cross section on one target (a free electron, the electrons of one atom, or one nucleus or
/// an abundance-weighted element), differential in the recoil kinetic energy T and integrated over T.
/// Energies in MeV; dsigma/dT in cm^2/MeV; totals in cm^2. Implementations are immutable and thread safe.
/// </summary>
public interface IRecoilCrossSection
{
    /// <summary>Short name of the target (<c>e</c>, <c>Ge</c>, <c>Cs133</c>, ...).</summary>
    string TargetName { get; }

    /// <summary>Electron or nuclear recoil.</summary>
    RecoilKind RecoilKind { get; }

    /// <summary>
    /// Largest kinematically allowed recoil energy for neutrino energy <paramref name="enu"/> (MeV).
    /// For a mixture, the largest over its members.
    /// </summary>
    double MaxRecoil(double enu);

    /// <summary>dsigma/dT in cm^2/MeV at neutrino energy <paramref name="enu"/> and recoil <paramref name="t"/> (MeV); zero outside the kinematic range.</summary>
    XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings);

    /// <summary>
    /// Cross section in cm^2 integrated over recoil energies in [<paramref name="tMin"/>, min(<paramref name="tMax"/>, T_max)],
    /// to 1e-6 relative accuracy. The magnetic part diverges as ln(1/tMin) for a free target; it is then
    /// <see cref="double.PositiveInfinity"/> when tMin is zero and the moment is not.
    /// </summary>
    XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity);

    /// <summary>
    /// For samplers' hot loops: <see cref="Differential"/> for <paramref name="flavor"/> with <paramref name="couplings"/>,
    /// and in <paramref name="smOther"/> the SM part of <see cref="Differential"/> for <paramref name="otherFlavor"/>, in one
    /// call and with the same values as the two separate calls. Implementations may skip argument checks: callers pass a
    /// positive finite <paramref name="enu"/> and a <paramref name="t"/> that is not NaN.
    /// </summary>
    XsecComponents DifferentialPair(Flavor flavor, Flavor otherFlavor, double enu, double t, in Couplings couplings, out double smOther)
    {
        smOther = Differential(otherFlavor, enu, t, Couplings.StandardModel).Sm;
        return Differential(flavor, enu, t, couplings);
    }

    /// <summary>
    /// Recoil energies (MeV, increasing) where dsigma/dT jumps, such as atomic binding energies in the stepping
    /// approximation; empty for a cross section that is continuous in T below T_max.
    /// </summary>
    IReadOnlyList<double> RecoilBreaks => [];
}
