using System.Collections.Immutable;
using NuMMGen.Cli.Plotting;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The plot of <c>nummgen eft figure --plot</c>, in the style of seed 1 (Xu) Fig. 3: two log-log panels (scalar, tensor) of
/// mu_nu/mu_B against G_X/G_F over 0.1-1 G_F, one line per charged fermion (e, mu, tau; colour) and the experimental
/// bounds as horizontal lines with their names (blue; projected dashed, astrophysical dotted). The data are exactly
/// <see cref="MomentFigure.Bands"/> and <see cref="MomentFigure.Limits"/>, the same rows as the CSV.
/// </summary>
public static class EftFigurePlot
{
    /// <summary>Default image size in px (two panels side by side).</summary>
    public const int DefaultWidth = 1000, DefaultHeight = 520;

    private static readonly ImmutableArray<(ChargedFermion Fermion, string Label, string Color)> Fermions =
    [
        (ChargedFermion.Electron, "ψ = e", Palette.Vermillion),
        (ChargedFermion.Muon, "ψ = μ", Palette.Orange),
        (ChargedFermion.Tau, "ψ = τ", Palette.ReddishPurple),
    ];

    /// <summary>The figure for the given prediction points and bounds.</summary>
    public static Figure Build(IReadOnlyList<MomentFigurePoint> bands, IReadOnlyList<MomentLimit> limits)
    {
        var values = bands.Select(b => b.MuOverMuB).Concat(limits.Select(l => l.Limit)).Where(v => v > 0).ToList();
        var yMin = Math.Pow(10, Math.Floor(Math.Log10(values.Min())));
        var yMax = Math.Pow(10, Math.Ceiling(Math.Log10(values.Max())) + 1);   // a decade of head room for the legend
        var gx = bands.Select(b => b.GxOverGf).ToList();
        var x = new Axis("G_{X} / G_{F}", Scale: AxisScale.Log, Min: gx.Min(), Max: gx.Max());
        var y = new Axis("μ_{ν} / μ_{B}", Scale: AxisScale.Log, Min: yMin, Max: yMax);
        var panels = new[] { (LoopForm.Scalar, "Scalar (seed 1 eq. 10)"), (LoopForm.Tensor, "Tensor (seed 1 eq. 11)") }
            .Select(f => new Panel(x, y, [.. Predictions(bands, f.Item1), .. Bounds(limits)], f.Item2))
            .ToList();
        return new Figure(panels, "Neutrino magnetic moment induced at one loop by G_{X} = 0.1–1 G_{F} (seed 1 Fig. 3)", ShareY: true);
    }

    private static IEnumerable<Series> Predictions(IReadOnlyList<MomentFigurePoint> bands, LoopForm form)
    {
        foreach (var (fermion, label, color) in Fermions)
        {
            var pts = bands.Where(b => b.Form == form && b.Fermion == fermion).ToList();
            if (pts.Count > 0)
            {
                yield return new LineSeries([.. pts.Select(p => p.GxOverGf)], [.. pts.Select(p => p.MuOverMuB)], label,
                    new SeriesStyle(color, LineWidth: 2.4));
            }
        }
    }

    private static IEnumerable<Series> Bounds(IReadOnlyList<MomentLimit> limits) =>
        limits.Select(l => new ReferenceLine(Orientation.Horizontal, l.Limit, BoundText(l), Style: new SeriesStyle(Palette.Blue, 1.3,
            l.Note.Contains("projected", StringComparison.OrdinalIgnoreCase) ? LineDash.Dashed
            : l.Note.Contains("not a 90 % CL", StringComparison.Ordinal) ? LineDash.Dotted : LineDash.Solid)));

    // What the figure prints beside each bound: the name, with the moment it applies to when that is not mu_nue.
    private static string BoundText(MomentLimit l) => l.Name switch
    {
        "LZ-51Cr" => "LZ-^{51}Cr (projected)",
        "Borexino" => "Borexino (solar, μ_{S})",
        "Astro" => "Astro (red giants, μ_{γ})",
        _ => l.Name,
    };
}
