namespace NuMMGen.Fluxes.Sns;

/// <summary>
/// Options of the spallation (pion decay-at-rest) source, config section <c>"sns"</c>. Defaults are the
/// COHERENT CsI 2017 exposure (coherent_parameters.yaml: 7.47594 GWh, 19.3 m, 0.08 nu/flavour/proton):
/// <code>
/// "sns": {
///   "beamEnergyGWh": 7.47594,          // integrated beam energy on target
///   "protonKineticEnergyGeV": 1.0,     // N_POT = beam energy / proton kinetic energy (assumption)
///   "protonsOnTarget": null,           // if given, used instead of the two keys above
///   "neutrinosPerFlavorPerProton": 0.08,
///   "baselineM": 19.3,
///   "pulseFwhmNs": 360,                // Gaussian proton pulse ...
///   "pulseTimesNs": null, "pulseWeights": null, // ... or a tabulated shape (both arrays, same length)
///   "pionLifetimeNs": 26.033, "muonLifetimeNs": 2196.981
/// }
/// </code>
/// </summary>
public sealed record SnsOptions
{
    /// <summary>Integrated beam energy in GWh (COHERENT CsI 2017: 7.47594).</summary>
    public double BeamEnergyGWh { get; init; } = 7.47594;

    /// <summary>Proton kinetic energy in GeV used to turn beam energy into protons on target (SNS ~1 GeV).</summary>
    public double ProtonKineticEnergyGeV { get; init; } = 1.0;

    /// <summary>Protons on target given directly (overrides the beam energy); null to derive it.</summary>
    public double? ProtonsOnTarget { get; init; }

    /// <summary>Neutrinos of each flavour (nu_mu, nu_e, anti-nu_mu) per proton (COHERENT: 0.08 +- 0.008).</summary>
    public double NeutrinosPerFlavorPerProton { get; init; } = 0.08;

    /// <summary>Fractional uncertainty of the yield per proton (COHERENT: 10 %).</summary>
    public double YieldRelativeUncertainty { get; init; } = 0.10;

    /// <summary>Target-detector distance in m (COHERENT CsI: 19.3).</summary>
    public double BaselineM { get; init; } = 19.3;

    /// <summary>FWHM of the Gaussian proton pulse in ns (docs physics.md 4.2: ~360 ns).</summary>
    public double PulseFwhmNs { get; init; } = 360.0;

    /// <summary>Times (ns) of a tabulated proton-pulse shape; with <see cref="PulseWeights"/> replaces the Gaussian.</summary>
    public double[]? PulseTimesNs { get; init; }

    /// <summary>Relative intensities at <see cref="PulseTimesNs"/>.</summary>
    public double[]? PulseWeights { get; init; }

    /// <summary>Charged-pion lifetime in ns (PDG: 26.033).</summary>
    public double PionLifetimeNs { get; init; } = 26.033;

    /// <summary>Muon lifetime in ns (PDG: 2196.981).</summary>
    public double MuonLifetimeNs { get; init; } = 2196.981;

    /// <summary>Protons on target: given, or beam energy / proton kinetic energy.</summary>
    public double ResolvedProtonsOnTarget =>
        ProtonsOnTarget ?? BeamEnergyGWh * 3.6e12 / (ProtonKineticEnergyGeV * 1e9 * 1.602176634e-19);

    /// <summary>Checks every key (throws <see cref="FluxConfigException"/> naming it); returns this.</summary>
    public SnsOptions Validate()
    {
        FluxConfigException.Require(BeamEnergyGWh > 0, "sns.beamEnergyGWh", BeamEnergyGWh, "> 0");
        FluxConfigException.Require(ProtonKineticEnergyGeV > 0, "sns.protonKineticEnergyGeV", ProtonKineticEnergyGeV, "> 0");
        FluxConfigException.Require(ProtonsOnTarget is null or > 0, "sns.protonsOnTarget", ProtonsOnTarget, "> 0 or null");
        FluxConfigException.Require(NeutrinosPerFlavorPerProton > 0, "sns.neutrinosPerFlavorPerProton", NeutrinosPerFlavorPerProton, "> 0");
        FluxConfigException.Require(YieldRelativeUncertainty >= 0, "sns.yieldRelativeUncertainty", YieldRelativeUncertainty, ">= 0");
        FluxConfigException.Require(BaselineM > 0, "sns.baselineM", BaselineM, "> 0 (metres)");
        FluxConfigException.Require(PulseFwhmNs > 0, "sns.pulseFwhmNs", PulseFwhmNs, "> 0");
        FluxConfigException.Require(PionLifetimeNs > 0, "sns.pionLifetimeNs", PionLifetimeNs, "> 0");
        FluxConfigException.Require(MuonLifetimeNs > 0, "sns.muonLifetimeNs", MuonLifetimeNs, "> 0");
        FluxConfigException.Require((PulseTimesNs is null) == (PulseWeights is null), "sns.pulseWeights", PulseWeights is null ? null : "given",
            "both pulseTimesNs and pulseWeights, or neither");
        if (PulseTimesNs is not null)
        {
            FluxConfigException.Require(PulseTimesNs.Length >= 2 && PulseTimesNs.Length == PulseWeights!.Length, "sns.pulseTimesNs", PulseTimesNs.Length,
                "at least two times, as many as pulseWeights");
        }
        return this;
    }
}
