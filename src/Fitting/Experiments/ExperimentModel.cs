using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// The likelihood model of one experiment from its <see cref="ExperimentTemplates"/>:
/// expected_b = f_flux (SM_b + mu^2 Mag_b + C^2 T_b) + sum_k f_k B_k,b, with the POIs <c>mu2</c> = (mu / 1e-10 mu_B)^2 &gt;= 0
/// and optionally <c>tensorE2</c> = (C / 1e-5 GeV^-2)^2 &gt;= 0 (likewise tensorU2, ...; the reference units of
/// <see cref="ExperimentTemplates"/> keep the POIs of order 1 for the minimiser), the flux normalisation
/// <c>flux_SOURCE</c> and one normalisation <c>bkg_NAME</c> per background, each with a Gaussian constraint of its
/// relative uncertainty, and one shape nuisance per response nuisance (alpha, unit Gaussian constraint, every template
/// interpolated between its -1 and +1 sigma versions, pyhf code 4p). Parameters are named so that channels of several experiments combine by name
/// (<see cref="CombinedLikelihood.Add"/>). Immutable.
/// </summary>
public sealed class ExperimentModel
{
    /// <summary>Name of the magnetic-moment POI ((mu / 1e-10 mu_B)^2); reported as <c>mu</c> (mu_B).</summary>
    public const string MuSquared = "mu2";

    /// <summary>Builds the channel, parameters and constraints of <paramref name="templates"/>.</summary>
    /// <param name="templates">The experiment's templates.</param>
    public ExperimentModel(ExperimentTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        Templates = templates;
        string flux = templates.FluxParameter;
        double noise = Math.Sqrt(Math.Max(templates.Sm.Sum() + templates.Backgrounds.Sum(b => b.Counts.Sum()), 1));
        var variations = templates.Variations;
        TemplateComponent Shaped(TemplateComponent component, Func<TemplateSet, double[]> part, double unit = 1)
        {
            foreach (var v in variations)
                component = component.WithShape(v.Name, Scaled(part(v.Down), unit), Scaled(part(v.Up), unit));
            return component;
        }
        var signal = new List<TemplateComponent>
        {
            Shaped(new TemplateComponent("sm", templates.Sm), t => t.Sm).ScaledBy(flux),
            Shaped(new TemplateComponent("magnetic", Scaled(templates.MagneticPerMu2, ExperimentTemplates.ReferenceMuB)), t => t.MagneticPerMu2,
                ExperimentTemplates.ReferenceMuB).ScaledBy(flux).ScaledBy(MuSquared),
        };
        var parameters = new List<Parameter> { Parameter.PhysicalPoi(MuSquared, Scale(noise, templates.MagneticPerMu2, ExperimentTemplates.ReferenceMuB)) };
        var pois = new List<string> { MuSquared };
        if (templates.TensorCoupling is { } tensor && templates.TensorPerC2 is { } tensorTemplate)
        {
            string name = tensor + "2";
            signal.Add(Shaped(new TemplateComponent("tensor", Scaled(tensorTemplate, ExperimentTemplates.ReferenceCoupling)), t => t.TensorPerC2!,
                ExperimentTemplates.ReferenceCoupling).ScaledBy(flux).ScaledBy(name));
            parameters.Add(Parameter.PhysicalPoi(name, Scale(noise, tensorTemplate, ExperimentTemplates.ReferenceCoupling)));
            pois.Add(name);
        }
        parameters.Add(Parameter.Normalisation(flux, templates.FluxUncertainty));
        var constraints = new List<IConstraint> { new GaussianConstraint(flux, 1, templates.FluxUncertainty) };
        var components = new List<TemplateComponent>(signal);
        for (int k = 0; k < templates.Backgrounds.Count; k++)
        {
            var b = templates.Backgrounds[k];
            string name = "bkg_" + b.Name;
            int index = k;
            components.Add(Shaped(new TemplateComponent("background_" + b.Name, b.Counts), t => t.Backgrounds[index]).ScaledBy(name));
            parameters.Add(Parameter.Normalisation(name, b.Uncertainty));
            constraints.Add(new GaussianConstraint(name, 1, b.Uncertainty));
        }
        foreach (var v in variations)
        {
            parameters.Add(Parameter.Shape(v.Name));
            constraints.Add(new GaussianConstraint(v.Name, 0, 1));
        }
        Channel = new TemplateChannel(templates.Name, components);
        SignalChannel = new TemplateChannel(templates.Name + " signal", signal);
        Parameters = parameters;
        Constraints = constraints;
        Pois = pois;
    }

