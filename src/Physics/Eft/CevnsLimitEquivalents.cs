using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// The two numbers of seed 2 eq. (3.16) that a CEvNS fit's limits imply, so that a NuMMGen fit feeds
/// <see cref="CevnsBoundTables"/> (Tables 5-6) exactly as seed 2's quoted COHERENT inputs do.
/// <list type="bullet">
/// <item>Dipole: D = (1/2) A_M^2/(v^2 Z^2 F^2) with A_M^2 = |2 L_nuNgamma / G_F|^2 Z^2 F^2 (eq. 3.13, i = nu N, one
/// flavour r) and mu = 2 |L_nuNgamma| (eq. 3.10): D = mu^2 / (2 v^2 G_F^2), mu in natural units, v = 246 GeV. It is
/// target independent; D = 7.2e-8 corresponds to mu = 3.68e-9 mu_B.</item>
/// <item>Tensor: T = sqrt(xi_T^2/(N^2 F^2)) with xi_T^2 = 8 n_r sum_j |(sqrt2/G_F) C_j|^2 F^2, C_j = L_q (Z_j delta_q^p + N_j
/// delta_q^n) (eqs. 3.13-3.15) and N^2 = sum_j N_j^2 (the convention of docs physics.md 2.6): T = 4 |L_q|
/// sqrt(n_r sum_j C_j^2 / L_q^2) / (G_F sqrt(sum_j N_j^2)). The cross section (<see cref="CevnsNucleus"/>) has one
/// right-handed flavour, so a fitted limit on its coupling converts with n_r = 1; <see cref="CevnsBoundTables"/> then
/// applies seed 2's n_r = 2 when it turns T back into bounds, which are therefore sqrt 2 below the fitted limit.</item>
/// </list>
/// </summary>
public static class CevnsLimitEquivalents
{
    /// <summary>D of eq. (3.16) for a moment limit <paramref name="muMuB"/> (in mu_B).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite moment.</exception>
    public static double Dipole(double muMuB)
    {
        if (!(muMuB >= 0) || !double.IsFinite(muMuB))
            throw new ArgumentOutOfRangeException(nameof(muMuB), muMuB, "The moment limit must be finite and >= 0.");
        var mu = muMuB * PhysicalConstants.BohrMagneton;
        var vGf = CevnsBoundTables.HiggsVev * PhysicalConstants.FermiConstant;
        return mu * mu / (2.0 * vGf * vGf);
    }

    /// <summary>
    /// T of eq. (3.16) for a limit <paramref name="couplingPerGeV2"/> on |L_q| (GeV^-2) of quark <paramref name="quark"/>
    /// on the nuclei <paramref name="target"/>, with <paramref name="rightHandedFlavours"/> flavours r (1: the cross
    /// section's convention).
    /// </summary>
    /// <exception cref="ArgumentException">Not u, d or s, an empty target, or a bad coupling.</exception>
    public static double Tensor(ChargedFermion quark, double couplingPerGeV2, IReadOnlyList<TargetNucleus> target, int rightHandedFlavours = 1)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Count == 0)
            throw new ArgumentException("The target needs at least one nucleus.", nameof(target));
        if (!(couplingPerGeV2 >= 0) || !double.IsFinite(couplingPerGeV2))
            throw new ArgumentException($"The coupling limit must be finite and >= 0 (got {couplingPerGeV2}).", nameof(couplingPerGeV2));
        var (sumC2, sumN2) = Sums(quark, target);
        var coupling = couplingPerGeV2 / (Units.Units.GeV * Units.Units.GeV);
        return 4.0 * coupling * Math.Sqrt(rightHandedFlavours * sumC2) / (PhysicalConstants.FermiConstant * Math.Sqrt(sumN2));
    }

    /// <summary>
    /// sum_j C_j^2 with C_j = Z_j delta_q^p + N_j delta_q^n (the coherent tensor charge per unit |L_q|, eq. 3.14-3.15) and
    /// sum_j N_j^2 over <paramref name="target"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not u, d or s.</exception>
    internal static (double SumC2, double SumN2) Sums(ChargedFermion quark, IReadOnlyList<TargetNucleus> target)
    {
        var unit = quark switch
        {
            ChargedFermion.Up => new Couplings(TensorU: 1),
            ChargedFermion.Down => new Couplings(TensorD: 1),
            ChargedFermion.Strange => new Couplings(TensorS: 1),
            _ => throw new ArgumentException("CEvNS tensor couplings exist for u, d, s.", nameof(quark)),
        };
        double sumC2 = 0, sumN2 = 0;
        foreach (var nucleus in target)
        {
            var c = NucleonTensorCharges.NuclearCoupling(nucleus.Z, nucleus.N, unit);
            sumC2 += c * c;
            sumN2 += nucleus.N * nucleus.N;
        }
        return (sumC2, sumN2);
    }

    /// <summary>
    /// The nuclei j of eq. (3.14) in <paramref name="material"/>: one per element, Z and the abundance-weighted mean N of its
    /// isotopes (CsI: Cs 55/78, I 53/74; seed 2 writes N = 77.9 and 73.9, atomic weight minus Z, a 0.1 % difference).
    /// </summary>
    public static IReadOnlyList<TargetNucleus> Nuclei(Material material)
    {
        ArgumentNullException.ThrowIfNull(material);
        return material.NucleiPerKg
            .GroupBy(p => p.Key.Z)
            .OrderByDescending(g => g.Key)
            .Select(g => new TargetNucleus(g.Key, g.Sum(p => p.Key.N * p.Value) / g.Sum(p => p.Value)))
            .ToArray();
    }
}
