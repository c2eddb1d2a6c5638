using System.Numerics;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// nu-e elastic scattering on one free electron at rest: Standard Model (tree level or with the BKS
/// radiative corrections), magnetic moment, tensor and scalar parts (see <see cref="FreeElectronKernels"/>).
/// </summary>
internal sealed class FreeElectronCrossSection : IEnvelopedCrossSection, IBatchRecoilCrossSection
{
    private readonly ElectronScatteringOptions _options;

    public FreeElectronCrossSection(ElectronScatteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public string TargetName => "e";

    public RecoilKind RecoilKind => RecoilKind.Electron;

    public double MaxRecoil(double enu)
    {
        Guard.NeutrinoEnergy(enu);
        return FreeElectronKernels.MaxRecoil(enu);
    }

    public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings)
    {
        Guard.NeutrinoEnergy(enu);
        Guard.NotNaN(t, nameof(t));
        return InRange(enu, t) ? Parts(flavor, enu, t, couplings) : XsecComponents.Zero;
    }

    /// <summary>
    /// The same kernels as <see cref="Differential"/>, without argument checks (see the interface): lane 0 of
    /// <see cref="FreeElectronLanes"/> (tree level) or <see cref="BksLanes"/>, so it equals <see cref="DifferentialPairs"/>
    /// bit for bit. Fully optimised from the first call, so that the kernel inlines (the sampler's set-up calls it for every
    /// probe of its bounds).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public XsecComponents DifferentialPair(Flavor flavor, Flavor otherFlavor, double enu, double t, in Couplings couplings, out double smOther)
    {
        var (e, r) = (new Vector<double>(enu), new Vector<double>(t));
        var lanes = _options.RadiativeCorrections
            ? new BksLanes(flavor, otherFlavor, couplings).At(e, r)
            : Lanes(flavor, otherFlavor, couplings).At(e, r);
        return lanes.Lane0(out smOther);
    }

    /// <summary><see cref="DifferentialPair"/> at every point, a vector of points at a time (the sampler's rounds).</summary>
    public void DifferentialPairs(Flavor flavor, Flavor otherFlavor, ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in Couplings couplings,
        in RecoilPartColumns parts)
    {
        if (_options.RadiativeCorrections)
            LaneBatch.Evaluate(new BksLanes(flavor, otherFlavor, couplings), enu, t, parts);
        else
            LaneBatch.Evaluate(Lanes(flavor, otherFlavor, couplings), enu, t, parts);
    }

    private FreeElectronLanes Lanes(Flavor flavor, Flavor otherFlavor, in Couplings couplings) => new(
        WeakCouplings.TreeLevel(flavor, _options.Sin2ThetaW), WeakCouplings.TreeLevel(otherFlavor, _options.Sin2ThetaW), couplings);

    private static bool InRange(double enu, double t) => t > 0.0 && t <= FreeElectronKernels.MaxRecoil(enu);

    private XsecComponents Parts(Flavor flavor, double enu, double t, in Couplings couplings)
    {
        var natural = new XsecComponents(
            SmNatural(flavor, enu, t),
            FreeElectronKernels.Magnetic(couplings.MuEff, enu, t),
            FreeElectronKernels.Tensor(couplings.TensorE, enu, t),
            FreeElectronKernels.Scalar(couplings.ScalarE, enu, t));
        return PhysicalConstants.HbarC2 * natural;
    }

    private double SmNatural(Flavor flavor, double enu, double t) => _options.RadiativeCorrections
        ? BksRadiativeCorrections.Differential(flavor, enu, t)
        : FreeElectronKernels.Sm(WeakCouplings.TreeLevel(flavor, _options.Sin2ThetaW), enu, t);

    public XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity)
    {
        Guard.NeutrinoEnergy(enu);
        Guard.NotNaN(tMin, nameof(tMin));
        Guard.NotNaN(tMax, nameof(tMax));
        var a = Math.Max(tMin, 0.0);
        var b = Math.Min(tMax, FreeElectronKernels.MaxRecoil(enu));
        if (!(b > a))
        {
            return XsecComponents.Zero;
        }
        var sm = _options.RadiativeCorrections
            ? BksRadiativeCorrections.Integral(flavor, enu, a, b)
            : FreeElectronKernels.SmIntegral(WeakCouplings.TreeLevel(flavor, _options.Sin2ThetaW), enu, a, b);
        var natural = new XsecComponents(
            sm,
            FreeElectronKernels.MagneticIntegral(couplings.MuEff, enu, a, b),
            FreeElectronKernels.TensorIntegral(couplings.TensorE, enu, a, b),
            FreeElectronKernels.ScalarIntegral(couplings.ScalarE, enu, a, b));
        return PhysicalConstants.HbarC2 * natural;
    }

    public XsecEnvelope Envelope(Flavor flavor, double enu, in Couplings couplings, double tMin, double tMax)
    {
        Guard.NeutrinoEnergy(enu);
        var a = Math.Max(tMin, 0.0);
        var b = Math.Min(tMax, FreeElectronKernels.MaxRecoil(enu));
        return b > a
            ? PhysicalConstants.HbarC2 * FreeElectronEnvelope.Natural(_options, flavor, enu, couplings, a, b)
            : XsecEnvelope.Zero;
    }
}
