using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Rates;

/// <summary>
/// The cross-section side of one channel, shared by the rate engine and the sampler: the state-weighted parts of
/// dsigma/dT and of their integrals over the recoil window. Five unit parts (<see cref="UnitParts"/>): SM of the
/// electron flavour, SM of mu and tau (identical at tree level and with the BKS corrections: both are neutral-current
/// only, physics.md 2.1; for CEvNS every flavour is identical), magnetic, tensor, scalar. BSM parts are evaluated with
/// the channel's unit couplings (mu_eff = 1 mu_B, effective tensor and scalar couplings of 1 GeV^-2) and scaled by the
/// state weights.
/// </summary>
internal sealed class ChannelKernel
{
    public ChannelKernel(IRecoilCrossSection crossSection, ScatteringProcess process, double targetMass, bool antineutrino,
        double recoilMin, double recoilMax, (int Z, int N)? nucleus)
    {
        CrossSection = crossSection;
        TargetMass = targetMass;
        SplitSm = process == ScatteringProcess.NeutrinoElectron;
        ElectronFlavor = antineutrino ? Flavor.NuEBar : Flavor.NuE;
        MuFlavor = antineutrino ? Flavor.NuMuBar : Flavor.NuMu;
        RecoilMin = recoilMin;
        RecoilMax = recoilMax;
        _unit = UnitCouplings(nucleus);
        _stepped = crossSection as ISteppedRecoilCrossSection;
        // A stepped cross section evaluates its continuous factor in batches; the sampler multiplies by each cell's n.
        _batch = crossSection as IBatchRecoilCrossSection ?? _stepped?.Continuous as IBatchRecoilCrossSection;
    }

    private readonly Couplings _unit;
    private readonly ISteppedRecoilCrossSection? _stepped;
    private readonly IBatchRecoilCrossSection? _batch;

    /// <summary>The cross section per target.</summary>
    public IRecoilCrossSection CrossSection { get; }

    /// <summary>Mass of the recoiling target M in MeV (m_e or the nuclear mass).</summary>
    public double TargetMass { get; }

    /// <summary>True for nu-e (SM differs between e and mu/tau), false for CEvNS.</summary>
    public bool SplitSm { get; }

    /// <summary>nu_e or anti-nu_e.</summary>
    public Flavor ElectronFlavor { get; }

    /// <summary>nu_mu or anti-nu_mu (stands for mu and tau).</summary>
    public Flavor MuFlavor { get; }

    /// <summary>Lower edge of the recoil window, MeV.</summary>
    public double RecoilMin { get; }

    /// <summary>Upper edge of the recoil window, MeV (may be infinite).</summary>
    public double RecoilMax { get; }

    /// <summary>Couplings giving unit effective BSM couplings (1 mu_B, 1 GeV^-2).</summary>
    public Couplings Unit => _unit;

    /// <summary>T_max(E) = 2E^2/(M + 2E) (two-body kinematics, physics.md 2.1 and 2.5).</summary>
    public double MaxRecoil(double enu) => 2.0 * enu * enu / (TargetMass + 2.0 * enu);

    /// <summary>Smallest E with T_max(E) &gt;= T: E_min(T) = (T + sqrt(T^2 + 2 M T))/2 (inverse of <see cref="MaxRecoil"/>).</summary>
    public double MinEnergy(double t) => 0.5 * (t + Math.Sqrt(t * t + 2.0 * TargetMass * t));

    /// <summary>
    /// The unit parts of dsigma/dT at (E, T) with one call of the cross section (<see cref="IRecoilCrossSection.DifferentialPair"/>):
    /// SM of the electron flavour and of mu/tau, BSM with the unit couplings. The rate engine's dR/dT and the sampler
    /// both go through here, so the sampled density is the one that is integrated.
    /// </summary>
    public UnitParts UnitAt(double enu, double t)
    {
        var unit = CrossSection.DifferentialPair(ElectronFlavor, MuFlavor, enu, t, in _unit, out var smMuTau);
        return new UnitParts(unit.Sm, smMuTau, unit.Magnetic, unit.Tensor, unit.Scalar);
    }

