using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>A published (or projected) upper limit on a neutrino magnetic moment, 90 % CL unless noted.</summary>
/// <param name="Name">Experiment or argument.</param>
/// <param name="Limit">Upper limit in Bohr magnetons.</param>
/// <param name="AppliesTo">Which effective moment it bounds (seed 1 eq. 24, 25 or 26).</param>
/// <param name="Reference">Source of the number.</param>
/// <param name="Note">Caveats (projected, approximate), empty if none.</param>
public sealed record MomentLimit(string Name, double Limit, string AppliesTo, string Reference, string Note = "");

/// <summary>One point of seed 1 Fig. 3: the moment induced by G_X for a form and a charged fermion.</summary>
/// <param name="Form">Scalar or tensor.</param>
/// <param name="Fermion">e, mu or tau.</param>
/// <param name="GxOverGf">G_X in units of G_F.</param>
/// <param name="MuOverMuB">The induced moment in Bohr magnetons (eqs. 10, 11).</param>
public readonly record struct MomentFigurePoint(LoopForm Form, ChargedFermion Fermion, double GxOverGf, double MuOverMuB);

/// <summary>
/// The data of seed 1 (Xu) Fig. 3: mu_nu from eqs. (10) and (11) for G_X = 0.1 to 1 G_F, scalar and tensor, psi = e, mu,
/// tau, with the experimental bounds drawn there (GEMMA, TEXONO, Borexino, LZ-51Cr projected, astrophysics).
/// </summary>
public static class MomentFigure
{
    /// <summary>
    /// The bounds of Fig. 3. Borexino is the Phase-II value (seed 2 ref. [7]); seed 1's figure used the earlier
    /// 5.4e-11 of Arpesella et al. 2008 (its ref. [50]). The LZ-51Cr number is approximate (see its note).
    /// </summary>
    public static IReadOnlyList<MomentLimit> Limits { get; } =
    [
        new("GEMMA", 2.9e-11, "mu_nue (seed 1 eq. 24)", "A. G. Beda et al., Adv. High Energy Phys. 2012, 350150 (seed 1 ref. [51])"),
        new("TEXONO", 7.4e-11, "mu_nue (seed 1 eq. 24)", "H. T. Wong et al. (TEXONO), PRD 75, 012001 (2007) (seed 1 ref. [49])"),
        new("Borexino", 2.8e-11, "mu_S solar (seed 1 eq. 25)", "M. Agostini et al. (Borexino), PRD 96, 091103 (2017) (seed 2 ref. [7])",
            "seed 1 Fig. 3 used 5.4e-11 (C. Arpesella et al., PRL 101, 091302 (2008))"),
        new("LZ-51Cr", 2.9e-12, "mu_nue (seed 1 eq. 24)", "P. Coloma, P. Huber, J. M. Link, JHEP 11 (2014) 042 (seed 1 ref. [15])",
            "projected; approximate: 'an order of magnitude' below the GEMMA limit as the paper's abstract states"),
        new("Astro", 3e-12, "mu_gamma plasmon decay (seed 1 eq. 26)", "G. G. Raffelt, Phys. Rept. 320, 319 (1999) (seed 1 ref. [48])",
            "red-giant cooling, not a 90 % CL experimental limit"),
    ];

    /// <summary>
    /// The prediction bands: for scalar and tensor, e, mu, tau, <paramref name="points"/> values of G_X/G_F spaced
    /// logarithmically from 0.1 to 1 (inclusive).
    /// </summary>
    /// <exception cref="InputException">Fewer than 2 points.</exception>
    public static IReadOnlyList<MomentFigurePoint> Bands(int points = 19)
    {
        if (points < 2)
        {
            throw new InputException($"--points: need at least 2 points (got {points}).");
        }
        var list = new List<MomentFigurePoint>();
        foreach (var form in new[] { LoopForm.Scalar, LoopForm.Tensor })
        {
            foreach (var f in new[] { ChargedFermion.Electron, ChargedFermion.Muon, ChargedFermion.Tau })
            {
                for (var i = 0; i < points; i++)
                {
                    var ratio = Math.Pow(10.0, -1.0 + i / (points - 1.0));
                    var mu = LoopInducedMoments.MomentInBohrMagnetons(form, ratio * PhysicalConstants.FermiConstant, f);
                    list.Add(new MomentFigurePoint(form, f, ratio, mu));
                }
            }
        }
        return list;
    }
}
