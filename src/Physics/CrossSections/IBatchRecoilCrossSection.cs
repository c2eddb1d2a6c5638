namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// A recoil cross section that evaluates many points at once (lane-wise on <see cref="System.Numerics.Vector{T}"/>), for
/// the event sampler's rounds of attempts.
/// </summary>
public interface IBatchRecoilCrossSection : IRecoilCrossSection
{
    /// <summary>
    /// <see cref="IRecoilCrossSection.DifferentialPair"/> at every (<paramref name="enu"/>[i], <paramref name="t"/>[i]), with
    /// the same values bit for bit, written to element i of <paramref name="parts"/>' columns (cm^2/MeV): the parts for
    /// <paramref name="flavor"/>, and the SM part for <paramref name="otherFlavor"/> in <see cref="RecoilPartColumns.SmOther"/>.
    /// No argument checks beyond the lengths: callers pass positive finite energies and recoils that are not NaN, as for
    /// <see cref="IRecoilCrossSection.DifferentialPair"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The spans' lengths differ, or a column is shorter than them.</exception>
    void DifferentialPairs(Flavor flavor, Flavor otherFlavor, ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in Couplings couplings,
        in RecoilPartColumns parts);
}

/// <summary>Where <see cref="IBatchRecoilCrossSection.DifferentialPairs"/> writes: one column per part (cm^2/MeV).</summary>
/// <param name="Sm">SM part of the first flavour.</param>
/// <param name="SmOther">SM part of the second flavour.</param>
/// <param name="Magnetic">Magnetic part.</param>
/// <param name="Tensor">Tensor part.</param>
/// <param name="Scalar">Scalar part.</param>
public readonly ref struct RecoilPartColumns(Span<double> Sm, Span<double> SmOther, Span<double> Magnetic, Span<double> Tensor, Span<double> Scalar)
{
    /// <summary>SM part of the first flavour.</summary>
    public Span<double> Sm { get; } = Sm;

    /// <summary>SM part of the second flavour.</summary>
    public Span<double> SmOther { get; } = SmOther;

    /// <summary>Magnetic part.</summary>
    public Span<double> Magnetic { get; } = Magnetic;

    /// <summary>Tensor part.</summary>
    public Span<double> Tensor { get; } = Tensor;

    /// <summary>Scalar part.</summary>
    public Span<double> Scalar { get; } = Scalar;
}
