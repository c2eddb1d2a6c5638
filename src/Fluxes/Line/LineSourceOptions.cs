namespace NuMMGen.Fluxes.Line;

/// <summary>One emission line of a radioactive source.</summary>
public sealed record SpectralLineOptions
{
    /// <summary>Neutrino energy in keV (&gt; 0).</summary>
    public double EnergyKeV { get; init; }

    /// <summary>Neutrinos per decay in this line, a fraction in (0, 1].</summary>
    public double Intensity { get; init; }
}

/// <summary>
/// Options of a radioactive line source, config section <c>"line"</c>:
/// <code>
/// "line": {
///   "preset": "Cr51",          // or give "lines": [ { "energyKeV": 746.9, "intensity": 0.816 }, ... ]
///   "activityBq": 1.1e17,      // required
///   "distanceM": 1.0,          // required
///   "flavor": "nue"            // nue, nuebar, ...
/// }
/// </code>
/// </summary>
public sealed record LineSourceOptions
{
    /// <summary>51Cr electron-capture lines: 746.9 keV 81.6 %, 751.9 keV 8.5 %, 426.4 keV 9.0 %, 431.4 keV 0.9 % (the project's issue 3; ENSDF).</summary>
    public static IReadOnlyList<SpectralLineOptions> Chromium51 { get; } =
    [
        new() { EnergyKeV = 746.9, Intensity = 0.816 },
        new() { EnergyKeV = 751.9, Intensity = 0.085 },
        new() { EnergyKeV = 426.4, Intensity = 0.090 },
        new() { EnergyKeV = 431.4, Intensity = 0.009 },
    ];

    /// <summary>A named line set (<c>Cr51</c>); null when <see cref="Lines"/> is given.</summary>
    public string? Preset { get; init; }

    /// <summary>Explicit lines (used when <see cref="Preset"/> is null).</summary>
    public IReadOnlyList<SpectralLineOptions>? Lines { get; init; }

    /// <summary>Activity in Bq (decays per second), required.</summary>
    public double? ActivityBq { get; init; }

    /// <summary>Source-detector distance in m, required.</summary>
    public double? DistanceM { get; init; }

    /// <summary>Flavour emitted (command-line name, default <c>nue</c>).</summary>
    public string Flavor { get; init; } = "nue";

    /// <summary>The lines to use: the preset's or the explicit ones.</summary>
    public IReadOnlyList<SpectralLineOptions> ResolvedLines => Preset switch
    {
        null => Lines ?? throw new FluxConfigException("line.lines = (missing): expected a preset (Cr51) or a list of { energyKeV, intensity }."),
        _ when Preset.Equals("Cr51", StringComparison.OrdinalIgnoreCase) => Chromium51,
        _ => throw new FluxConfigException($"line.preset = {Preset}: expected Cr51 (or omit it and give lines)."),
    };

    /// <summary>Checks every key (throws <see cref="FluxConfigException"/> naming it); returns this.</summary>
    public LineSourceOptions Validate()
    {
        FluxConfigException.Require(ActivityBq is > 0 && double.IsFinite(ActivityBq.Value), "line.activityBq", ActivityBq, "an activity > 0 in Bq");
        FluxConfigException.Require(DistanceM is > 0 && double.IsFinite(DistanceM.Value), "line.distanceM", DistanceM, "a distance > 0 in m");
        FluxConfigException.Require(Physics.CrossSections.FlavorInfo.TryParse(Flavor, out _), "line.flavor", Flavor, string.Join(", ", Physics.CrossSections.FlavorInfo.Names));
        var lines = ResolvedLines;
        FluxConfigException.Require(lines.Count > 0, "line.lines", lines.Count, "at least one line");
        for (var i = 0; i < lines.Count; i++)
        {
            FluxConfigException.Require(lines[i].EnergyKeV > 0, $"line.lines[{i}].energyKeV", lines[i].EnergyKeV, "> 0");
            FluxConfigException.Require(lines[i].Intensity is > 0 and <= 1, $"line.lines[{i}].intensity", lines[i].Intensity, "a fraction in (0, 1]");
        }
        return this;
    }
}
