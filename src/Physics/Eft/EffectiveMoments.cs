using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// Effective magnetic moments from a flavour-dependent coupling G_X^{alpha beta} (seed 1, Xu, eqs. 23-26): the moment
/// matrix mu^{alpha beta} follows from eqs. (10), (11) or (22) element by element ("only G_X replaced by
/// G_X^{alpha beta}", below eq. 23), and an experiment measures a combination of it. The combinations go through the
/// project's <see cref="NeutrinoState"/> (mu_eff^2 = Tr(rho M^dagger M), docs physics.md 4), which for a Hermitian
/// moment matrix equals eqs. (24) and (25) as written.
/// </summary>
public static class EffectiveMoments
{
    /// <summary>
    /// The moment matrix in Bohr magnetons (flavour basis) for couplings <paramref name="gx"/> in MeV^-2 (flavour basis):
    /// each element mu = G (mu(|G|)/|G|), keeping the phase of G.
    /// </summary>
    public static CouplingMatrix MomentMatrix(CouplingMatrix gx, LoopForm form, ChargedFermion f, double? mPhi = null, StandardModelInputs? inputs = null)
    {
        var m = new Complex[3, 3];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var g = gx[a, b];
                var magnitude = g.Magnitude;
                m[a, b] = magnitude > 0 ? g / magnitude * LoopInducedMoments.MomentInBohrMagnetons(form, magnitude, f, mPhi, inputs) : Complex.Zero;
            }
        }
        return new CouplingMatrix(m, gx.Basis);
    }

    /// <summary>Eq. (24): the nu_e moment at a negligible baseline, mu_nue^2 = sum_beta |mu^{e beta}|^2 (state produced as nu_e).</summary>
    public static double ShortBaselineNuE(CouplingMatrix moments, PmnsMatrix mixing) =>
        Math.Sqrt(NeutrinoState.Produced(Flavor.NuE, mixing).EffectiveSquared(moments));

    /// <summary>
    /// Eq. (25): the solar moment mu_S^2 = sum_{j,k} |U^M_{ek}|^2 |mu^{jk}|^2, for mass states arriving incoherently with
    /// probabilities <paramref name="p1"/>, <paramref name="p2"/>, <paramref name="p3"/> (= |U^M_ek|^2, matter effects included).
    /// </summary>
    public static double Solar(CouplingMatrix moments, PmnsMatrix mixing, double p1, double p2, double p3) =>
        Math.Sqrt(NeutrinoState.Incoherent(p1, p2, p3, false, mixing).EffectiveSquared(moments));

    /// <summary>Eq. (26): the plasmon-decay moment mu_gamma^2 = sum_{alpha beta} |mu^{alpha beta}|^2 (basis independent).</summary>
    public static double Plasmon(CouplingMatrix moments)
    {
        double s = 0;
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var z = moments[a, b];
                s += z.Real * z.Real + z.Imaginary * z.Imaginary;
            }
        }
        return Math.Sqrt(s);
    }
}
