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
    /// The same kernels as <see cref="Differential"/>, without argument checks (see the interface). At tree level this is
    /// lane 0 of <see cref="FreeElectronLanes"/>, so it equals <see cref="DifferentialPairs"/> bit for bit.
    /// </summary>
    public XsecComponents DifferentialPair(Flavor flavor, Flavor otherFlavor, double enu, double t, in Couplings couplings, out double smOther)
    {
        if (!_options.RadiativeCorrections)
            return Lanes(flavor, otherFlavor, couplings).At(new Vector<double>(enu), new Vector<double>(t)).Lane0(out smOther);
        if (!InRange(enu, t))
        {
            smOther = 0.0;
            return XsecComponents.Zero;
        }
        smOther = PhysicalConstants.HbarC2 * SmNatural(otherFlavor, enu, t);
        return Parts(flavor, enu, t, couplings);
    }

    /// <summary>
    /// <see cref="DifferentialPair"/> at every point: at tree level a vector of points at a time (the sampler's rounds);
    /// with the BKS corrections one point at a time.
    /// </summary>
    public void DifferentialPairs(Flavor flavor, Flavor otherFlavor, ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in Couplings couplings,
        in RecoilPartColumns parts)
    {
        if (!_options.RadiativeCorrections)
        {
            LaneBatch.Evaluate(Lanes(flavor, otherFlavor, couplings), enu, t, parts);
            return;
        }
        LaneBatch.CheckLengths(enu, t, parts);
        for (var i = 0; i < enu.Length; i++)
        {
            var x = DifferentialPair(flavor, otherFlavor, enu[i], t[i], couplings, out parts.SmOther[i]);
            (parts.Sm[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]) = (x.Sm, x.Magnetic, x.Tensor, x.Scalar);
        }
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
