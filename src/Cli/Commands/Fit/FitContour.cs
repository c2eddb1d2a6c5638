using System.CommandLine;
using System.Text.Json.Nodes;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// A two-parameter profile-likelihood contour of mu against the fitted tensor coupling: Delta(-2 ln L) on a grid of the
/// magnitudes (mu in mu_B, |C| in GeV^-2), the nuisances profiled (<see cref="ProfileScan.Scan2D"/>).
/// </summary>
/// <param name="Parameters">The two reported names, e.g. <c>mu</c> and <c>tensorU</c>.</param>
/// <param name="First">Grid of the first magnitude (rows).</param>
/// <param name="Second">Grid of the second magnitude (columns).</param>
/// <param name="Delta">Delta(-2 ln L) [row][column].</param>
/// <param name="Critical90">The 90 % CL region is Delta &lt;= this (chi^2 with 2 dof, 4.605).</param>
public sealed record ContourGrid(string[] Parameters, double[] First, double[] Second, double[][] Delta, double Critical90);

/// <summary><c>nummgen fit ... --contour N</c>: the N x N contour grid, from 0 to twice each one-at-a-time 90 % limit.</summary>
public sealed class FitContour
{
    /// <summary><c>--contour N</c>.</summary>
    public Option<int> Points { get; } = new("--contour")
    {
        Description = "Also scan Delta(-2 ln L) of mu against the fitted tensor coupling (config fit.tensor) on an N x N grid up to twice each limit (JSON 'contour'); 0: no scan.",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Points);
    }

    /// <summary>The requested grid size, checked against the model (null: no contour).</summary>
    /// <exception cref="InputException">A size outside 3-101, or a model with a single POI.</exception>
    public int? Requested(ParseResult parse, ExperimentModel model)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(model);
        int n = parse.GetValue(Points);
        if (n == 0)
            return null;
        if (n < 3 || n > 101)
            throw new InputException($"--contour = {n}: expected 3 to 101 points per axis (or 0 for none).");
        if (model.Pois.Count < 2)
            throw new InputException("--contour: the config fits mu only; set fit.tensor (e.g. --set fit.tensor=tensorU) for a mu-tensor contour.");
        return n;
    }

    /// <summary>Scans the grid for <paramref name="counts"/> with both POIs of <paramref name="model"/> free.</summary>
    public static ContourGrid Scan(ExperimentModel model, double[] counts, FitReport report, int points)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(report);
        string a = model.Pois[0], b = model.Pois[1];
        string nameA = ExperimentModel.ReportedName(a), nameB = ExperimentModel.ReportedName(b);
        double[] Grid(string name) =>
            Enumerable.Range(0, points).Select(i => 2.0 * report.Limits90[name] * i / (points - 1)).ToArray();
        double[] magA = Grid(nameA), magB = Grid(nameB);
        // POI value x for a magnitude m: x = (m / reference)^2 (the inverse of ExperimentModel.Magnitude).
        double[] X(string poi, double[] magnitudes) => magnitudes.Select(m => Math.Pow(m / ExperimentModel.Magnitude(poi, 1.0), 2)).ToArray();
        var likelihood = model.Likelihood();
        var grid = ProfileScan.Scan2D(new Fitter(likelihood), ExperimentInference.Observed(likelihood, counts), a, X(a, magA), b, X(b, magB));
        var delta = Enumerable.Range(0, points).Select(i => Enumerable.Range(0, points).Select(j => grid[i, j]).ToArray()).ToArray();
        return new ContourGrid([nameA, nameB], magA, magB, delta, CriticalValues.ChiSquare(2, 0.9));
    }

    /// <summary>The grid as the JSON property value of <c>contour</c>.</summary>
    public static JsonNode? Json(ContourGrid grid) => System.Text.Json.JsonSerializer.SerializeToNode(grid, FitOptions.Json);
}
