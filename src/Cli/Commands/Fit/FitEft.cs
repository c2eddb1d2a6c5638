using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NuMMGen.Generator.Config;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The seed 2 eq. (3.16) numbers that a CEvNS fit's limits imply (<see cref="CevnsLimitEquivalents"/>), for comparison with
/// COHERENT 2017's 7.2e-8 and 0.591 and as the input of Tables 5-6.
/// </summary>
/// <param name="Dipole">D = (1/2) A_M^2/(v^2 Z^2 F^2) from the limit on mu.</param>
/// <param name="Tensor">sqrt(xi_T^2/(N^2 F^2)) from the limit on the fitted quark coupling (one right-handed flavour), or null.</param>
/// <param name="TensorCoupling">The fitted coupling (tensorU, tensorD, tensorS), or null.</param>
/// <param name="Nuclei">The target's nuclei j of eq. (3.14): Z and mean N.</param>
public sealed record CevnsEq316(double Dipole, double? Tensor, string? TensorCoupling, IReadOnlyList<TargetNucleus> Nuclei);

/// <summary>
/// <c>nummgen fit ... --eft</c>: the LNEFT interpretation of a fit, the same tables as <c>nummgen eft bounds</c>
/// (<see cref="EftBoundSet"/>) from the fit's 90 % CL limits: the moment tables from <c>limits90.mu</c> and, for CEvNS, the
/// Tables 5-6 bounds from the eq. (3.16) equivalents. The fit JSON of a CEvNS config always carries <c>cevnsEq316</c>, so
/// <c>eft bounds --fit-result</c> can do the same step later.
/// </summary>
public sealed class FitEft
{
    /// <summary><c>--eft</c>.</summary>
    public Option<bool> Enabled { get; } = new("--eft") { Description = "Turn the fit's 90 % CL limits into bounds on the LNEFT coefficients (as 'eft bounds'; seed 2 Tables 3-8)." };

    /// <summary><c>--ct</c>.</summary>
    public Option<string> Ct { get; } = new("--ct")
    {
        Description = "With --eft: c_T of the nonperturbative matching: 'model' (-3.2, default), 'lattice' (-1.0 +- 0.2) or a number.",
        DefaultValueFactory = _ => "model",
    };

    /// <summary><c>--eft-scale</c>.</summary>
    public Option<string> Scale { get; } = new("--eft-scale") { Description = "With --eft: scale of the coefficients, 2GeV (default) or mW.", DefaultValueFactory = _ => "2GeV" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Scale.AcceptOnlyFromAmong("2GeV", "mW");
        command.Options.Add(Enabled);
        command.Options.Add(Ct);
        command.Options.Add(Scale);
    }

    /// <summary>The eq. (3.16) equivalents of <paramref name="report"/>'s limits when <paramref name="config"/> includes CEvNS and a positive mu limit exists; else null.</summary>
    public static CevnsEq316? Equivalents(FitReport report, ResolvedGeneratorConfig config)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(config);
        if (!config.Config.Processes.Contains("cevns") || !report.Limits90.TryGetValue("mu", out double mu) || !(mu > 0) || !double.IsFinite(mu))
            return null;
        var nuclei = CevnsLimitEquivalents.Nuclei(config.Setup.Material);
        foreach (var (name, quark) in new[] { ("tensorU", ChargedFermion.Up), ("tensorD", ChargedFermion.Down), ("tensorS", ChargedFermion.Strange) })
        {
            if (report.Limits90.TryGetValue(name, out double c) && double.IsFinite(c))
                return new CevnsEq316(CevnsLimitEquivalents.Dipole(mu), CevnsLimitEquivalents.Tensor(quark, c, nuclei), name, nuclei);
        }
        return new CevnsEq316(CevnsLimitEquivalents.Dipole(mu), null, null, nuclei);
    }

    /// <summary>The fit's JSON: <paramref name="report"/>, plus <c>cevnsEq316</c> and (with --eft) <c>eft</c>.</summary>
    public JsonNode Json(ParseResult parse, FitReport report, CevnsEq316? equivalents)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var node = JsonSerializer.SerializeToNode(report, FitOptions.Json)!;
        if (equivalents is not null)
            node["cevnsEq316"] = JsonSerializer.SerializeToNode(equivalents, FitOptions.Json);
        if (parse.GetValue(Enabled))
        {
            var (cT, scale, bounds) = Bounds(parse, report, equivalents);
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                EftBoundSet.WriteProperties(w, cT, scale, bounds);
                w.WriteEndObject();
            }
            node["eft"] = JsonNode.Parse(stream.ToArray());
        }
        return node;
    }

    /// <summary>The bounds of --eft: moment tables from the mu limit, CEvNS tables from <paramref name="equivalents"/>.</summary>
    public (ChiralTensorConstant CT, BoundScale Scale, IReadOnlyList<CoefficientBound> Bounds) Bounds(ParseResult parse, FitReport report, CevnsEq316? equivalents)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(report);
        var cT = ChiralTensorConstant.Parse(parse.GetValue(Ct)!);
        var scale = parse.GetValue(Scale) == "mW" ? BoundScale.HighScale : BoundScale.Reference;
        double? mu = report.Limits90.TryGetValue("mu", out double m) && double.IsFinite(m) && m > 0 ? m : null;
        CevnsLimits? cevns = equivalents is null ? null
            : equivalents.Tensor is { } t ? new CevnsLimits(equivalents.Dipole, t) : CevnsLimits.DipoleOnly(equivalents.Dipole);
        return (cT, scale, EftBoundSet.Compute(mu, cevns, equivalents?.Nuclei, cT, scale, new RunningAndMatching()));
    }
}
