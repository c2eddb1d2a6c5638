using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// The CEvNS limits of seed 2 eq. (3.16), the 90 % CL one-operator-at-a-time COHERENT bounds: (1/2) A_M^2/(v^2 Z^2 F^2)
/// &lt; <see cref="Dipole"/> and xi_T^2/(N^2 F^2) &lt; <see cref="Tensor"/>^2.
/// </summary>
/// <param name="Dipole">Limit on (1/2) A_M^2/(v^2 Z^2 F^2); 7.2e-8 in seed 2.</param>
/// <param name="Tensor">Limit on sqrt(xi_T^2/(N^2 F^2)); 0.591 in seed 2; NaN when only a dipole limit exists (a fit
/// without a tensor coupling): then only the dipole bounds are given.</param>
public sealed record CevnsLimits(double Dipole = 7.2e-8, double Tensor = 0.591)
{
    /// <summary>Seed 2's numbers (eq. 3.16, from COHERENT 2017 via its refs. [52, 54]).</summary>
    public static CevnsLimits Coherent2017 => new();

    /// <summary>Checks both limits are finite and positive; the message names <paramref name="option"/>.</summary>
    /// <exception cref="InputException">A limit is not finite and positive.</exception>
    public CevnsLimits Validate(string option = "--from-cevns")
    {
        if (!(double.IsFinite(Dipole) && Dipole > 0 && (HasTensor ? double.IsFinite(Tensor) && Tensor > 0 : double.IsNaN(Tensor))))
        {
            throw new InputException($"{option}: the CEvNS dipole and tensor limits must be finite and positive (got {Dipole}, {Tensor}).");
        }
        return this;
    }

    /// <summary>False when only the dipole limit is known (<see cref="Tensor"/> is NaN).</summary>
    public bool HasTensor => !double.IsNaN(Tensor);

    /// <summary>A dipole limit alone (no tensor coupling was fitted).</summary>
    public static CevnsLimits DipoleOnly(double dipole) => new(dipole, double.NaN);
}

/// <summary>One nucleus of a CEvNS target: proton number and (abundance-weighted) neutron number.</summary>
/// <param name="Z">Protons.</param>
/// <param name="N">Neutrons (may be non-integer, e.g. 77.9 for Cs in seed 2).</param>
public readonly record struct TargetNucleus(double Z, double N);

/// <summary>
/// Bounds on the LNEFT coefficients from CEvNS (seed 2 sec. 3.2, Tables 5-6), with the convention of docs physics.md
/// 2.6 that reproduces the tables: xi_T^2 = 8 sum_{r,j} |(sqrt2 k/G_F) sum_q L_q (Z_j delta_q^p + N_j delta_q^n)|^2
/// (eq. 3.13, k = 1 for nu N, 2 for nu), the sum over r counting <see cref="RightHandedFlavours"/> flavours, the sum over
/// j the nuclei (Cs, I), and N^2 = sum_j N_j^2 in eq. (3.16); the dipole uses one flavour:
/// A_M^2 = |2 k L/G_F|^2 Z^2 F^2 (eq. 3.13). v = 246 GeV (below eq. 3.16). Nucleon tensor charges of eq. 3.15.
/// </summary>
public sealed class CevnsBoundTables
{
    /// <summary>Higgs vacuum expectation value v = 246 GeV (seed 2 below eq. 3.16), in MeV.</summary>
    public const double HiggsVev = 246.0 * Units.Units.GeV;

    /// <summary>Creates the tables for <paramref name="limits"/> on the CsI target of seed 2 (Z_Cs = 55, N_Cs = 77.9, Z_I = 53, N_I = 73.9).</summary>
    public CevnsBoundTables(RunningAndMatching running, CevnsLimits limits, IReadOnlyList<TargetNucleus>? target = null, int rightHandedFlavours = 2)
    {
        Running = running;
        Limits = limits.Validate();
        Target = target ?? [new(55, 77.9), new(53, 73.9)];
        RightHandedFlavours = rightHandedFlavours;
    }

    /// <summary>The running and matching used for the m_W bounds and the indirect terms.</summary>
    public RunningAndMatching Running { get; }

    /// <summary>The limits of eq. (3.16).</summary>
    public CevnsLimits Limits { get; }