    /// <summary>
    /// n(T) of a stepped cross section (<see cref="ISteppedRecoilCrossSection"/>: the active electrons of an atom), 1 for
    /// any other; constant between the cross section's <see cref="IRecoilCrossSection.RecoilBreaks"/>.
    /// </summary>
    public int Multiplicity(double t) => _stepped?.Multiplicity(t) ?? 1;

    /// <summary>
    /// <see cref="UnitAt(double, double)"/> for a recoil where the multiplicity is known to be <paramref name="multiplicity"/>
    /// (the sampler's cells lie between breaks): the continuous factor's parts times n, the same values as the stepped
    /// cross section gives, without counting shells. Equal to <see cref="UnitAt(double, double)"/> for other cross sections.
    /// </summary>
    public UnitParts UnitAt(double enu, double t, int multiplicity)
    {
        if (_stepped is null)
            return UnitAt(enu, t);
        if (multiplicity == 0)
            return default;
        var unit = _stepped.Continuous.DifferentialPair(ElectronFlavor, MuFlavor, enu, t, in _unit, out var smMuTau);
        double n = multiplicity;
        return new UnitParts(n * unit.Sm, n * smMuTau, n * unit.Magnetic, n * unit.Tensor, n * unit.Scalar);
    }

    /// <summary>
    /// True when <see cref="UnitsAt"/> can evaluate many points at once: the cross section, or the continuous factor of a
    /// stepped one, is an <see cref="IBatchRecoilCrossSection"/>.
    /// </summary>
    public bool EvaluatesInBatches => _batch is not null;

    /// <summary>True for a stepped cross section: batch values must be scaled by <see cref="ApplyMultiplicity"/>.</summary>
    public bool IsStepped => _stepped is not null;

    /// <summary>
    /// The unit parts at every (<paramref name="enu"/>[i], <paramref name="t"/>[i]) at once, into <paramref name="parts"/>
    /// (the mu/tau SM part in <see cref="RecoilPartColumns.SmOther"/>), with the values of <see cref="UnitAt(double, double)"/>
    /// bit for bit (<see cref="IBatchRecoilCrossSection.DifferentialPairs"/>); for a stepped cross section the continuous
    /// factor's, which <see cref="ApplyMultiplicity"/> turns into <see cref="UnitAt(double, double, int)"/>'s. Only when
    /// <see cref="EvaluatesInBatches"/>.
    /// </summary>
    public void UnitsAt(ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in RecoilPartColumns parts) =>
        (_batch ?? throw new InvalidOperationException("this channel's cross section has no batch evaluation"))
            .DifferentialPairs(ElectronFlavor, MuFlavor, enu, t, in _unit, parts);

    /// <summary>
    /// Element <paramref name="i"/> of <see cref="UnitsAt"/>'s continuous-factor parts times the multiplicity
    /// <paramref name="multiplicity"/> (zero parts for 0), the values <see cref="UnitAt(double, double, int)"/> gives.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void ApplyMultiplicity(in RecoilPartColumns parts, int i, int multiplicity)
    {
        if (multiplicity == 1)
            return;
        if (multiplicity == 0)
        {
            (parts.Sm[i], parts.SmOther[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]) = (0.0, 0.0, 0.0, 0.0, 0.0);
            return;
        }
        double n = multiplicity;
        (parts.Sm[i], parts.SmOther[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]) =
            (n * parts.Sm[i], n * parts.SmOther[i], n * parts.Magnetic[i], n * parts.Tensor[i], n * parts.Scalar[i]);
    }

    /// <summary>State-weighted parts (cm^2/MeV): SM = sum_alpha P_alpha dsigma_alpha/dT, BSM = weight x unit part.</summary>
    public XsecComponents Weighted(in UnitParts u, in PartWeights w) =>
        new(SmWeighted(u, w), Scale(w.Mu2, u.Magnetic), Scale(w.Tensor2, u.Tensor), Scale(w.Scalar2, u.Scalar));

