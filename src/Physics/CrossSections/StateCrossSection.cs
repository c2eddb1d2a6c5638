using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// Evaluates any <see cref="IRecoilCrossSection"/> for a neutrino state (density matrix) instead of a fixed
/// flavour (docs physics.md section 4):
/// <list type="bullet">
/// <item>SM part: sum_alpha P_alpha sigma_SM(alpha), the flavour probabilities of the state, with the
/// state's particle/antiparticle flag (flavours do not interfere in the SM neutral/charged currents once
/// the final neutrino is summed over).</item>
/// <item>Magnetic part: the inner cross section with mu_eff = sqrt(Tr(rho mu^dagger mu)) (seed 2 eq. 3.5).</item>
/// <item>Tensor and scalar parts: electron couplings |C|_eff = sqrt(Tr(rho C^dagger C)); quark tensor and
/// nucleon scalar couplings flavour universal (see <see cref="StateCouplings"/>).</item>
/// </list>
/// The BSM parts are taken from one call of the inner cross section with the electron flavour of the
/// state's particle type; this assumes (as for every cross section in docs physics.md section 2) that
/// the BSM parts depend on the flavour only through the couplings. Gram matrices are precomputed for the
/// mixing matrix last seen, so the evaluation costs four inner calls and a few multiplications.
/// Immutable apart from that cache (replaced atomically), thread safe.
/// </summary>
public sealed class StateCrossSection
{
    private readonly IRecoilCrossSection _inner;
    private readonly StateCouplings _couplings;
    private volatile GramCache? _cache;

    /// <summary>Wraps <paramref name="inner"/> with the flavour-structured <paramref name="couplings"/>.</summary>
    public StateCrossSection(IRecoilCrossSection inner, StateCouplings couplings)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _couplings = couplings ?? throw new ArgumentNullException(nameof(couplings));
    }

    /// <summary>The wrapped cross section.</summary>
    public IRecoilCrossSection Inner => _inner;

    /// <summary>The effective (flavour-independent) couplings seen by a state.</summary>
    public Couplings EffectiveCouplings(in NeutrinoState state)
    {
        var g = Grams(state.Mixing);
        var anti = state.IsAntineutrino;
        return new Couplings(
            MuEff: Effective(state, anti ? g.MuBar : g.Mu),
            TensorE: Effective(state, anti ? g.TensorBar : g.Tensor),
            TensorU: _couplings.TensorU,
            TensorD: _couplings.TensorD,
            TensorS: _couplings.TensorS,
            ScalarE: Effective(state, anti ? g.ScalarBar : g.Scalar),
            ScalarP: _couplings.ScalarP,
            ScalarN: _couplings.ScalarN);
    }

    /// <summary>dsigma/dT in cm^2/MeV for the state at neutrino energy and recoil energy (MeV).</summary>
    public XsecComponents Differential(in NeutrinoState state, double enu, double t)
    {
        var sm = 0.0;
        var baseFlavor = state.IsAntineutrino ? 3 : 0;
        for (var alpha = 0; alpha < 3; alpha++)
        {
            var p = state.FlavorProbability(alpha);
            if (p > 1e-15)
            {
                sm += p * _inner.Differential((Flavor)(baseFlavor + alpha), enu, t, Couplings.StandardModel).Sm;
            }
        }
        var bsm = BsmCouplings(state, out var hasBsm);
        var x = hasBsm ? _inner.Differential((Flavor)baseFlavor, enu, t, bsm) : XsecComponents.Zero;
        return new XsecComponents(sm, x.Magnetic, x.Tensor, x.Scalar);
    }

    /// <summary>Cross section in cm^2 integrated over [tMin, min(tMax, T_max)] for the state.</summary>
    public XsecComponents Total(in NeutrinoState state, double enu, double tMin = 0, double tMax = double.PositiveInfinity)
    {
        var sm = 0.0;
        var baseFlavor = state.IsAntineutrino ? 3 : 0;
        for (var alpha = 0; alpha < 3; alpha++)
        {
            var p = state.FlavorProbability(alpha);
            if (p > 1e-15)
            {
                sm += p * _inner.Total((Flavor)(baseFlavor + alpha), enu, Couplings.StandardModel, tMin, tMax).Sm;
            }
        }
        var bsm = BsmCouplings(state, out var hasBsm);
        var x = hasBsm ? _inner.Total((Flavor)baseFlavor, enu, bsm, tMin, tMax) : XsecComponents.Zero;
        return new XsecComponents(sm, x.Magnetic, x.Tensor, x.Scalar);
    }

    private Couplings BsmCouplings(in NeutrinoState state, out bool any)
    {
        var c = EffectiveCouplings(state);
        any = c != Couplings.StandardModel;
        return c;
    }

    private static double Effective(in NeutrinoState state, in Hermitian3? gram) =>
        gram is { } g ? Math.Sqrt(Math.Max(0.0, state.EffectiveSquared(g))) : 0.0;

    private GramCache Grams(PmnsMatrix mixing)
    {
        var cache = _cache;
        if (cache is not null && ReferenceEquals(cache.Mixing, mixing))
        {
            return cache;
        }
        cache = new GramCache(mixing, _couplings);
        _cache = cache;
        return cache;
    }

    private sealed class GramCache
    {
        public GramCache(PmnsMatrix mixing, StateCouplings c)
        {
            Mixing = mixing;
            (Mu, MuBar) = Both(c.MagneticMoment, mixing);
            (Tensor, TensorBar) = Both(c.TensorE, mixing);
            (Scalar, ScalarBar) = Both(c.ScalarE, mixing);
        }

        public PmnsMatrix Mixing { get; }
        public Hermitian3? Mu { get; }
        public Hermitian3? MuBar { get; }
        public Hermitian3? Tensor { get; }
        public Hermitian3? TensorBar { get; }
        public Hermitian3? Scalar { get; }
        public Hermitian3? ScalarBar { get; }

        private static (Hermitian3?, Hermitian3?) Both(CouplingMatrix? m, PmnsMatrix mixing) =>
            m is null || m.IsZero ? (null, null) : (m.Gram(mixing, false), m.Gram(mixing, true));
    }
}
