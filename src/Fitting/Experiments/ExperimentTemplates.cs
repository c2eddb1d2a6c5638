using NuMMGen.Generator.Config;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;
using System.Text.Json.Nodes;
using NuMMGen.Physics;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fitting.Experiments;

/// <summary>A background's expected recorded counts per fit bin and the relative uncertainty of its normalisation.</summary>
/// <param name="Name">The background's config name.</param>
/// <param name="Counts">Expected counts per bin for the exposure.</param>
/// <param name="Uncertainty">Relative uncertainty (Gaussian constraint on its normalisation).</param>
public sealed record BackgroundTemplate(string Name, double[] Counts, double Uncertainty);

/// <summary>
/// The signal and background templates of one detector state (the nominal response, or a response nuisance at +-1 sigma).
/// </summary>
/// <param name="Sm">Standard-Model counts per bin.</param>
/// <param name="MagneticPerMu2">Magnetic counts per bin per mu_B^2.</param>
/// <param name="TensorPerC2">Tensor counts per bin per (GeV^-2)^2, or null.</param>
/// <param name="Backgrounds">Background counts per bin, in the order of <see cref="ExperimentTemplates.Backgrounds"/>.</param>
public sealed record TemplateSet(double[] Sm, double[] MagneticPerMu2, double[]? TensorPerC2, IReadOnlyList<double[]> Backgrounds);

/// <summary>A response nuisance (config <c>fit.responseNuisances</c>): the templates with its key at value -+ sigma.</summary>
/// <param name="Name">The shape nuisance's name.</param>
/// <param name="Key">The config key varied.</param>
/// <param name="Nominal">The key's nominal value.</param>
/// <param name="Sigma">Its 1-sigma uncertainty.</param>
/// <param name="Down">Templates at value - sigma.</param>
/// <param name="Up">Templates at value + sigma.</param>
public sealed record ResponseVariation(string Name, string Key, double Nominal, double Sigma, TemplateSet Down, TemplateSet Up);

