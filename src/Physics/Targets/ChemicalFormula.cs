using System.Globalization;

namespace NuMMGen.Physics.Targets;

/// <summary>
/// Parses a simple chemical formula such as <c>CsI</c>, <c>C9H12</c> or <c>C15H11NO</c> into element counts.
/// Grammar: a sequence of element symbols (an upper-case letter and an optional lower-case letter), each
/// followed by an optional positive integer count. Parentheses, hydrates and isotope labels are not supported.
/// </summary>
public static class ChemicalFormula
{
    /// <summary>
    /// The element counts of <paramref name="formula"/>, in order of first appearance (repeated symbols add up).
    /// </summary>
    /// <exception cref="FormatException">Malformed formula or unknown element (the message says which).</exception>
    public static IReadOnlyList<(string Element, int Count)> Parse(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var counts = new List<(string Element, int Count)>();
        var i = 0;
        var s = formula.Trim();
        if (s.Length == 0)
            throw new FormatException("Empty chemical formula.");
        while (i < s.Length)
        {
            if (!char.IsAsciiLetterUpper(s[i]))
                throw new FormatException($"Chemical formula '{formula}': expected an element symbol at position {i}.");
            var start = i++;
            if (i < s.Length && char.IsAsciiLetterLower(s[i]))
                i++;
            var element = s[start..i];
            if (!NuclideTable.IsElement(element))
                throw new FormatException(
                    $"Chemical formula '{formula}': unknown element '{element}'; known: {string.Join(", ", NuclideTable.Elements)}.");
            var digitsStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                i++;
            var count = i > digitsStart ? int.Parse(s[digitsStart..i], CultureInfo.InvariantCulture) : 1;
            if (count <= 0)
                throw new FormatException($"Chemical formula '{formula}': count of {element} must be positive.");
            var k = counts.FindIndex(c => c.Element == element);
            if (k >= 0)
                counts[k] = (element, counts[k].Count + count);
            else
                counts.Add((element, count));
        }
        return counts;
    }

    /// <summary>Molar mass of <paramref name="formula"/> in g/mol from the natural atomic weights of <see cref="NuclideTable"/>.</summary>
    public static double MolarMass(string formula) =>
        Parse(formula).Sum(c => c.Count * NuclideTable.AtomicWeight(c.Element));
}
