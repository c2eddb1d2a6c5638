using NuMMGen.Fluxes.IO;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Solar;

/// <summary>
/// Solar neutrinos at the Earth (docs physics.md 4.1). Fluxes from the B16 standard solar models
/// (Vinyoles et al., ApJ 835, 202 (2017), Table 6 as distributed in fluxes_b16.dat) with their
/// uncertainties; spectra: pp and hep (Bahcall PRC 56, 3391 (1997)), 7Be line shapes (Bahcall PRD 49,
/// 3923 (1994); 861.8 keV 89.56 %, 384.3 keV 10.44 %), pep line at 1.442 MeV, 8B (Winter et al. PRC 73,
/// 025503 (2006), or Ortiz et al. 2000), 13N, 15O, 17F (Bahcall and Ulrich RMP 60, 297 (1988)). The state
/// at the Earth per reaction: <see cref="SolarStateModel"/> (adiabatic 3-flavour MSW averaged over the
/// B16 production region, incoherent mass states, no Earth matter). Fluxes are at 1 AU (no eccentricity
/// modulation). All data are embedded (Data/solar, see its README).
/// </summary>
public sealed class SolarSource : IFluxSource
{
    /// <summary>Reactions in the order of the B16 tables.</summary>
    public static IReadOnlyList<string> Reactions { get; } = ["pp", "pep", "hep", "7Be", "8B", "13N", "15O", "17F"];

    /// <summary>Units of the rows of fluxes_b16.dat, cm^-2 s^-1.</summary>
    private static readonly double[] TableUnits = [1e10, 1e8, 1e3, 1e9, 1e6, 1e8, 1e8, 1e6];

    /// <summary>pep line energy, 1.442 MeV (docs physics.md 4.1).</summary>
    public const double PepLineEnergy = 1.442 * Units.MeV;

    /// <summary>7Be ground-state line, 861.8 keV, branching 89.56 % (docs physics.md 4.1).</summary>
    public const double Be7HighEnergy = 0.8618 * Units.MeV, Be7HighBranching = 0.8956;

    /// <summary>7Be excited-state line, 384.3 keV, branching 10.44 %.</summary>
    public const double Be7LowEnergy = 0.3843 * Units.MeV, Be7LowBranching = 0.1044;

    /// <summary>Builds the source; defaults B16-GS98 and NuFIT 6.0.</summary>
    public SolarSource(SolarOptions? options = null, OscillationParameters? oscillation = null)
    {
        Options = (options ?? new SolarOptions()).Validate();
        Mixing = new PmnsMatrix(oscillation ?? OscillationParameters.NuFit60);
        var agss = Options.IsAgss09;
        var (flux, error) = ReadFluxes(agss);
        var (weights, potentials) = ReadProfile(agss ? "solar/nudistr_b16_agss09.dat" : "solar/nudistr_b16_gs98.dat");
        var msw = new AdiabaticMswTable(Mixing, Flavor.NuE);
        SolarStateModel State(int reaction) => new(msw, weights[reaction], potentials);

        var be7State = State(3);
        Components =
        [
            Continuum("pp", 0, Shape("pp_shape.csv")),
            FluxComponent.Line("pep", Flavor.NuE, PepLineEnergy, flux[1], State(1), null, error[1]),
            Continuum("hep", 2, Shape("hep_shape.csv")),
            FluxComponent.Line("7Be_862", Flavor.NuE, Be7HighEnergy, Be7HighBranching * flux[3], be7State, Shape("be7ground_shape.csv"), error[3]),
            FluxComponent.Line("7Be_384", Flavor.NuE, Be7LowEnergy, Be7LowBranching * flux[3], be7State, Shape("be7excited_shape.csv"), error[3]),
            Continuum("8B", 4, Shape(Options.Boron8Spectrum == "Ortiz2000" ? "8B_shape_Ortiz_et_al.csv" : "8B_shape_Winter_et_al.csv")),
            Continuum("13N", 5, Shape("n13_shape.csv")),
            Continuum("15O", 6, Shape("o15_shape.csv")),
            Continuum("17F", 7, Shape("f17_shape.csv")),
        ];

        FluxComponent Continuum(string name, int reaction, TabulatedDistribution shape) =>
            FluxComponent.Continuum(name, Flavor.NuE, flux[reaction], shape, State(reaction), error[reaction]);
    }

    /// <summary>The options used.</summary>
    public SolarOptions Options { get; }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <inheritdoc />
    public string Name => "solar";

    /// <inheritdoc />
    public string Description => $"{Options.Model} solar model, adiabatic 3-flavour MSW, 8B {Options.Boron8Spectrum}";

    /// <inheritdoc />
    public FluxNormalization Normalization => FluxNormalization.PerSecond;

    /// <inheritdoc />
    public IReadOnlyList<FluxComponent> Components { get; }

    private static (double[] Flux, double[] Error) ReadFluxes(bool agss)
    {
        using var reader = EmbeddedData.Open(typeof(SolarSource), "solar/fluxes_b16.dat");
        var rows = FluxTables.Read(reader, "solar/fluxes_b16.dat", 4);
        var column = agss ? 2 : 0;
        return (rows.Select((r, i) => r[column] * TableUnits[i]).ToArray(), rows.Select(r => r[column + 1]).ToArray());
    }

    private static (double[][] Weights, double[] Potentials) ReadProfile(string resource)
    {
        using var reader = EmbeddedData.Open(typeof(SolarSource), resource);
        var rows = FluxTables.Read(reader, resource, 12);
        var potentials = rows.Select(r => MatterMixing.Potential(Math.Pow(10, r[2]) * PhysicalConstants.Avogadro)).ToArray();
        var weights = Enumerable.Range(0, 8).Select(k => rows.Select(r => r[4 + k]).ToArray()).ToArray();
        return (weights, potentials);
    }

    private static TabulatedDistribution Shape(string file)
    {
        using var reader = EmbeddedData.Open(typeof(SolarSource), "solar/" + file);
        var rows = FluxTables.Read(reader, "solar/" + file, 2);
        var x = new List<double>();
        var y = new List<double>();
        if (rows[0][0] > 0 && file.StartsWith("pp", StringComparison.Ordinal))
        {
            // The pp table starts at 5 keV; the spectrum vanishes at E = 0 (phase space ~ E^2).
            x.Add(0);
            y.Add(0);
        }
        foreach (var r in rows)
        {
            x.Add(r[0] * Units.MeV);
            y.Add(r[1]);
        }
        // Drop the zero tail after the end point (tables run on to 20 MeV), keeping one zero knot.
        while (y.Count > 2 && y[^1] == 0 && y[^2] == 0)
        {
            x.RemoveAt(x.Count - 1);
            y.RemoveAt(y.Count - 1);
        }
        return new TabulatedDistribution(x, y);
    }
}
