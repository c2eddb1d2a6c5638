using NuMMGen.Physics.Targets;

namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>
/// Builds CEvNS cross sections by target name: a nuclide (<c>Cs133</c>, <c>I127</c>, <c>Ge72</c>, <c>Ar40</c>,
/// <c>Xe132</c>, ...) gives the cross section per nucleus of that isotope; an element (<c>Cs</c>, <c>Ge</c>,
/// <c>Xe</c>, ...) gives the natural-abundance-weighted cross section per nucleus. Names ignore case.
/// </summary>
public static class CevnsTargets
{
    /// <summary>
    /// Creates the cross section for <paramref name="nuclideOrElement"/>; false (and null) if the name is unknown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid <paramref name="options"/> (sin^2 theta_W outside [0, 1]).</exception>
    public static bool TryCreate(string nuclideOrElement, CevnsOptions options, out IRecoilCrossSection crossSection)
    {
        ArgumentNullException.ThrowIfNull(options);
        crossSection = null!;
        if (string.IsNullOrWhiteSpace(nuclideOrElement))
            return false;
        if (NuclideTable.IsElement(nuclideOrElement))
        {
            crossSection = new CevnsElement(nuclideOrElement, options);
            return true;
        }
        if (NuclideTable.TryGet(nuclideOrElement, out var nuclide))
        {
            crossSection = new CevnsNucleus(nuclide, options);
            return true;
        }
        return false;
    }

    /// <summary>All accepted target names: the elements first, then the nuclides.</summary>
    public static IReadOnlyList<string> KnownTargets { get; } =
        [.. NuclideTable.Elements, .. NuclideTable.All.Select(n => n.Symbol)];
}