    /// <summary>Sum of <see cref="Weighted"/>: the density (per unit flux) that the sampler draws from.</summary>
    public double WeightedSum(in UnitParts u, in PartWeights w) => SmWeighted(u, w) + BsmWeighted(u, w);

    /// <summary>The weighted BSM parts summed: mu_eff^2 magnetic + |C_T|^2 tensor + |C_S|^2 scalar.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double BsmWeighted(in UnitParts u, in PartWeights w) =>
        Scale(w.Mu2, u.Magnetic) + Scale(w.Tensor2, u.Tensor) + Scale(w.Scalar2, u.Scalar);

    /// <summary>The weighted SM part: P_e sigma_e + (P_mu + P_tau) sigma_mu for nu-e, (sum_alpha P_alpha) sigma for CEvNS.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double SmWeighted(in UnitParts u, in PartWeights w) =>
        SplitSm ? w.Pe * u.SmE + MuTau(w) * u.SmMuTau : u.SmE * (w.Pe + MuTau(w));

    /// <summary>State-weighted parts of dsigma/dT (cm^2/MeV) at (E, T).</summary>
    public XsecComponents Differential(double enu, double t, in PartWeights w) => Weighted(UnitAt(enu, t), w);

    /// <summary>State-weighted parts integrated over [a, b] within the kinematic range (cm^2).</summary>
    public XsecComponents Total(double enu, double a, double b, in PartWeights w)
    {
        var unit = CrossSection.Total(ElectronFlavor, enu, w.Mu2 > 0 ? Unit : Unit with { MuEff = 0 }, a, b);
        var sm = SplitSm ? w.Pe * unit.Sm + MuTau(w) * CrossSection.Total(MuFlavor, enu, default, a, b).Sm : unit.Sm * (w.Pe + MuTau(w));
        return new XsecComponents(sm, Scale(w.Mu2, unit.Magnetic), Scale(w.Tensor2, unit.Tensor), Scale(w.Scalar2, unit.Scalar));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double MuTau(in PartWeights w) => w.Pmu + w.Ptau;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Scale(double weight, double part) => weight > 0 ? weight * part : 0.0;

    /// <summary>
    /// mu = 1 mu_B; electrons C_T = C_S = 1 GeV^-2; a nucleus: one quark tensor coupling chosen so that
    /// sum_q C_q (Z delta_q^p + N delta_q^n) = 1 GeV^-2 (seed 2 eq. 3.15) and C_n (or C_p) so that Z C_p + N C_n = 1 GeV^-2.
    /// </summary>
    private static Couplings UnitCouplings((int Z, int N)? nucleus)
    {
        var one = Couplings.FromGeV(1.0);
        if (nucleus is not { } n)
            return new Couplings(MuEff: 1.0, TensorE: one, ScalarE: one);
        var up = n.Z * NucleonTensorCharges.UpP + n.N * NucleonTensorCharges.UpN;
        var down = n.Z * NucleonTensorCharges.DownP + n.N * NucleonTensorCharges.DownN;
        var tensor = Math.Abs(up) >= Math.Abs(down) ? new Couplings(TensorU: one / up) : new Couplings(TensorD: one / down);
        return tensor with
        {
            MuEff = 1.0,
            ScalarP = n.N > 0 ? 0.0 : one / n.Z,
            ScalarN = n.N > 0 ? one / n.N : 0.0,
        };
    }
}

/// <summary>
/// dsigma/dT per unit coupling at one (E, T), cm^2/MeV: SM for the electron flavour and for mu/tau (equal to it for
/// CEvNS), magnetic for mu_eff = 1 mu_B, tensor and scalar for effective couplings of 1 GeV^-2.
/// </summary>
internal readonly record struct UnitParts(double SmE, double SmMuTau, double Magnetic, double Tensor, double Scalar);