    /// <summary>The signal components alone (SM + magnetic + tensor, flux and shape nuisances applied), for signal counts.</summary>
    public TemplateChannel SignalChannel { get; }

    /// <summary>Time of the proton-pulse centre after the trigger (us).</summary>
    public double PulseCentreUs => Templates.PulseCentreUs;

    /// <summary>The templates the model is built from.</summary>
    public ExperimentTemplates Templates { get; }

    /// <summary>The channel (expected counts per observed bin).</summary>
    public TemplateChannel Channel { get; }

    /// <summary>All parameters: POIs first, then the flux and background normalisations.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The Gaussian constraints of the normalisations.</summary>
    public IReadOnlyList<IConstraint> Constraints { get; }

    /// <summary>The POIs' names (<see cref="MuSquared"/> first).</summary>
    public IReadOnlyList<string> Pois { get; }

    /// <summary>The name users see for a POI: <c>mu</c> for mu2 (mu_B), the coupling's config key for a tensor POI (|C|, GeV^-2).</summary>
    /// <param name="poi">The POI's parameter name.</param>
    public static string ReportedName(string poi) => poi == MuSquared ? "mu" : poi.EndsWith('2') ? poi[..^1] : poi;

    /// <summary>The magnitude users quote for a POI value x: mu = 1e-10 sqrt(x) mu_B, |C| = 1e-5 sqrt(x) GeV^-2.</summary>
    /// <param name="poi">The POI's parameter name.</param>
    /// <param name="x">Its value.</param>
    public static double Magnitude(string poi, double x) =>
        (poi == MuSquared ? ExperimentTemplates.ReferenceMuB : ExperimentTemplates.ReferenceCoupling) * Math.Sqrt(Math.Max(x, 0));

    /// <summary>
    /// The likelihood of this experiment alone. With <paramref name="poi"/>, the other POIs are fixed at 0 (limits one
    /// coupling at a time); null: all POIs free. With <paramref name="freeSignalNormalisation"/> the flux normalisation has
    /// no constraint: the signal count is then measured by the data alone (the CEvNS count of a counting experiment).
    /// </summary>
    /// <param name="poi">The POI to keep free, or null.</param>
    /// <param name="freeSignalNormalisation">Drop the flux normalisation's constraint.</param>
    public CombinedLikelihood Likelihood(string? poi = null, bool freeSignalNormalisation = false) =>
        new(Parameters.Select(p => poi is not null && Pois.Contains(p.Name) && p.Name != poi ? p with { IsFixed = true } : p).ToArray(),
            [Channel], freeSignalNormalisation ? Constraints.Where(c => c.Parameter != Templates.FluxParameter).ToArray() : Constraints);

    /// <summary>Expected counts per bin of every component kind at <paramref name="theta"/>: the whole channel and the signal alone.</summary>
    /// <param name="likelihood">A likelihood containing this model's parameters.</param>
    /// <param name="theta">Parameter values.</param>
    /// <param name="signalOnly">Only the signal components.</param>
    public double[] Expected(CombinedLikelihood likelihood, IReadOnlyList<double> theta, bool signalOnly = false)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(theta);
        var channel = signalOnly ? SignalChannel : Channel;
        var values = channel.ParameterNames.Select(n => theta[likelihood.IndexOf(n)]).ToArray();
        var expected = new double[channel.BinCount];
        channel.Evaluate(values, expected, []);
        return expected;
    }

    /// <summary>Expected signal counts (SM + magnetic + tensor, times the flux normalisation) at parameter values <paramref name="theta"/> of <paramref name="likelihood"/>.</summary>
    /// <param name="likelihood">A likelihood containing this model's parameters.</param>
    /// <param name="theta">Parameter values.</param>
    public double SignalCounts(CombinedLikelihood likelihood, IReadOnlyList<double> theta) => Expected(likelihood, theta, signalOnly: true).Sum();

    private static double[] Scaled(double[] template, double unit) => template.Select(v => v * unit * unit).ToArray();

    // POI step scale: the value whose signal equals the square root of the SM plus background counts (one sigma).
    private static double Scale(double noise, double[] template, double unit)
    {
        double perUnit = template.Sum() * unit * unit;
        return perUnit > 0 && double.IsFinite(noise / perUnit) ? noise / perUnit : 1.0;
    }
}
