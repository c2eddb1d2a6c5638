using System.Collections.Frozen;

namespace NuMMGen.Physics.Targets;

/// <summary>
/// Named target materials of the seed experiments, looked up case-insensitively by name.
/// <list type="bullet">
/// <item><c>CsI</c>: caesium iodide (COHERENT).</item>
/// <item><c>Ge</c>: natural germanium (GEMMA, TEXONO, CONUS).</item>
/// <item><c>Xe</c>: natural xenon.</item>
/// <item><c>Ar</c>: natural (atmospheric) argon (COHERENT CENNS-10).</item>
/// <item><c>NaI</c>: sodium iodide.</item>
/// <item><c>PC</c>: pseudocumene, 1,2,4-trimethylbenzene C9H12.</item>
/// <item><c>PC+PPO</c>: the Borexino scintillator, PC with 1.5 g/L of PPO (2,5-diphenyloxazole, C15H11NO)
/// (Borexino, e.g. Astropart. Phys. 92, 21 (2017), arXiv:1701.07970); the PPO mass fraction is
/// 1.5 g/L divided by the PC density 0.876 g/cm^3, i.e. 1.712e-3.</item>
/// </list>
/// </summary>
public static class MaterialCatalog
{
    /// <summary>PPO concentration in the Borexino scintillator, g per litre.</summary>
    public const double BorexinoPpoGramsPerLitre = 1.5;

    /// <summary>Density of pseudocumene used for the PPO mass fraction, g/cm^3.</summary>
    public const double PseudocumeneDensity = 0.876;

    private static readonly Lazy<FrozenDictionary<string, Material>> Catalog = new(Build);

    /// <summary>The names of all catalogued materials.</summary>
    public static IReadOnlyList<string> Names => Catalog.Value.Values.Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The material named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown name; the message lists the known ones.</exception>
    public static Material Get(string name) =>
        TryGet(name, out var material)
            ? material
            : throw new KeyNotFoundException($"Unknown material '{name}'; known: {string.Join(", ", Names)}");

    /// <summary>Looks up a material by name; false if there is none.</summary>
    public static bool TryGet(string name, out Material material)
    {
        material = null!;
        return name is not null && Catalog.Value.TryGetValue(name.Trim(), out material!);
    }

    private static FrozenDictionary<string, Material> Build()
    {
        var pc = Material.FromFormula("PC", "C9H12");
        var ppo = Material.FromFormula("PPO", "C15H11NO");
        var ppoFraction = BorexinoPpoGramsPerLitre / (PseudocumeneDensity * 1000.0);
        Material[] all =
        [
            Material.FromFormula("CsI", "CsI"),
            Material.FromFormula("Ge", "Ge"),
            Material.FromFormula("Xe", "Xe"),
            Material.FromFormula("Ar", "Ar"),
            Material.FromFormula("NaI", "NaI"),
            pc,
            Material.FromMassFractions("PC+PPO", [(pc, 1.0 - ppoFraction), (ppo, ppoFraction)]),
        ];
        return all.ToFrozenDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }
}
