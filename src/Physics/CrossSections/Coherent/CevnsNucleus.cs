using System.Numerics;
using MathNet.Numerics.Integration;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>
/// Coherent elastic neutrino scattering on one nucleus (CEvNS), per nucleus, split into non-interfering parts
/// (docs physics.md 2.5 and 2.6; seed 2, Chen, Zheng, Zhang, eqs. 3.11-3.15). With M the nuclear mass,
/// T_max = 2E^2/(M + 2E) and F = F(q), q^2 = 2 M T (the invariant momentum transfer; the T^2 of the
/// three-momentum, a relative T/2M &lt; 1e-6 correction, is not included):
/// <list type="bullet">
/// <item>SM: (G_F^2 M/4 pi) Q_W^2 [1 - M T/(2E^2) - T/E] F^2, Q_W = N - (1 - 4 s_W^2) Z. The bracket equals
/// 1 - T/T_max exactly. Tree level, no radiative corrections; identical for all flavours and for antineutrinos.</item>
/// <item>Magnetic: (pi alpha^2/m_e^2) (mu_eff/mu_B)^2 Z^2 F^2 (1/T - 1/E) (seed 2 eq. 3.11 with 3.13).</item>
/// <item>Tensor: (4M/pi) |C_nuc|^2 F^2 (1 - T/(2 T_max)), C_nuc = sum_q C_q (Z delta_q^p + N delta_q^n) with
/// C_q = <see cref="Couplings.TensorU"/>, <see cref="Couplings.TensorD"/>, <see cref="Couplings.TensorS"/>
/// (seed 2 eq. 3.11 with 3.13, i = nu N, for ONE right-handed flavour r, and eq. 3.15 via
/// <see cref="NucleonTensorCharges"/>). Seed 2's COHERENT bounds (Tables 5-6) follow from eq. 3.16 only when N^2
/// and |C_nuc|^2 are summed over Cs and I and the sum over r counts two flavours; that convention belongs to the
/// limit-setting layer, not to this per-nucleus cross section.</item>
/// <item>Scalar: |C_S|^2 F^2 M T (2M + T)/(8 pi E^2), C_S = Z <see cref="Couplings.ScalarP"/> + N
/// <see cref="Couplings.ScalarN"/>, for (nubar_N P_L nu)(Nbar N) summed coherently over nucleons; from the spin
/// traces for a point-like spin-1/2 target (docs physics.md 2.3 gives the analogous electron result).</item>
/// </list>
/// Kernels work in natural units (MeV); results are converted to cm^2 with (hbar c)^2. Every evaluation runs lane by
/// lane on <see cref="Vector{T}"/>: <see cref="DifferentialPairs"/> (through <see cref="LaneBatch"/>) for the event
/// sampler's rounds of attempts, and quadrature nodes a vector at a time in <see cref="Total"/>; the one-point methods
/// evaluate one lane of the same code, so the sampler's values and the rate engine's agree bit for bit (tested).
/// Immutable and thread safe.
/// </summary>
/// <remarks>
/// Scalar derivation (spin traces, point-like spin-1/2 nucleus at rest): for the amplitude
/// C_S [u(k') P_L u(k)] [u(p') u(p)], the neutrino trace is Tr[k' P_L k P_R] = 2 k.k' = 2 M T and the nucleus trace
/// Tr[(p' + M)(p + M)] = 4 (p.p' + M^2) = 4 M (2M + T); averaging over the nucleus spin gives
/// |M|^2 = 4 C_S^2 M^2 T (2M + T), and dsigma/dT = |M|^2 / (32 pi M E^2). The same steps with (ebar P_L e)
/// reproduce the electron result of physics.md 2.3.
/// </remarks>
public sealed class CevnsNucleus : IEnvelopedCrossSection, IBatchRecoilCrossSection
{
    private const int PointsPerPanel = 16;
    private static readonly double[] Nodes = new GaussLegendreRule(-1.0, 1.0, PointsPerPanel).Abscissas;
    private static readonly double[] Weights = new GaussLegendreRule(-1.0, 1.0, PointsPerPanel).Weights;

