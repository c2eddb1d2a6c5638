using NuMMGen.Fluxes.States;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Reactor;

/// <summary>
/// Reactor electron antineutrinos at a detector (docs physics.md 4.3): fission rate
/// R = P / sum_i f_i E_i (thermal power P, fission fractions f_i, energy per fission E_i); components per
/// isotope with flux R f_i N_i / (4 pi L^2) and spectrum of <see cref="ReactorSpectra.FissionSpectrum"/>,
/// plus <c>U238capture</c> (239U and 239Np decays after neutron capture on 238U). The state at the detector
/// is the coherent vacuum state at the baseline (point-like core). Approximations: equilibrium spectra
/// (no off-equilibrium or spent-fuel corrections), no core size.
/// </summary>
public sealed class ReactorSource : IFluxSource
{
    /// <summary>Builds the source; power and baseline are required in <paramref name="options"/>.</summary>
    public ReactorSource(ReactorOptions options, OscillationParameters? oscillation = null)
    {
        Options = (options ?? throw new FluxConfigException("reactor: section missing; expected powerGW and baselineM.")).Validate();
        Mixing = new PmnsMatrix(oscillation ?? OscillationParameters.NuFit60);
        var baseline = Options.BaselineM!.Value * Units.M;
        var f = Options.FissionFractions.ToArray();
        var e = Options.EnergyPerFissionMeV.ToArray();
        var n = Options.AntineutrinosPerFission.ToArray();
        var meanEnergy = f.Zip(e, (x, y) => x * y).Sum() * Units.MeV;
        FissionRate = Options.PowerGW!.Value * 1e9 / (meanEnergy * 1.602176634e-13);
        var perArea = FissionRate / (4 * Math.PI * baseline * baseline);
        var state = new VacuumStateModel(Mixing, Flavor.NuEBar, baseline);
        var max = Options.MaxEnergyMeV * Units.MeV;
        var points = (int)(max / (5 * Units.KeV)) + 1;

        var components = new List<FluxComponent>();
        for (var i = 0; i < 4; i++)
        {
            if (f[i] > 0)
            {
                var spectrum = ReactorSpectra.FissionSpectrum(i, n[i], Options.MatchEnergyMeV * Units.MeV, max);
                var shape = TabulatedDistribution.FromFunction(spectrum, 0, max, points);
                components.Add(FluxComponent.Continuum(ReactorSpectra.Isotopes[i], Flavor.NuEBar, perArea * f[i] * shape.Integral, shape, state));
            }
        }
        if (Options.U238CapturesPerFission > 0)
        {
            var capture = TabulatedDistribution.FromFunction(ReactorSpectra.CaptureSpectrum(), 0, 1.262 * Units.MeV, 2001);
            components.Add(FluxComponent.Continuum("U238capture", Flavor.NuEBar, perArea * Options.U238CapturesPerFission * capture.Integral, capture, state));
        }
        Components = components;
        AntineutrinosPerFission = components.Sum(c => c.IntegratedFlux) / perArea;
    }

    /// <summary>The options used.</summary>
    public ReactorOptions Options { get; }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <summary>Fissions per second.</summary>
    public double FissionRate { get; }

    /// <summary>Antineutrinos per fission, all components (fission products and 238U capture).</summary>
    public double AntineutrinosPerFission { get; }

    /// <summary>Total antineutrino flux at the detector, cm^-2 s^-1.</summary>
    public double TotalFlux => Components.Sum(c => c.IntegratedFlux);

    /// <inheritdoc />
    public string Name => "reactor";

    /// <inheritdoc />
    public string Description =>
        $"reactor {Options.PowerGW} GW_th at {Options.BaselineM} m, Huber-Mueller above {Options.MatchEnergyMeV} MeV, Vogel-Engel-shaped model below, {AntineutrinosPerFission:F2} nubar/fission";

    /// <inheritdoc />
    public FluxNormalization Normalization => FluxNormalization.PerSecond;

    /// <inheritdoc />
    public IReadOnlyList<FluxComponent> Components { get; }
}
