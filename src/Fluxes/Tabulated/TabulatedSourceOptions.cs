namespace NuMMGen.Fluxes.Tabulated;

/// <summary>
/// Options of a user-tabulated source, config section <c>"table"</c>:
/// <code>
/// "table": {
///   "file": "my_flux.csv",          // CSV: energy [MeV], flux [cm^-2 s^-1 MeV^-1]; '#' comments, optional header
///   "integratedFlux": 1.0e10,       // cm^-2 s^-1; null keeps the integral of the table
///   "flavorFractions": { "e": 1, "mu": 0, "tau": 0 }, // incoherent mixture at production
///   "antineutrino": false,
///   "baselineM": 0,                 // vacuum propagation distance (0: state as produced)
///   "name": "table"
/// }
/// </code>
/// </summary>
public sealed record TabulatedSourceOptions
{
    /// <summary>Path of the CSV file (required).</summary>
    public string? File { get; init; }

    /// <summary>Integrated flux in cm^-2 s^-1 to normalise to; null keeps the table's own integral.</summary>
    public double? IntegratedFlux { get; init; }

    /// <summary>Flavour fractions at production (normalised; default pure e).</summary>
    public FlavorFractions FlavorFractions { get; init; } = new();

    /// <summary>True for antineutrinos.</summary>
    public bool Antineutrino { get; init; }

    /// <summary>Vacuum propagation distance in m (&gt;= 0).</summary>
    public double BaselineM { get; init; }

    /// <summary>Component name.</summary>
    public string Name { get; init; } = "table";

    /// <summary>Checks every key (throws <see cref="FluxConfigException"/> naming it); returns this.</summary>
    public TabulatedSourceOptions Validate()
    {
        FluxConfigException.Require(!string.IsNullOrWhiteSpace(File), "table.file", File, "the path of a CSV file (energy MeV, flux per MeV)");
        FluxConfigException.Require(IntegratedFlux is null or > 0, "table.integratedFlux", IntegratedFlux, "> 0 or null");
        FluxConfigException.Require(BaselineM >= 0 && double.IsFinite(BaselineM), "table.baselineM", BaselineM, ">= 0 (metres)");
        var f = FlavorFractions;
        FluxConfigException.Require(f.E >= 0 && f.Mu >= 0 && f.Tau >= 0 && f.E + f.Mu + f.Tau > 0, "table.flavorFractions", $"{f.E}, {f.Mu}, {f.Tau}",
            "non-negative fractions with a positive sum");
        FluxConfigException.Require(!string.IsNullOrWhiteSpace(Name), "table.name", Name, "a non-empty name");
        return this;
    }
}

/// <summary>Flavour composition at production.</summary>
public sealed record FlavorFractions
{
    /// <summary>Electron-flavour fraction.</summary>
    public double E { get; init; } = 1;

    /// <summary>Muon-flavour fraction.</summary>
    public double Mu { get; init; }

    /// <summary>Tau-flavour fraction.</summary>
    public double Tau { get; init; }
}
