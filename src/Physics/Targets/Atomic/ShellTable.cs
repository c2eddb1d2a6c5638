using System.Globalization;

namespace NuMMGen.Physics.Targets.Atomic;

/// <summary>
/// The subshells of one element (occupancies and binding energies), read from the embedded table
/// <c>shells/&lt;Symbol&gt;.csv</c> (sources in Data/shells/README.md). Used by the stepping approximation
/// (docs physics.md 2.4): at recoil energy T the electrons with binding energy below T scatter as free.
/// Immutable.
/// </summary>
public sealed class ShellTable
{
    private static readonly string[] Symbols = ["H", "C", "O", "Na", "Ar", "Ge", "I", "Xe", "Cs"];

    private static readonly IReadOnlyDictionary<string, Lazy<ShellTable>> Tables =
        Symbols.ToDictionary(s => s, s => new Lazy<ShellTable>(() => Load(s)), StringComparer.OrdinalIgnoreCase);

    private ShellTable(string element, IReadOnlyList<AtomicShell> shells)
    {
        Element = element;
        Shells = shells;
        ElectronCount = shells.Sum(s => s.Occupancy);
    }

    /// <summary>Element symbols that have a shell table, in order of Z.</summary>
    public static IReadOnlyList<string> Elements { get; } = Symbols;

    /// <summary>Element symbol as written in the table list (<c>Ge</c>, <c>Xe</c>).</summary>
    public string Element { get; }

    /// <summary>The subshells, from the most to the least bound.</summary>
    public IReadOnlyList<AtomicShell> Shells { get; }

    /// <summary>Total number of electrons (Z for the neutral atom).</summary>
    public int ElectronCount { get; }

    /// <summary>Looks up the table of an element by symbol, ignoring case; false if there is none.</summary>
    public static bool TryGet(string element, out ShellTable table)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Tables.TryGetValue(element.Trim(), out var lazy))
        {
            table = lazy.Value;
            return true;
        }
        table = null!;
        return false;
    }

    /// <summary>
    /// Number of electrons free to recoil with kinetic energy <paramref name="recoil"/> (MeV):
    /// sum_i n_i Theta(T - B_i), counting a subshell when T is strictly above its binding energy.
    /// </summary>
    public int ActiveElectrons(double recoil)
    {
        var count = 0;
        foreach (var shell in Shells)
        {
            if (recoil > shell.BindingEnergy)
            {
                count += shell.Occupancy;
            }
        }
        return count;
    }

    private static ShellTable Load(string symbol)
    {
        var file = $"shells/{symbol}.csv";
        var shells = new List<AtomicShell>();
        foreach (var f in EmbeddedData.ReadCsvRows(typeof(ShellTable), file, 5))
        {
            if (!int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var occupancy) || occupancy < 1
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var bindingEv) || !(bindingEv > 0))
            {
                throw new InvalidDataException(
                    $"Embedded file '{file}': expected 'shell,orbital,occupancy,binding_eV,source' with occupancy >= 1 and binding > 0, got '{string.Join(',', f)}'.");
            }
            shells.Add(new AtomicShell(f[0], f[1], occupancy, bindingEv * Units.Units.EV, f[4]));
        }
        return new ShellTable(symbol, shells.OrderByDescending(s => s.BindingEnergy).ToArray());
    }
}