    private readonly double _mass;
    private readonly double _weakCharge;
    private readonly double _radiusFm;
    private readonly double _formFactorRadiusFm;
    private readonly FormFactorModel _formFactor;
    private readonly double _smPrefactor;
    private readonly double _magneticPerMu2, _tensorPrefactor, _scalarPrefactor, _z, _n;

    /// <summary>Builds the cross section on <paramref name="nuclide"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">sin^2 theta_W outside [0, 1].</exception>
    public CevnsNucleus(Nuclide nuclide, CevnsOptions options)
    {
        ArgumentNullException.ThrowIfNull(nuclide);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Sin2ThetaW is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.Sin2ThetaW, "sin^2 theta_W must lie in [0, 1].");
        Nuclide = nuclide;
        Options = options;
        _mass = nuclide.NuclearMass;
        _weakCharge = nuclide.N - (1.0 - 4.0 * options.Sin2ThetaW) * nuclide.Z;
        _formFactor = options.FormFactor;
        _formFactorRadiusFm = options.FormFactor switch
        {
            FormFactorModel.Helm => NuclearFormFactor.HelmRadiusFm(nuclide.A),
            FormFactorModel.KleinNystrand => NuclearFormFactor.KleinNystrandRadiusFm(nuclide.A),
            FormFactorModel.None => 0.0,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.FormFactor, "Unknown form factor model."),
        };
        _radiusFm = options.FormFactor switch
        {
            FormFactorModel.Helm => _formFactorRadiusFm + NuclearFormFactor.HelmSkinFm,
            FormFactorModel.KleinNystrand => _formFactorRadiusFm + NuclearFormFactor.KleinNystrandRangeFm,
            _ => 0.0,
        };
        var gf2 = PhysicalConstants.FermiConstant * PhysicalConstants.FermiConstant;
        _smPrefactor = gf2 * _mass / (4.0 * Math.PI) * _weakCharge * _weakCharge;
        // Coupling-independent factors of the BSM parts, formed once (the sampler evaluates Kernel per attempt).
        var re = PhysicalConstants.FineStructure / PhysicalConstants.ElectronMass;
        (_z, _n) = (nuclide.Z, nuclide.N);
        _magneticPerMu2 = Math.PI * re * re * _z * _z;
        _tensorPrefactor = 4.0 * _mass / Math.PI;
        _scalarPrefactor = _mass / (8.0 * Math.PI);
    }

    /// <summary>The target nuclide.</summary>
    public Nuclide Nuclide { get; }

    /// <summary>The options (weak angle, form factor) this cross section was built with.</summary>
    public CevnsOptions Options { get; }

    /// <summary>Weak charge Q_W = N - (1 - 4 sin^2 theta_W) Z (tree level, physics.md 2.5).</summary>
    public double WeakCharge => _weakCharge;

    /// <inheritdoc />
    public string TargetName => Nuclide.Symbol;

    /// <inheritdoc />
    public RecoilKind RecoilKind => RecoilKind.Nuclear;

    /// <summary>T_max = 2E^2/(M + 2E) in MeV for neutrino energy <paramref name="enu"/> (MeV, > 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite.</exception>
    public double MaxRecoil(double enu)
    {
        CheckEnergy(enu);
        return 2.0 * enu * enu / (_mass + 2.0 * enu);
    }

    /// <summary>The form factor F(q) of this nucleus at recoil energy <paramref name="t"/> (MeV), q = sqrt(2 M T).</summary>
    public double FormFactorAtRecoil(double t) => FormFactorAtRecoil(new Vector<double>(t))[0];

    private Vector<double> FormFactorAtRecoil(Vector<double> t) => FormFactor(Vector.SquareRoot(2.0 * _mass * Vector.Max(t, Vector<double>.Zero)));

    private const double InverseHbarC = 1.0 / NuclearFormFactor.HbarCMeVFm;

    private Vector<double> FormFactor(Vector<double> qMeV) => _formFactor switch
    {
        FormFactorModel.Helm => NuclearFormFactor.HelmWithRadius(qMeV * InverseHbarC, _formFactorRadiusFm),
        FormFactorModel.KleinNystrand => NuclearFormFactor.KleinNystrandWithRadius(qMeV * InverseHbarC, _formFactorRadiusFm),
        _ => Vector<double>.One,
    };

    /// <summary>
    /// dsigma/dT in cm^2/MeV per nucleus; zero for T outside [0, T_max]. The magnetic part is +infinity at T = 0
    /// when mu_eff is not zero (the 1/T pole). The flavour does not enter at tree level.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite, or <paramref name="t"/> NaN.</exception>
    public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings)
    {
        CheckEnergy(enu);
        if (double.IsNaN(t))
            throw new ArgumentOutOfRangeException(nameof(t), t, "Recoil energy T must be a number (MeV).");
        return Lane0(DifferentialAt(new Vector<double>(enu), new Vector<double>(t), couplings));
    }

    /// <summary>
    /// <see cref="Differential"/> without argument checks; the SM part is the same for every flavour, so
    /// <paramref name="smOther"/> is the SM part of the result.
    /// </summary>
    public XsecComponents DifferentialPair(Flavor flavor, Flavor otherFlavor, double enu, double t, in Couplings couplings, out double smOther) =>
        new Lanes(this, couplings).At(new Vector<double>(enu), new Vector<double>(t)).Lane0(out smOther);

    /// <inheritdoc />
    public void DifferentialPairs(Flavor flavor, Flavor otherFlavor, ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in Couplings couplings,
        in RecoilPartColumns parts) => LaneBatch.Evaluate(new Lanes(this, couplings), enu, t, parts);

    /// <summary>dsigma/dT in cm^2/MeV lane by lane, zero where T &lt; 0 or T &gt; T_max (no argument checks).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Parts DifferentialAt(Vector<double> enu, Vector<double> t, in Couplings couplings)
    {
        var tMax = 2.0 * enu * enu / (new Vector<double>(_mass) + 2.0 * enu);
        var outside = (Vector.LessThan(t, Vector<double>.Zero) | Vector.GreaterThan(t, tMax)).As<long, double>();
        var f = FormFactorAtRecoil(t);
        var x = Kernel(enu, t, tMax, f * f, couplings, magneticPole: true);
        return new Parts(Zeroed(outside, x.Sm), Zeroed(outside, x.Magnetic), Zeroed(outside, x.Tensor), Zeroed(outside, x.Scalar));
    }

    private static Vector<double> Zeroed(Vector<double> outside, Vector<double> value) =>
        Vector.ConditionalSelect(outside, Vector<double>.Zero, PhysicalConstants.HbarC2 * value);

    private static XsecComponents Lane0(in Parts p) => new(p.Sm[0], p.Magnetic[0], p.Tensor[0], p.Scalar[0]);

    /// <summary>The nucleus with one set of couplings as a lane kernel (the SM part is every flavour's).</summary>
    private readonly struct Lanes(CevnsNucleus nucleus, Couplings couplings) : ILaneKernel
    {
        private readonly Couplings _couplings = couplings;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public LaneParts At(Vector<double> enu, Vector<double> t)
        {
            var p = nucleus.DifferentialAt(enu, t, _couplings);
            return new LaneParts(p.Sm, p.Sm, p.Magnetic, p.Tensor, p.Scalar);
        }
    }

    /// <summary>
    /// Cross section in cm^2 per nucleus over T in [max(tMin, 0), min(tMax, T_max)], by Gauss-Legendre quadrature
    /// in q = sqrt(2 M T) on panels no wider than about 2/R (R the form-factor radius plus its surface width), which
    /// keeps the relative error below 1e-6 (checked against an adaptive quadrature in the tests). The magnetic part
    /// is the analytic integral of (1/T - 1/E) plus the quadrature of (1/T - 1/E)(F^2 - 1), which is regular at
    /// T = 0; it is +infinity when the lower limit is 0 and mu_eff is not zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite, or a limit NaN.</exception>
    public XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity)
    {
        var kinMax = MaxRecoil(enu);
        if (double.IsNaN(tMin) || double.IsNaN(tMax))
            throw new ArgumentOutOfRangeException(nameof(tMin), "Recoil limits must be numbers (MeV).");
        var a = Math.Max(tMin, 0.0);
        var b = Math.Min(tMax, kinMax);
        if (!(b > a))
            return XsecComponents.Zero;

        var qa = Math.Sqrt(2.0 * _mass * a);
        var qb = Math.Sqrt(2.0 * _mass * b);
        var panels = Math.Max(1, (int)Math.Ceiling((qb - qa) / NuclearFormFactor.HbarCMeVFm * _radiusFm / 2.0));
        var width = (qb - qa) / panels;
        // One accumulator per node and part, added to panel after panel and summed in node order at the end: the same
        // additions in the same order for every vector width (machines with 2, 4 or 8 lanes give the same rates).
        Span<double> sm = stackalloc double[PointsPerPanel], regular = stackalloc double[PointsPerPanel],
            tensor = stackalloc double[PointsPerPanel], scalar = stackalloc double[PointsPerPanel];
        sm.Clear();
        regular.Clear();
        tensor.Clear();
        scalar.Clear();
        var energy = new Vector<double>(enu);
        var kinematicMax = new Vector<double>(kinMax);
        for (var p = 0; p < panels; p++)
        {
            var mid = qa + (p + 0.5) * width;
            // PointsPerPanel (16) nodes, a vector of them at a time (16 is a multiple of every vector width).
            for (var i = 0; i < PointsPerPanel; i += Vector<double>.Count)
            {
                var q = new Vector<double>(mid) + 0.5 * width * new Vector<double>(Nodes, i);
                var t = q * q / (2.0 * _mass);
                var f = FormFactor(q);
                // dT = (q / M) dq; the magnetic kernel below is (1/T - 1/E)(F^2 - 1), regular at q = 0.
                var weight = 0.5 * width * new Vector<double>(Weights, i) * q / _mass;
                var x = Kernel(energy, t, kinematicMax, f * f, couplings, magneticPole: false);
                (new Vector<double>(sm[i..]) + weight * x.Sm).CopyTo(sm[i..]);
                (new Vector<double>(regular[i..]) + weight * x.Magnetic).CopyTo(regular[i..]);
                (new Vector<double>(tensor[i..]) + weight * x.Tensor).CopyTo(tensor[i..]);
                (new Vector<double>(scalar[i..]) + weight * x.Scalar).CopyTo(scalar[i..]);
            }
        }

        var sum = new XsecComponents(OrderedSum(sm), OrderedSum(regular), OrderedSum(tensor), OrderedSum(scalar));
        var magnetic = sum.Magnetic;
        if (couplings.MuEff != 0)
        {
            var logPart = a > 0 ? Math.Log(b / a) - (b - a) / enu : double.PositiveInfinity;
            magnetic += MagneticPrefactor(couplings) * logPart;
        }
        return PhysicalConstants.HbarC2 * (sum with { Magnetic = magnetic });
    }

    /// <summary>
    /// Bounds of the four parts on [max(tMin, 0), min(tMax, T_max)], using F^2 &lt;= 1 for every form factor model
    /// (|3 j_1(x)/x| &lt;= 1, exp(-q^2 s^2/2) &lt;= 1 and 1/(1 + q^2 a_k^2) &lt;= 1): SM (G_F^2 M/4 pi) Q_W^2 (1 - a/T_max)
    /// (the bracket 1 - T/T_max decreases); magnetic OverT = (pi alpha^2/m_e^2) mu^2 Z^2 from 1/T - 1/E &lt;= 1/T;
    /// tensor (4M/pi) |C|^2 (1 - a/(2 T_max)); scalar |C_S|^2 M b (2M + b)/(8 pi E^2) (increasing in T).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enu"/> not positive and finite.</exception>
    public XsecEnvelope Envelope(Flavor flavor, double enu, in Couplings couplings, double tMin, double tMax)
    {
        var kinMax = MaxRecoil(enu);
        var a = Math.Max(tMin, 0.0);
        var b = Math.Min(tMax, kinMax);
        if (!(b > a))
            return XsecEnvelope.Zero;
        var sm = _smPrefactor * (1.0 - a / kinMax);
        var magnetic = couplings.MuEff == 0 ? 0.0 : MagneticPrefactor(couplings);
        var tensorCoupling = NucleonTensorCharges.NuclearCoupling(_z, _n, couplings);
        var tensor = _tensorPrefactor * tensorCoupling * tensorCoupling * (1.0 - a / (2.0 * kinMax));
        var scalarCoupling = _z * couplings.ScalarP + _n * couplings.ScalarN;
        var scalar = _scalarPrefactor * scalarCoupling * scalarCoupling * b * (2.0 * _mass + b) / (enu * enu);
        return PhysicalConstants.HbarC2 * new XsecEnvelope(
            new PartEnvelope(sm, 0.0), new PartEnvelope(0.0, magnetic), new PartEnvelope(tensor, 0.0), new PartEnvelope(scalar, 0.0));
    }

    /// <summary>
    /// The four parts of dsigma/dT in MeV^-3 for F^2 = <paramref name="f2"/>. With <paramref name="magneticPole"/>
    /// false the magnetic part is (1/T - 1/E)(F^2 - 1) times its prefactor (the regular remainder for the totals).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Parts Kernel(Vector<double> enu, Vector<double> t, Vector<double> tMax, Vector<double> f2, in Couplings c, bool magneticPole)
    {
        // 1/E and T/T_max formed once; T/(2 T_max) is exactly half of T/T_max.
        Vector<double> one = Vector<double>.One, inverseE = one / enu, r = t / tMax;
        var sm = _smPrefactor * Vector.Max(Vector<double>.Zero, one - r) * f2;

        var magnetic = Vector<double>.Zero;
        if (c.MuEff != 0)
        {
            var g = magneticPole ? f2 : f2 - one;
            magnetic = MagneticPrefactor(c) * (g / t - g * inverseE);
        }

        var tensorCoupling = NucleonTensorCharges.NuclearCoupling(_z, _n, c);
        var tensor = _tensorPrefactor * tensorCoupling * tensorCoupling * (one - 0.5 * r) * f2;

        var scalarCoupling = _z * c.ScalarP + _n * c.ScalarN;
        var scalar = _scalarPrefactor * scalarCoupling * scalarCoupling * f2 * t * (new Vector<double>(2.0 * _mass) + t) * (inverseE * inverseE);

        return new Parts(sm, magnetic, tensor, scalar);
    }

    /// <summary>The four parts of dsigma/dT, lane by lane.</summary>
    private readonly record struct Parts(Vector<double> Sm, Vector<double> Magnetic, Vector<double> Tensor, Vector<double> Scalar);

    /// <summary>(pi alpha^2/m_e^2) (mu_eff/mu_B)^2 Z^2 in MeV^-2 (physics.md 2.6).</summary>
    private double MagneticPrefactor(in Couplings c) => _magneticPerMu2 * c.MuEff * c.MuEff;

    private static void CheckEnergy(double enu)
    {
        if (!(enu > 0) || double.IsInfinity(enu))
            throw new ArgumentOutOfRangeException(nameof(enu), enu, "Neutrino energy must be positive and finite (MeV).");
    }

    /// <summary>The values added first to last.</summary>
    private static double OrderedSum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum;
    }
}
