using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Experiments;

/// <summary>A background's expected recorded counts per fit bin and the relative uncertainty of its normalisation.</summary>
/// <param name="Name">The background's config name.</param>
/// <param name="Counts">Expected counts per bin for the exposure.</param>
/// <param name="Uncertainty">Relative uncertainty (Gaussian constraint on its normalisation).</param>
public sealed record BackgroundTemplate(string Name, double[] Counts, double Uncertainty);

/// <summary>
/// The templates of one experiment in its observed-value bins, from the same folding as <c>nummgen rates</c>
/// (<see cref="DetectedRates.Folded"/>: binned rates on the true-recoil grid times the response matrix): the SM counts,
/// the magnetic counts per mu_B^2, optionally a tensor coupling's counts per (GeV^-2)^2, and the backgrounds.
/// </summary>
/// <param name="Name">Channel name (the config's name).</param>
/// <param name="ObservedUnit">keVee, PE or Nh.</param>
/// <param name="Edges">Observed-value bin edges.</param>
/// <param name="Sm">Standard-Model counts per bin.</param>
/// <param name="MagneticPerMu2">Magnetic counts per bin for mu = 1 mu_B (per mu_B^2).</param>
/// <param name="TensorCoupling">The fitted tensor coupling's config key (tensorE, tensorU, ...), or null.</param>
/// <param name="TensorPerC2">Its counts per bin per (GeV^-2)^2, or null.</param>
/// <param name="Backgrounds">Background templates.</param>
/// <param name="FluxParameter">Name of the flux-normalisation nuisance (<c>flux_</c> + source).</param>
/// <param name="FluxUncertainty">Relative uncertainty of the flux normalisation.</param>
public sealed record ExperimentTemplates(string Name, string ObservedUnit, double[] Edges, double[] Sm, double[] MagneticPerMu2,
    string? TensorCoupling, double[]? TensorPerC2, IReadOnlyList<BackgroundTemplate> Backgrounds, string FluxParameter, double FluxUncertainty)
{
    /// <summary>Magnetic moment at which the magnetic template is computed (mu_B); the part scales exactly with mu^2.</summary>
    public const double ReferenceMuB = 1e-10;

    /// <summary>Tensor coupling at which the tensor template is computed (GeV^-2); the part scales exactly with C^2.</summary>
    public const double ReferenceCoupling = 1e-5;

    /// <summary>Default relative flux uncertainty of a source kind: sns 10 %, reactor 3 %, solar 6 % (7Be), others 10 %.</summary>
    /// <param name="source">The config's <c>flux.source</c>.</param>
    public static double DefaultFluxUncertainty(string? source) => source switch
    {
        "sns" => 0.10,
        "reactor" => 0.03,
        "solar" => 0.06,
        _ => 0.10,
    };

    /// <summary>
    /// Builds the templates of <paramref name="config"/> (which needs a detector) in <paramref name="edges"/>: the model
    /// is built once (by <paramref name="modelFactory"/>) at reference couplings, folded with <see cref="DetectedRates.Folded"/>,
    /// and the parts divided by the reference couplings squared.
    /// </summary>
    /// <param name="config">The resolved config.</param>
    /// <param name="edges">Observed-value bin edges (<see cref="FitBinning.Edges"/>).</param>
    /// <param name="modelFactory">Builds the rate engine (must return an <see cref="EventModel"/>).</param>
    /// <param name="trueBins">True-recoil bins of the fold.</param>
    /// <exception cref="InputException">No detector, or a model that cannot be folded.</exception>
    public static ExperimentTemplates Build(ResolvedGeneratorConfig config, double[] edges,
        Func<EventModelSetup, IEventModel> modelFactory, int trueBins = DetectedRates.DefaultTrueBins)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(modelFactory);
        var c = config.Config;
        if (config.Detector is null || c.Detector is null)
            throw new InputException($"{c.Name}: fits need a \"detector\" section (observed values, analysis region, backgrounds).");
        string? tensor = c.Fit.Tensor == "none" ? null : c.Fit.Tensor;
        var reference = c with { Hypothesis = ReferenceHypothesis(tensor) };
        var resolved = reference.Resolve();
        var model = modelFactory(resolved.Setup) as EventModel
            ?? throw new InputException("fits need the rate engine (EventModel) to fold the parts");
        var folded = DetectedRates.Folded(model, resolved.Detector!, edges, trueBins);
        int n = edges.Length - 1;
        var sm = new double[n];
        var magnetic = new double[n];
        var tensorPart = tensor is null ? null : new double[n];
        foreach (var channel in folded)
        {
            for (int b = 0; b < n; b++)
            {
                sm[b] += channel[b].Sm;
                magnetic[b] += channel[b].Magnetic / (ReferenceMuB * ReferenceMuB);
                if (tensorPart is not null)
                    tensorPart[b] += channel[b].Tensor / (ReferenceCoupling * ReferenceCoupling);
            }
        }
        var sections = c.Detector.Backgrounds;
        var backgrounds = config.Detector.Backgrounds.Select(bg =>
        {
            var section = sections.FirstOrDefault(s => s.Name == bg.Name);
            return new BackgroundTemplate(bg.Name, bg.ExpectedIn(edges), section?.FitUncertainty ?? c.Fit.BackgroundUncertainty);
        }).ToArray();
        string source = c.Flux.Source ?? "source";
        return new ExperimentTemplates(c.Name.Length > 0 ? c.Name : "channel", config.Detector.ObservedUnit, (double[])edges.Clone(),
            sm, magnetic, tensor, tensorPart, backgrounds, "flux_" + source, c.Fit.FluxUncertainty ?? DefaultFluxUncertainty(c.Flux.Source));
    }

    /// <summary>The hypothesis the templates are computed at: the reference moment and, when fitted, the reference tensor coupling.</summary>
    private static HypothesisSection ReferenceHypothesis(string? tensor) => new()
    {
        MuB = ReferenceMuB,
        TensorE = tensor == "tensorE" ? ReferenceCoupling : 0,
        TensorU = tensor == "tensorU" ? ReferenceCoupling : 0,
        TensorD = tensor == "tensorD" ? ReferenceCoupling : 0,
        TensorS = tensor == "tensorS" ? ReferenceCoupling : 0,
    };
}
