namespace NuMMGen.Physics.Eft;

/// <summary>
/// The charged fermions psi a neutrino can couple to through a tensor or scalar four-fermion operator
/// (seed 1, Xu, eq. 1; seed 2 Tables 1-2 for the quarks).
/// </summary>
public enum ChargedFermion
{
    /// <summary>Electron.</summary>
    Electron,
    /// <summary>Muon.</summary>
    Muon,
    /// <summary>Tau lepton.</summary>
    Tau,
    /// <summary>Up quark.</summary>
    Up,
    /// <summary>Down quark.</summary>
    Down,
    /// <summary>Strange quark.</summary>
    Strange,
}

/// <summary>Charges, colours and names of <see cref="ChargedFermion"/>.</summary>
public static class ChargedFermionExtensions
{
    /// <summary>All six, in the order e, mu, tau, u, d, s.</summary>
    public static IReadOnlyList<ChargedFermion> All { get; } =
        [ChargedFermion.Electron, ChargedFermion.Muon, ChargedFermion.Tau, ChargedFermion.Up, ChargedFermion.Down, ChargedFermion.Strange];

    /// <summary>True for u, d, s.</summary>
    public static bool IsQuark(this ChargedFermion f) => f is ChargedFermion.Up or ChargedFermion.Down or ChargedFermion.Strange;

    /// <summary>Electric charge Q in units of the positron charge (-1 for leptons, 2/3 for u, -1/3 for d and s).</summary>
    public static double Charge(this ChargedFermion f) => f switch
    {
        ChargedFermion.Up => 2.0 / 3.0,
        ChargedFermion.Down or ChargedFermion.Strange => -1.0 / 3.0,
        _ => -1.0,
    };

    /// <summary>Number of colours running in a loop: 3 for quarks, 1 for leptons.</summary>
    public static int Colours(this ChargedFermion f) => f.IsQuark() ? 3 : 1;

    /// <summary>Short name: e, mu, tau, u, d, s.</summary>
    public static string Symbol(this ChargedFermion f) => f switch
    {
        ChargedFermion.Electron => "e",
        ChargedFermion.Muon => "mu",
        ChargedFermion.Tau => "tau",
        ChargedFermion.Up => "u",
        ChargedFermion.Down => "d",
        ChargedFermion.Strange => "s",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    /// <summary>Parses e, mu, tau, u, d or s (case-insensitive).</summary>
    /// <exception cref="InputException">Not one of the six; the message names <paramref name="option"/>.</exception>
    public static ChargedFermion Parse(string text, string option = "--fermion")
    {
        foreach (var f in All)
        {
            if (string.Equals(text, f.Symbol(), StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }
        throw new InputException($"{option}: '{text}' is not a charged fermion; use e, mu, tau, u, d or s.");
    }
}
