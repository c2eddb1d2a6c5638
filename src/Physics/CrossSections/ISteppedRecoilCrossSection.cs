namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// A cross section that is an integer step function of T times a continuous one:
/// dsigma/dT = n(T) dsigma_c/dT, with n constant between consecutive <see cref="IRecoilCrossSection.RecoilBreaks"/>
/// (the stepping approximation for atomic electrons, docs physics.md 2.4: n(T) = sum_i n_i Theta(T - B_i) active
/// electrons times the free-electron cross section). <see cref="IRecoilCrossSection.Differential"/> and
/// <see cref="IRecoilCrossSection.DifferentialPair"/> return exactly n(T) times the parts of <see cref="Continuous"/>,
/// each part multiplied by n (zero parts when n = 0), so a caller that knows n on an interval between breaks can
/// evaluate the continuous factor and multiply, with the same values.
/// </summary>
public interface ISteppedRecoilCrossSection : IRecoilCrossSection
{
    /// <summary>The continuous factor dsigma_c/dT (the free-electron cross section).</summary>
    IRecoilCrossSection Continuous { get; }

    /// <summary>The multiplicity n(T) at recoil <paramref name="t"/> (MeV).</summary>
    int Multiplicity(double t);
}