/// <summary>
/// The templates of one experiment in its observed-value bins, or in (observed x time) cells for a 2D fit, from the same
/// folding as <c>nummgen rates</c> (<see cref="DetectedRates.Folded"/>: binned rates on the true-recoil grid times the
/// response matrix, split over time bins by <see cref="DetectedRates.TimeFractions"/>): the SM counts, the magnetic counts
/// per mu_B^2, optionally a tensor coupling's counts per (GeV^-2)^2, the backgrounds, and the same at +-1 sigma of each
/// response nuisance. 2D arrays are flattened row-major: cell = observed bin x (time bins) + time bin.
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

    /// <summary>Time-bin edges in us after the trigger of a 2D fit; null for a 1D fit.</summary>
    public double[]? TimeEdgesUs { get; init; }

    /// <summary>Time of the proton-pulse centre after the trigger (us; event files give times relative to it).</summary>
    public double PulseCentreUs { get; init; }

    /// <summary>The response nuisances with their +-1 sigma templates.</summary>
    public IReadOnlyList<ResponseVariation> Variations { get; init; } = [];

    /// <summary>SM counts per bin of each flux component (e.g. the SNS prompt <c>numu</c> and delayed <c>nue</c>, <c>numubar</c>).</summary>
    public IReadOnlyDictionary<string, double[]> SmByComponent { get; init; } = new Dictionary<string, double[]>();

    /// <summary>Number of time bins (1 for a 1D fit).</summary>
    public int TimeBinCount => TimeEdgesUs is { } t ? t.Length - 1 : 1;

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
    /// Builds the templates of <paramref name="config"/> (which needs a detector) in <paramref name="edges"/> (and, for a 2D
    /// fit, <paramref name="timeEdgesUs"/>): the model is built once (by <paramref name="modelFactory"/>) at reference
    /// couplings, folded with <see cref="DetectedRates.Folded"/>, and the parts divided by the reference couplings squared.
    /// Each <c>fit.responseNuisances</c> entry refolds with its key at value -+ sigma (the model is reused when the key is
    /// in the detector section, rebuilt otherwise).
    /// </summary>
    /// <param name="config">The resolved config.</param>
    /// <param name="edges">Observed-value bin edges (<see cref="FitBinning.Edges"/>).</param>
    /// <param name="modelFactory">Builds the rate engine (must return an <see cref="EventModel"/>).</param>
    /// <param name="trueBins">True-recoil bins of the fold.</param>
    /// <param name="timeEdgesUs">Time-bin edges (us after the trigger) of a 2D fit, e.g. a 2D data file's (checked against the
    /// coincidence window); null: the config's <c>fit.timeBins</c> (<see cref="FitBinning.TimeEdgesUs"/>) when
    /// <paramref name="useConfigTimeBins"/>, a 1D fit when absent or not used.</param>
    /// <param name="useConfigTimeBins">Whether the config's <c>fit.timeBins</c> apply when <paramref name="timeEdgesUs"/> is null
    /// (the fit command: true unless the data are 1D binned, whose bins are the fit's bins); false (default): 1D templates
    /// unless <paramref name="timeEdgesUs"/> is given.</param>
    /// <exception cref="InputException">No detector, or a model that cannot be folded.</exception>
    public static ExperimentTemplates Build(ResolvedGeneratorConfig config, double[] edges,
        Func<EventModelSetup, IEventModel> modelFactory, int trueBins = DetectedRates.DefaultTrueBins, double[]? timeEdgesUs = null,
        bool useConfigTimeBins = false)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(modelFactory);
        var c = config.Config;
        if (config.Detector is null || c.Detector is null)
            throw new InputException($"{c.Name}: fits need a \"detector\" section (observed values, analysis region, backgrounds).");
        if (timeEdgesUs is not null)
            FitBinning.CheckTime(timeEdgesUs, config.Detector, "--data (its time bins)");
        if (useConfigTimeBins)
            timeEdgesUs ??= FitBinning.TimeEdgesUs(c.Fit.TimeBins, config.Detector);
        string? tensor = c.Fit.Tensor == "none" ? null : c.Fit.Tensor;
        var reference = c with { Hypothesis = ReferenceHypothesis(tensor) };
        var resolved = reference.Resolve();
        var model = modelFactory(resolved.Setup) as EventModel
            ?? throw new InputException("fits need the rate engine (EventModel) to fold the parts");
        var folder = new TemplateFolder(edges, timeEdgesUs?.Select(t => t * Units.Us).ToArray(), trueBins, tensor is not null, c.Fit.FactorisedBackgrounds);
        var byComponent = new Dictionary<string, double[]>();
        var nominal = folder.Fold(model, resolved.Detector!, byComponent);
        var variations = new List<ResponseVariation>();
        for (int i = 0; i < c.Fit.ResponseNuisances.Length; i++)
        {
            var n = c.Fit.ResponseNuisances[i];
            string key = n.Key!;
            double value = NumberAt(resolved.CanonicalJson, key, $"fit.responseNuisances[{i}].key");
            double sigma = n.Sigma!.Value;
            TemplateSet At(double v)
            {
                var shifted = GeneratorConfig.Parse(resolved.CanonicalJson, $"fit.responseNuisances[{i}] ({key} = {v})",
                    [$"{key}={v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"]) with { BaseDirectory = c.BaseDirectory };
                var r = shifted.Resolve();
                var m = key.StartsWith("detector.", StringComparison.OrdinalIgnoreCase) ? model
                    : modelFactory(r.Setup) as EventModel ?? throw new InputException("fits need the rate engine (EventModel) to fold the parts");
                return folder.Fold(m, r.Detector!, null);
            }
            variations.Add(new ResponseVariation(n.Name!, key, value, sigma, At(value - sigma), At(value + sigma)));
        }
        var sections = c.Detector.Backgrounds;
        var backgrounds = config.Detector.Backgrounds.Select((bg, k) =>
        {
            var section = sections.FirstOrDefault(s => s.Name == bg.Name);
            return new BackgroundTemplate(bg.Name, nominal.Backgrounds[k], section?.FitUncertainty ?? bg.NormalisationUncertainty ?? c.Fit.BackgroundUncertainty);
        }).ToArray();
        string source = c.Flux.Source ?? "source";
        return new ExperimentTemplates(c.Name.Length > 0 ? c.Name : "channel", config.Detector.ObservedUnit, (double[])edges.Clone(),
            nominal.Sm, nominal.MagneticPerMu2, tensor, nominal.TensorPerC2, backgrounds, "flux_" + source,
            c.Fit.FluxUncertainty ?? DefaultFluxUncertainty(c.Flux.Source))
        {
            TimeEdgesUs = timeEdgesUs is null ? null : (double[])timeEdgesUs.Clone(),
            PulseCentreUs = config.Detector.PulseCentre / Units.Us,
            Variations = variations,
            SmByComponent = byComponent,
        };
    }

    /// <summary>The number at the config key path <paramref name="key"/> (case-insensitive) of the canonical JSON.</summary>
    private static double NumberAt(string canonicalJson, string key, string what)
    {
        JsonNode? node = JsonNode.Parse(canonicalJson);
        foreach (string part in key.Split('.'))
        {
            node = node is JsonObject obj
                ? obj.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value
                : null;
            if (node is null)
                throw new InputException($"{what} = {key}: no such key in the config (give a numeric key path, e.g. detector.quenching.factor).");
        }
        if (node is JsonValue v && v.TryGetValue(out double number) && double.IsFinite(number))
            return number;
        throw new InputException($"{what} = {key}: the value is not a number.");
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
