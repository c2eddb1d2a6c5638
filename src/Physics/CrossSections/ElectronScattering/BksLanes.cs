using System.Numerics;
using System.Runtime.CompilerServices;
using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// nu-e scattering on a free electron with the BKS radiative corrections in the SM part
/// (<see cref="BksRadiativeCorrections"/>) lane by lane, in cm^2/MeV, zero outside 0 &lt; T &lt;= T_max: the flavour-free
/// terms once per point (<see cref="BksTermLanes"/>), then the curly bracket for both flavours; the magnetic, tensor and
/// scalar parts at tree level (<see cref="FreeElectronLanes"/>). The one-point methods of the cross section are lane 0
/// of this kernel, so the rate engine, the sampler's bounds and its draws evaluate the same code.
/// </summary>
internal readonly struct BksLanes : ILaneKernel
{
    private readonly FreeElectronLanes _tree;
    private readonly BksFlavor _flavor, _other;

    /// <summary>The kernel for <paramref name="flavor"/> (and the SM of <paramref name="other"/>) with <paramref name="couplings"/>.</summary>
    public BksLanes(Flavor flavor, Flavor other, in Couplings couplings)
    {
        // The tree-level couplings only enter the SM parts, which are replaced here.
        _tree = new FreeElectronLanes(default, default, couplings);
        (_flavor, _other) = (new BksFlavor(flavor), new BksFlavor(other));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public LaneParts At(Vector<double> enu, Vector<double> t)
    {
        var tree = _tree.At(enu, t, out var inside);
        // Lanes outside get a harmless point (their values are dropped); inside, T stays off zero so that ln z is finite.
        var e = Vector.ConditionalSelect(inside, enu, Vector<double>.One);
        var r = Vector.ConditionalSelect(inside, Vector.Max(t, new Vector<double>(1e-300)), new Vector<double>(0.25));
        var terms = BksTermLanes.At(e, r);
        var scale = new Vector<double>(HbarC2 * FreeElectronKernels.SmPrefactor);
        return tree with
        {
            Sm = Vector.ConditionalSelect(inside, scale * Bracket(_flavor, terms), Vector<double>.Zero),
            SmOther = Vector.ConditionalSelect(inside, scale * Bracket(_other, terms), Vector<double>.Zero),
        };
    }

    /// <summary>
    /// The curly bracket of BKS (<see cref="BksRadiativeCorrections"/>) for one flavour:
    /// g_L^2 [1 + (alpha/pi) f_-] + g_R^2 [(1 - z)^2 + (alpha/pi)(1 - z)^2 f_+] - g_L g_R (m_e/E) z [1 + (alpha/pi) f_+-].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Bracket(in BksFlavor flavor, in BksTermLanes terms)
    {
        var (left, right) = flavor.Couplings(terms.LoopI);
        var a = FineStructure / Math.PI;
        var one = Vector<double>.One;
        var oneMinusZ = one - terms.Z;
        return left * left * (one + a * terms.Minus)
               + right * right * (oneMinusZ * oneMinusZ + a * terms.PlusTimesOneMinusZSquared)
               - left * right * terms.MeZOverE * (one + a * terms.PlusMinus);
    }
}

/// <summary>
/// A flavour's electroweak couplings in BKS (Sec. II / App. A), sign flipped to the tree-level convention of
/// <see cref="WeakCouplings"/> (the cross section is even in it): g_L = 1 - rho_NC (1/2 - kappa s^2) for nu_e and
/// -rho_NC (1/2 - kappa s^2) for nu_mu,tau, g_R = rho_NC kappa s^2, with kappa_e = 0.9791 + 0.0097 I(T),
/// kappa_mu,tau = 0.9970 - 0.00037 I(T); antineutrinos exchange g_L and g_R (our extension; BKS treat neutrinos only).
/// </summary>
internal readonly struct BksFlavor
{
    private readonly double _kappa0, _kappaSlope, _leftOffset;
    private readonly bool _antineutrino;

    /// <summary>The constants of <paramref name="flavor"/>.</summary>
    public BksFlavor(Flavor flavor)
    {
        var electron = flavor.Generation() == 0;
        (_kappa0, _kappaSlope, _leftOffset) = electron ? (0.9791, 0.0097, 1.0) : (0.9970, -0.00037, 0.0);
        _antineutrino = flavor.IsAntineutrino();
    }

    /// <summary>kappa(T) from the loop function I(T).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public Vector<double> Kappa(Vector<double> loopI) => new Vector<double>(_kappa0) + _kappaSlope * loopI;

    /// <summary>(g_L, g_R) at the loop function's value I(T).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public (Vector<double> Left, Vector<double> Right) Couplings(Vector<double> loopI)
    {
        var ks2 = Kappa(loopI) * BksRadiativeCorrections.Sin2ThetaWMz;
        var left = new Vector<double>(_leftOffset) - BksRadiativeCorrections.RhoNc * (new Vector<double>(0.5) - ks2);
        var right = BksRadiativeCorrections.RhoNc * ks2;
        return _antineutrino ? (right, left) : (left, right);
    }
}