    /// <summary>The nuclei summed over (index j of eq. 3.14).</summary>
    public IReadOnlyList<TargetNucleus> Target { get; }

    /// <summary>Number of final right-handed flavours r in the tensor sum (2 reproduces Tables 5-6).</summary>
    public int RightHandedFlavours { get; }

    /// <summary>Bound on |L_gamma| (GeV^-1) at 2 GeV: sqrt(D/2) v G_F / k from eqs. (3.13), (3.16); at m_W divided by the QED factor.</summary>
    public double DipoleBound(NeutrinoBilinear bilinear, BoundScale scale)
    {
        var k = LnEftCoefficients.CouplingFactor(bilinear);
        var atReference = Math.Sqrt(Limits.Dipole / 2.0) * HiggsVev * PhysicalConstants.FermiConstant / k;
        return (scale == BoundScale.Reference ? atReference : atReference / Running.DipoleEvolution()) * Units.Units.GeV;
    }

    /// <summary>
    /// Direct bound on |L_q| (GeV^-2): from xi_T^2/N^2 &lt; T^2, |L_q| &lt; T G_F sqrt(sum N_j^2) / (4 k sqrt(n_r sum_j C_j^2))
    /// with C_j = Z_j delta_q^p + N_j delta_q^n (eqs. 3.14-3.16); at m_W divided by eta_q.
    /// </summary>
    public double DirectTensorBound(NeutrinoBilinear bilinear, ChargedFermion quark, BoundScale scale)
    {
        var (sumC2, sumN2) = CevnsLimitEquivalents.Sums(quark, Target);
        var k = LnEftCoefficients.CouplingFactor(bilinear);
        var atReference = Limits.Tensor * PhysicalConstants.FermiConstant * Math.Sqrt(sumN2) / (4.0 * k * Math.Sqrt(RightHandedFlavours * sumC2));
        var eta = scale == BoundScale.Reference ? 1.0 : Running.TensorEvolution(quark);
        return atReference / eta * Units.Units.GeV * Units.Units.GeV;
    }

    /// <summary>
    /// The indirect term of Tables 5-6, "normalising the dipole bound to the tensor bound": the direct tensor bound at
    /// <paramref name="scale"/> times e (F_pi^2/Lambda_chi) 2|Q_q|, divided by the dipole bound at 2 GeV. It multiplies
    /// c_T; at m_W the constant is this times x_q.
    /// </summary>
    public double IndirectPerCt(NeutrinoBilinear bilinear, ChargedFermion quark, BoundScale scale)
    {
        var perUnitCt = Math.Abs(NonperturbativeMatching.DipolePerTensor(Running.Inputs, quark, 1.0)) / Units.Units.GeV;
        return DirectTensorBound(bilinear, quark, scale) * perUnitCt / DipoleBound(bilinear, BoundScale.Reference);
    }

    /// <summary>Every bound of Tables 5-6 at <paramref name="scale"/>: dipole and (with a tensor limit) direct u, d, s tensor bounds for nu N and nu.</summary>
    public IReadOnlyList<CoefficientBound> Bounds(BoundScale scale)
    {
        var list = new List<CoefficientBound>();
        foreach (var bilinear in new[] { NeutrinoBilinear.NuN, NeutrinoBilinear.Nu })
        {
            const string flavors = "pr, p = e, mu";
            list.Add(new CoefficientBound(LnEftOperators.Find(bilinear, OperatorKind.Dipole), flavors, scale,
                DipoleBound(bilinear, scale), BoundSource.Cevns));
            if (!Limits.HasTensor)
            {
                continue;
            }
            foreach (var q in new[] { ChargedFermion.Up, ChargedFermion.Down, ChargedFermion.Strange })
            {
                var perCt = IndirectPerCt(bilinear, q, scale);
                var constant = scale == BoundScale.Reference ? 0.0 : perCt * Running.PerturbativeShift(q);
                list.Add(new CoefficientBound(LnEftOperators.Find(bilinear, OperatorKind.Tensor, q), flavors, scale,
                    DirectTensorBound(bilinear, q, scale), BoundSource.Cevns, IndirectPerCt: perCt, IndirectConstant: constant));
            }
        }
        return list;
    }
}
