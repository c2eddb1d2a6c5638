using System.Text.Json;
using System.Text.Json.Serialization;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Reporting;

/// <summary>One component as listed by <c>nummgen flux</c>.</summary>
/// <param name="Name">Component name.</param>
/// <param name="Kind">"line" or "continuum".</param>
/// <param name="Flavor">Flavour at production (command-line name).</param>
/// <param name="IntegratedFlux">Integrated flux in the report's <see cref="FluxReport.FluxUnit"/>.</param>
/// <param name="RelativeUncertainty">Fractional 1-sigma uncertainty of the flux (0 if not stated).</param>
/// <param name="LineEnergyMeV">Line energy in MeV (null for a continuum).</param>
/// <param name="MinEnergyMeV">Lowest energy in MeV.</param>
/// <param name="MaxEnergyMeV">Highest energy in MeV.</param>
/// <param name="MeanEnergyMeV">Mean energy in MeV.</param>
public sealed record ComponentSummary(string Name, string Kind, string Flavor, double IntegratedFlux, double RelativeUncertainty,
    double? LineEnergyMeV, double MinEnergyMeV, double MaxEnergyMeV, double MeanEnergyMeV);

/// <summary>A component's state and spectrum at one energy.</summary>
/// <param name="Component">Component name.</param>
/// <param name="Antineutrino">True for antineutrinos.</param>
/// <param name="Pee">Electron-flavour probability at the detector.</param>
/// <param name="FlavorProbabilities">Probabilities of e, mu, tau.</param>
/// <param name="MassStateProbabilities">Probabilities of nu_1, nu_2, nu_3.</param>
/// <param name="SpectrumPerMeV">Differential flux in the report's unit per MeV (0 for an ideal line).</param>
public sealed record ComponentAtEnergy(string Component, bool Antineutrino, double Pee, FlavorProbabilities FlavorProbabilities,
    double[] MassStateProbabilities, double SpectrumPerMeV);

/// <summary>
/// Everything <c>nummgen flux</c> prints: the source, its components with integrated fluxes and, for a
/// requested energy, each component's neutrino state (P_ee, flavour and mass-state probabilities) and
/// spectrum value. The command only formats it (<see cref="ToJson"/> or <see cref="ToText"/>).
/// </summary>
/// <param name="Source">Source kind.</param>
/// <param name="Description">One-line model description.</param>
/// <param name="FluxUnit">Unit of the integrated fluxes (cm^-2 s^-1 or cm^-2 POT^-1).</param>
/// <param name="ProtonsOnTarget">Protons on target (pulsed sources only).</param>
/// <param name="Components">The listed components.</param>
/// <param name="EnuMeV">The requested energy in MeV, if any.</param>
/// <param name="AtEnergy">The components at <paramref name="EnuMeV"/> (null without one).</param>
/// <param name="Pee">At <paramref name="EnuMeV"/>: P_ee of the listed components together, weighted by their spectra
/// (equal weights where all spectra vanish, e.g. between lines); for one component, its own value.</param>
/// <param name="FlavorProbabilities">At <paramref name="EnuMeV"/>: flavour probabilities, weighted as <paramref name="Pee"/>.</param>
/// <param name="MassStateProbabilities">At <paramref name="EnuMeV"/>: mass-state probabilities, weighted as <paramref name="Pee"/>.</param>
/// <param name="SpectrumPerMeV">At <paramref name="EnuMeV"/>: the summed differential flux of the listed components per MeV.</param>
public sealed record FluxReport(string Source, string Description, string FluxUnit, double? ProtonsOnTarget,
    IReadOnlyList<ComponentSummary> Components, double? EnuMeV, IReadOnlyList<ComponentAtEnergy>? AtEnergy,
    double? Pee = null, FlavorProbabilities? FlavorProbabilities = null, double[]? MassStateProbabilities = null, double? SpectrumPerMeV = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Builds the report for <paramref name="source"/>, optionally one <paramref name="component"/> only
    /// and the states at <paramref name="enuMeV"/> (MeV, &gt; 0).
    /// </summary>
    /// <exception cref="FluxConfigException">Unknown component or a non-positive energy.</exception>
    public static FluxReport Create(IFluxSource source, string? component = null, double? enuMeV = null)
    {
        FluxConfigException.Require(enuMeV is null or > 0, "--enu", enuMeV, "a neutrino energy > 0 in MeV");
        var components = component is null ? source.Components : [source.Component(component)];
        var summaries = components.Select(c => new ComponentSummary(
            c.Name, c.Kind == ComponentKind.Line ? "line" : "continuum", c.Flavor.ToName(), c.IntegratedFlux, c.RelativeUncertainty,
            c.Kind == ComponentKind.Line ? c.LineEnergy / Units.MeV : null, c.MinEnergy / Units.MeV, c.MaxEnergy / Units.MeV, c.MeanEnergy / Units.MeV)).ToArray();
        ComponentAtEnergy[]? at = null;
        if (enuMeV is { } e)
        {
            at = components.Select(c =>
            {
                var s = c.StateAt(e * Units.MeV);
                return new ComponentAtEnergy(c.Name, s.IsAntineutrino, s.Pee, s.FlavorProbabilities(),
                    [s.MassStateProbability(0), s.MassStateProbability(1), s.MassStateProbability(2)], c.Spectrum(e * Units.MeV) * Units.MeV);
            }).ToArray();
        }
        double? pot = source is SnsSource sns ? sns.ProtonsOnTarget : null;
        var report = new FluxReport(source.Name, source.Description, source.FluxUnit(), pot, summaries, enuMeV, at);
        return at is null ? report : report.WithCombinedState(at);
    }

    /// <summary>Adds the spectrum-weighted state of all listed components (probabilities mix linearly).</summary>
    private FluxReport WithCombinedState(IReadOnlyList<ComponentAtEnergy> at)
    {
        var spectrum = at.Sum(a => a.SpectrumPerMeV);
        double Weight(ComponentAtEnergy a) => spectrum > 0 ? a.SpectrumPerMeV / spectrum : 1.0 / at.Count;
        var flavors = new Physics.Oscillation.FlavorProbabilities(
            at.Sum(a => Weight(a) * a.FlavorProbabilities.E),
            at.Sum(a => Weight(a) * a.FlavorProbabilities.Mu),
            at.Sum(a => Weight(a) * a.FlavorProbabilities.Tau));
        var mass = Enumerable.Range(0, 3).Select(k => at.Sum(a => Weight(a) * a.MassStateProbabilities[k])).ToArray();
        return this with
        {
            Pee = at.Sum(a => Weight(a) * a.Pee),
            FlavorProbabilities = flavors,
            MassStateProbabilities = mass,
            SpectrumPerMeV = spectrum,
        };
    }

    /// <summary>The report as indented camelCase JSON (units in field names or in <c>fluxUnit</c>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The report as a readable plain-text table.</summary>
    public string ToText() => FluxReportText.Format(this);
}
