using NuMMGen.Physics.Targets;

namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>
/// CEvNS on a natural element, per nucleus: the abundance-weighted sum of its isotopes' cross sections
/// (<see cref="CevnsNucleus"/>), so that multiplying by the number of atoms of the element gives the rate.
/// <see cref="MaxRecoil"/> is the largest over the isotopes (the lightest one). Immutable and thread safe.
/// </summary>
public sealed class CevnsElement : IEnvelopedCrossSection
{
    private readonly (double Abundance, CevnsNucleus CrossSection)[] _isotopes;

    /// <summary>Builds the element cross section from the natural isotopes of <paramref name="element"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown element.</exception>
    public CevnsElement(string element, CevnsOptions options)
    {
        var isotopes = NuclideTable.Isotopes(element);
        var total = isotopes.Sum(n => n.Abundance);
        _isotopes = isotopes.Select(n => (n.Abundance / total, new CevnsNucleus(n, options))).ToArray();
        TargetName = isotopes[0].Element;
    }

    /// <summary>The isotopes' cross sections with their (normalised) abundances.</summary>
    public IReadOnlyList<(double Abundance, CevnsNucleus CrossSection)> Isotopes => _isotopes;

    /// <inheritdoc />
    public string TargetName { get; }

    /// <inheritdoc />
    public RecoilKind RecoilKind => RecoilKind.Nuclear;

    /// <inheritdoc />
    public double MaxRecoil(double enu) => _isotopes.Max(i => i.CrossSection.MaxRecoil(enu));

    /// <summary>Abundance-weighted dsigma/dT in cm^2/MeV per nucleus (each isotope zero beyond its own T_max).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite, or <paramref name="t"/> NaN.</exception>
    public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings)
    {
        var sum = XsecComponents.Zero;
        foreach (var (abundance, xs) in _isotopes)
            sum += abundance * xs.Differential(flavor, enu, t, couplings);
        return sum;
    }

    /// <summary>Abundance-weighted total in cm^2 per nucleus (see <see cref="CevnsNucleus.Total"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite, or a limit NaN.</exception>
    public XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity)
    {
        var sum = XsecComponents.Zero;
        foreach (var (abundance, xs) in _isotopes)
            sum += abundance * xs.Total(flavor, enu, couplings, tMin, tMax);
        return sum;
    }

    /// <summary>Abundance-weighted sum of the isotopes' bounds (a sum of bounds bounds the sum; each on its own window).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite.</exception>
    public XsecEnvelope Envelope(Flavor flavor, double enu, in Couplings couplings, double tMin, double tMax)
    {
        var sum = XsecEnvelope.Zero;
        foreach (var (abundance, xs) in _isotopes)
            sum += abundance * xs.Envelope(flavor, enu, couplings, tMin, tMax);
        return sum;
    }
}
