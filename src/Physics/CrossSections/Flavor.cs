namespace NuMMGen.Physics.CrossSections;

/// <summary>Neutrino flavour and particle/antiparticle, as it interacts in the detector.</summary>
public enum Flavor
{
    /// <summary>Electron neutrino.</summary>
    NuE,
    /// <summary>Muon neutrino.</summary>
    NuMu,
    /// <summary>Tau neutrino.</summary>
    NuTau,
    /// <summary>Electron antineutrino.</summary>
    NuEBar,
    /// <summary>Muon antineutrino.</summary>
    NuMuBar,
    /// <summary>Tau antineutrino.</summary>
    NuTauBar,
}

/// <summary>Helpers on <see cref="Flavor"/> and its command-line names.</summary>
public static class FlavorInfo
{
    /// <summary>The command-line names, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["nue", "numu", "nutau", "nuebar", "numubar", "nutaubar"];

    /// <summary>True for antineutrinos.</summary>
    public static bool IsAntineutrino(this Flavor flavor) => flavor >= Flavor.NuEBar;

    /// <summary>Lepton generation: 0 for e, 1 for mu, 2 for tau.</summary>
    public static int Generation(this Flavor flavor) => (int)flavor % 3;

    /// <summary>The command-line name (<c>nue</c>, <c>numubar</c>, ...).</summary>
    public static string ToName(this Flavor flavor) => Names[(int)flavor];

    /// <summary>Parses a command-line name; false if it is not one of <see cref="Names"/>.</summary>
    public static bool TryParse(string name, out Flavor flavor)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                flavor = (Flavor)i;
                return true;
            }
        }
        flavor = default;
        return false;
    }
}
