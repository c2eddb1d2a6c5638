namespace NuMMGen.Fluxes.Reactor;

/// <summary>A value for each of the four fissioning isotopes.</summary>
/// <param name="U235">Uranium-235.</param>
/// <param name="U238">Uranium-238.</param>
/// <param name="Pu239">Plutonium-239.</param>
/// <param name="Pu241">Plutonium-241.</param>
public sealed record IsotopeValues(double U235, double U238, double Pu239, double Pu241)
{
    /// <summary>The values in the order U235, U238, Pu239, Pu241.</summary>
    public double[] ToArray() => [U235, U238, Pu239, Pu241];
}

/// <summary>
/// Options of the reactor source, config section <c>"reactor"</c>:
/// <code>
/// "reactor": {
///   "powerGW": 3.0, "baselineM": 13.9,                  // required (thermal power, core-detector distance)
///   "fissionFractions": { "u235": 0.58, "u238": 0.07, "pu239": 0.30, "pu241": 0.05 },
///   "energyPerFissionMeV": { "u235": 202.36, "u238": 205.99, "pu239": 211.12, "pu241": 214.26 },
///   "antineutrinosPerFission": { "u235": 6.14, "u238": 7.08, "pu239": 5.58, "pu241": 6.42 },
///   "u238CapturesPerFission": 0.6,
///   "matchEnergyMeV": 2.0, "maxEnergyMeV": 12.0
/// }
/// </code>
/// </summary>
public sealed record ReactorOptions
{
    /// <summary>Thermal power in GW (required, &gt; 0).</summary>
    public double? PowerGW { get; init; }

    /// <summary>Core-detector distance in m (required, &gt; 0).</summary>
    public double? BaselineM { get; init; }

    /// <summary>Fractions of fissions per isotope (sum 1); default: a typical PWR mid-cycle, close to the Daya Bay averages (PRL 118, 251801 (2017)).</summary>
    public IsotopeValues FissionFractions { get; init; } = new(0.58, 0.07, 0.30, 0.05);

    /// <summary>Thermal energy per fission in MeV (Ma et al., PRC 88, 014605 (2013); docs physics.md 4.3).</summary>
    public IsotopeValues EnergyPerFissionMeV { get; init; } = new(202.36, 205.99, 211.12, 214.26);

    /// <summary>
    /// Total antineutrinos per fission from fission products at equilibrium (summation method, as quoted by
    /// Kopeikin, Mikaelyan and Sinev, Phys. At. Nucl. 67, 1892 (2004)); fixes the normalisation of the
    /// low-energy model below <see cref="MatchEnergyMeV"/>.
    /// </summary>
    public IsotopeValues AntineutrinosPerFission { get; init; } = new(6.14, 7.08, 5.58, 6.42);

    /// <summary>Neutron captures on 238U per fission (each gives 239U and 239Np beta decays: two antineutrinos below 1.3 MeV; Kopeikin, Phys. At. Nucl. 75, 143 (2012): ~0.6).</summary>
    public double U238CapturesPerFission { get; init; } = 0.6;

    /// <summary>Energy (MeV) above which the Huber-Mueller fits are used.</summary>
    public double MatchEnergyMeV { get; init; } = 2.0;

    /// <summary>Highest antineutrino energy tabulated, MeV.</summary>
    public double MaxEnergyMeV { get; init; } = 12.0;

    /// <summary>Checks every key (throws <see cref="FluxConfigException"/> naming it); returns this.</summary>
    public ReactorOptions Validate()
    {
        FluxConfigException.Require(PowerGW is > 0 && double.IsFinite(PowerGW.Value), "reactor.powerGW", PowerGW, "a thermal power > 0 in GW");
        FluxConfigException.Require(BaselineM is > 0 && double.IsFinite(BaselineM.Value), "reactor.baselineM", BaselineM, "a distance > 0 in m");
        var f = FissionFractions.ToArray();
        FluxConfigException.Require(f.All(x => x >= 0) && Math.Abs(f.Sum() - 1) < 1e-3, "reactor.fissionFractions", string.Join(", ", f), "four fractions >= 0 summing to 1");
        FluxConfigException.Require(EnergyPerFissionMeV.ToArray().All(x => x > 100 && x < 300), "reactor.energyPerFissionMeV", string.Join(", ", EnergyPerFissionMeV.ToArray()), "values in (100, 300) MeV");
        FluxConfigException.Require(AntineutrinosPerFission.ToArray().All(x => x > 0 && x < 20), "reactor.antineutrinosPerFission", string.Join(", ", AntineutrinosPerFission.ToArray()), "values in (0, 20)");
        FluxConfigException.Require(U238CapturesPerFission >= 0 && U238CapturesPerFission < 2, "reactor.u238CapturesPerFission", U238CapturesPerFission, "a value in [0, 2)");
        FluxConfigException.Require(MatchEnergyMeV is >= 1.8 and <= 3, "reactor.matchEnergyMeV", MatchEnergyMeV, "a value in [1.8, 3] MeV");
        FluxConfigException.Require(MaxEnergyMeV is >= 8 and <= 15, "reactor.maxEnergyMeV", MaxEnergyMeV, "a value in [8, 15] MeV");
        return this;
    }
}
