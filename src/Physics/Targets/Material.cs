using System.Collections.Frozen;

namespace NuMMGen.Physics.Targets;

/// <summary>
/// A target material: how many nuclei of each nuclide and how many electrons one kilogram holds.
/// Build one from a chemical formula with natural isotopic abundances (<see cref="FromFormula"/>), from one
/// nuclide (<see cref="FromNuclide"/>, e.g. enriched 76Ge), or as a mixture by mass fraction
/// (<see cref="FromMassFractions"/>). Counts are per kg (base unit <see cref="Units.Units.Kg"/>). Immutable.
/// </summary>
public sealed class Material
{
    private Material(string name, FrozenDictionary<Nuclide, double> nucleiPerKg)
    {
        Name = name;
        NucleiPerKg = nucleiPerKg;
        // Sum in a fixed order (by symbol): the dictionary's order follows string hash codes, which differ
        // between processes, and a floating-point sum in another order can differ in its last bit.
        ElectronsPerKg = nucleiPerKg.OrderBy(kv => kv.Key.Symbol, StringComparer.Ordinal).Sum(kv => kv.Key.Z * kv.Value);
    }

    /// <summary>Name of the material (e.g. <c>CsI</c>).</summary>
    public string Name { get; }

    /// <summary>Number of nuclei (atoms) of each nuclide per kg of material.</summary>
    public IReadOnlyDictionary<Nuclide, double> NucleiPerKg { get; }

    /// <summary>Number of electrons per kg of material (sum of Z times nuclei per kg; neutral atoms).</summary>
    public double ElectronsPerKg { get; }

    /// <summary>Number of atoms of <paramref name="element"/> (all its isotopes) per kg of material.</summary>
    public double AtomsPerKg(string element) =>
        NucleiPerKg.Where(kv => string.Equals(kv.Key.Element, element, StringComparison.OrdinalIgnoreCase))
            .OrderBy(kv => kv.Key.Symbol, StringComparer.Ordinal).Sum(kv => kv.Value);

    /// <summary>
    /// A compound of natural elements: <paramref name="formula"/> such as <c>CsI</c> or <c>C9H12</c>. Formula
    /// units per kg = N_A / (molar mass in kg/mol); each element's atoms are shared among its isotopes by abundance.
    /// </summary>
    /// <exception cref="FormatException">Malformed formula or unknown element.</exception>
    public static Material FromFormula(string name, string formula)
    {
        var parts = ChemicalFormula.Parse(formula);
        var unitsPerKg = AvogadroPerKg / ChemicalFormula.MolarMass(formula);
        var nuclei = new Dictionary<Nuclide, double>();
        foreach (var (element, count) in parts)
        {
            foreach (var isotope in NuclideTable.Isotopes(element))
                Add(nuclei, isotope, unitsPerKg * count * isotope.Abundance);
        }
        return new Material(name, nuclei.ToFrozenDictionary());
    }

    /// <summary>A material made of one nuclide only (an isotopically pure target).</summary>
    public static Material FromNuclide(Nuclide nuclide)
    {
        ArgumentNullException.ThrowIfNull(nuclide);
        var perKg = new Dictionary<Nuclide, double> { [nuclide] = 1.0 / nuclide.AtomMassKg };
        return new Material(nuclide.Symbol, perKg.ToFrozenDictionary());
    }

    /// <summary>
    /// A mixture of <paramref name="components"/> by mass fraction. Fractions must be non-negative and sum to 1
    /// within 1e-6 (they are then normalised exactly).
    /// </summary>
    /// <exception cref="ArgumentException">No component, a negative fraction, or fractions not summing to 1.</exception>
    public static Material FromMassFractions(string name, IEnumerable<(Material Component, double MassFraction)> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var list = components.ToArray();
        if (list.Length == 0)
            throw new ArgumentException($"Material '{name}': at least one component is needed.", nameof(components));
        if (list.Any(c => !(c.MassFraction >= 0)))
            throw new ArgumentException($"Material '{name}': mass fractions must be non-negative.", nameof(components));
        var total = list.Sum(c => c.MassFraction);
        if (Math.Abs(total - 1.0) > 1e-6)
            throw new ArgumentException($"Material '{name}': mass fractions sum to {total}, expected 1.", nameof(components));
        var nuclei = new Dictionary<Nuclide, double>();
        foreach (var (component, fraction) in list)
        {
            foreach (var (nuclide, perKg) in component.NucleiPerKg)
                Add(nuclei, nuclide, perKg * fraction / total);
        }
        return new Material(name, nuclei.ToFrozenDictionary());
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>N_A times 1000 g/kg: formula units per kg for a molar mass of 1 g/mol.</summary>
    private const double AvogadroPerKg = Units.PhysicalConstants.Avogadro * 1e3 / Units.Units.Kg;

    private static void Add(Dictionary<Nuclide, double> map, Nuclide nuclide, double value) =>
        map[nuclide] = map.GetValueOrDefault(nuclide) + value;
}
