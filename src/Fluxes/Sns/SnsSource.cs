using NuMMGen.Fluxes.States;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Sns;

/// <summary>
/// A spallation neutron source seen as pion decay at rest (docs physics.md 4.2): components <c>numu</c>
/// (prompt line), <c>nue</c> and <c>numubar</c> (delayed Michel spectra), each with fluence per proton
/// r / (4 pi L^2) (r neutrinos per flavour per proton, isotropic), the arrival-time distribution
/// (independent of energy: the decays are at rest), and the vacuum-propagated state at the baseline.
/// Multiply by <see cref="ProtonsOnTarget"/> for the total fluence. Approximations: all pi+ and mu+ decay
/// at rest (decay in flight and pi-/mu- capture neglected), point source.
/// </summary>
public sealed class SnsSource : IFluxSource
{
    /// <summary>Builds the source; defaults are COHERENT CsI 2017 and NuFIT 6.0.</summary>
    public SnsSource(SnsOptions? options = null, OscillationParameters? oscillation = null)
    {
        Options = (options ?? new SnsOptions()).Validate();
        Mixing = new PmnsMatrix(oscillation ?? OscillationParameters.NuFit60);
        var baseline = Options.BaselineM * Units.M;
        var perProton = Options.NeutrinosPerFlavorPerProton / (4 * Math.PI * baseline * baseline);
        var (prompt, delayed) = PionDecayAtRest.Timing(Options);
        var end = PionDecayAtRest.MichelEndPoint;
        var unc = Options.YieldRelativeUncertainty;
        var muonDecay = new ExponentialDelay(prompt, Options.MuonLifetimeNs * Units.Ns);
        Components =
        [
            FluxComponent.Line("numu", Flavor.NuMu, PionDecayAtRest.PromptEnergy, perProton,
                new VacuumStateModel(Mixing, Flavor.NuMu, baseline), null, unc, prompt),
            FluxComponent.Continuum("nue", Flavor.NuE, perProton, TabulatedDistribution.FromFunction(PionDecayAtRest.NuESpectrum, 0, end, 2001),
                new VacuumStateModel(Mixing, Flavor.NuE, baseline), unc, delayed, muonDecay),
            FluxComponent.Continuum("numubar", Flavor.NuMuBar, perProton, TabulatedDistribution.FromFunction(PionDecayAtRest.NuMuBarSpectrum, 0, end, 2001),
                new VacuumStateModel(Mixing, Flavor.NuMuBar, baseline), unc, delayed, muonDecay),
        ];
    }

    /// <summary>The options used.</summary>
    public SnsOptions Options { get; }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <summary>Protons on target of the exposure.</summary>
    public double ProtonsOnTarget => Options.ResolvedProtonsOnTarget;

    /// <inheritdoc />
    public string Name => "sns";

    /// <inheritdoc />
    public string Description =>
        $"pion decay at rest, {Options.NeutrinosPerFlavorPerProton} nu/flavour/proton, L = {Options.BaselineM} m, POT = {ProtonsOnTarget:E3}";

    /// <inheritdoc />
    public FluxNormalization Normalization => FluxNormalization.PerProtonOnTarget;

    /// <inheritdoc />
    public IReadOnlyList<FluxComponent> Components { get; }
}
