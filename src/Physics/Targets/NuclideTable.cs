using System.Collections.Frozen;
using System.Globalization;

namespace NuMMGen.Physics.Targets;

/// <summary>
/// The nuclides and natural elements known to NuMMGen, read once from the embedded table
/// <c>nuclides/nuclides.csv</c> (AME2020 masses, NIST/IUPAC abundances). Lookups ignore case and accept
/// <c>Ge72</c>, <c>ge-72</c> or <c>72Ge</c>. An element is the abundance-weighted set of its isotopes.
/// Immutable and thread safe.
/// </summary>
public static class NuclideTable
{
    private static readonly Lazy<Data> Table = new(Load);

    /// <summary>All nuclides, in table order.</summary>
    public static IReadOnlyList<Nuclide> All => Table.Value.Nuclides;

    /// <summary>Element symbols (<c>H</c>, <c>C</c>, ..., <c>Xe</c>) in table order.</summary>
    public static IReadOnlyList<string> Elements => Table.Value.ElementNames;

    /// <summary>The nuclide named <paramref name="symbol"/> (e.g. <c>Cs133</c>).</summary>
    /// <exception cref="KeyNotFoundException">Unknown nuclide; the message lists the known ones.</exception>
    public static Nuclide Get(string symbol) =>
        TryGet(symbol, out var nuclide)
            ? nuclide
            : throw new KeyNotFoundException(
                $"Unknown nuclide '{symbol}'; known: {string.Join(", ", All.Select(n => n.Symbol))}");

    /// <summary>Looks up a nuclide by symbol; false if there is none.</summary>
    public static bool TryGet(string symbol, out Nuclide nuclide)
    {
        nuclide = null!;
        return symbol is not null && Table.Value.BySymbol.TryGetValue(Normalize(symbol), out nuclide!);
    }

    /// <summary>True if <paramref name="element"/> (e.g. <c>ge</c>) is a known element.</summary>
    public static bool IsElement(string element) =>
        element is not null && Table.Value.ByElement.ContainsKey(element.Trim());

    /// <summary>The isotopes of <paramref name="element"/> with non-zero natural abundance.</summary>
    /// <exception cref="KeyNotFoundException">Unknown element.</exception>
    public static IReadOnlyList<Nuclide> Isotopes(string element) =>
        element is not null && Table.Value.ByElement.TryGetValue(element.Trim(), out var isotopes)
            ? isotopes
            : throw new KeyNotFoundException(
                $"Unknown element '{element}'; known: {string.Join(", ", Elements)}");

    /// <summary>
    /// Atomic weight of the natural element in u: sum over isotopes of abundance times atomic mass
    /// (agrees with the IUPAC standard atomic weights to 1e-4, see tests).
    /// </summary>
    public static double AtomicWeight(string element) =>
        Isotopes(element).Sum(n => n.Abundance * n.AtomicMassU) / Isotopes(element).Sum(n => n.Abundance);

    /// <summary>Proton number of <paramref name="element"/>.</summary>
    public static int AtomicNumber(string element) => Isotopes(element)[0].Z;

    private static string Normalize(string symbol)
    {
        var s = symbol.Trim().Replace("-", "", StringComparison.Ordinal);
        var digits = s.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 ? s[digits..] + s[..digits] : s;
    }

    private sealed record Data(
        IReadOnlyList<Nuclide> Nuclides,
        IReadOnlyList<string> ElementNames,
        FrozenDictionary<string, Nuclide> BySymbol,
        FrozenDictionary<string, IReadOnlyList<Nuclide>> ByElement);

    private static Data Load()
    {
        var nuclides = new List<Nuclide>();
        foreach (var f in EmbeddedData.ReadCsvRows(typeof(NuclideTable), "nuclides/nuclides.csv", 6))
        {
            nuclides.Add(new Nuclide(
                f[0], f[1],
                int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)));
        }
        var elementNames = nuclides.Select(n => n.Element).Distinct().ToArray();
        var byElement = elementNames.ToFrozenDictionary(
            e => e,
            e => (IReadOnlyList<Nuclide>)nuclides.Where(n => n.Element == e && n.Abundance > 0).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        var bySymbol = nuclides.ToFrozenDictionary(n => n.Symbol, StringComparer.OrdinalIgnoreCase);
        return new Data(nuclides.ToArray(), elementNames, bySymbol, byElement);
    }
}
