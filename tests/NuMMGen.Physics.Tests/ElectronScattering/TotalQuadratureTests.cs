using MathNet.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Targets.Atomic;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// Closed-form totals against independent numerical quadrature of dsigma/dT (IRecoilCrossSection contract:
/// 1e-6 relative): 64-point Gauss-Legendre for the polynomial parts, adaptive Gauss-Kronrod for 1/T.
/// </summary>
public class TotalQuadratureTests
{
    private static readonly Couplings Bsm = new(MuEff: 2e-11, TensorE: Couplings.FromGeV(1e-6), ScalarE: Couplings.FromGeV(3e-6));

    public static TheoryData<Flavor, double, double, double> Windows => new()
    {
        { Flavor.NuE, 0.8618, 0.0, double.PositiveInfinity },
        { Flavor.NuEBar, 3.0, 0.002, 1.5 },
        { Flavor.NuMu, 29.79, 1.0, double.PositiveInfinity },
        { Flavor.NuTauBar, 0.05, 1e-4, 0.0100001 },
        { Flavor.NuMuBar, 1000.0, 999.0, 999.5 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void FreeTotalsMatchQuadrature(Flavor flavor, double enu, double tMin, double tMax)
    {
        var xs = ElectronTargets.Free(new ElectronScatteringOptions());
        var a = tMin;
        var b = Math.Min(tMax, xs.MaxRecoil(enu));
        var total = xs.Total(flavor, enu, Bsm, tMin, tMax);

        XsecComponents D(double t) => xs.Differential(flavor, enu, t, Bsm);
        AssertClose(total.Sm, Integrate.GaussLegendre(t => D(t).Sm, a, b, 64));
        AssertClose(total.Tensor, Integrate.GaussLegendre(t => D(t).Tensor, a, b, 64));
        AssertClose(total.Scalar, Integrate.GaussLegendre(t => D(t).Scalar, a, b, 64));
        if (a > 0)
        {
            AssertClose(total.Magnetic, Integrate.GaussKronrod(t => D(t).Magnetic, a, b, 1e-12, 30, 61));
        }
    }

    /// <summary>Per-atom Ge and Xe totals (stepping approximation, physics.md 2.4) against quadrature split at the shell edges.</summary>
    [Theory]
    [InlineData("Ge", Flavor.NuEBar, 1.0, 0.0, double.PositiveInfinity)]
    [InlineData("Ge", Flavor.NuEBar, 0.1, 0.0028, 0.05)]
    [InlineData("Xe", Flavor.NuE, 0.42, 0.001, double.PositiveInfinity)]
    [InlineData("xe", Flavor.NuMu, 0.2, 0.0, 0.04)]
    public void BoundTotalsMatchPiecewiseQuadrature(string element, Flavor flavor, double enu, double tMin, double tMax)
    {
        Assert.True(ElectronTargets.TryBound(element, new ElectronScatteringOptions(), out var xs));
        var b = Math.Min(tMax, xs.MaxRecoil(enu));
        var total = xs.Total(flavor, enu, Bsm, tMin, tMax);

        // Quadrature piece by piece between the shell edges of the data table (the integrand is smooth inside a piece).
        Assert.True(ShellTable.TryGet(element, out var shells));
        var edges = shells.Shells.Select(s => s.BindingEnergy).Where(e => e > tMin && e < b)
            .Append(tMin).Append(b).Distinct().OrderBy(e => e).ToArray();
        double sm = 0, mag = 0, ten = 0, sca = 0;
        for (var k = 0; k + 1 < edges.Length; k++)
        {
            var (lo, hi) = (edges[k], edges[k + 1]);
            if (xs.Differential(flavor, enu, 0.5 * (lo + hi), Bsm).Sm == 0)
            {
                continue;
            }
            sm += Integrate.GaussKronrod(t => xs.Differential(flavor, enu, t, Bsm).Sm, lo, hi, 1e-12, 30, 61);
            mag += Integrate.GaussKronrod(t => xs.Differential(flavor, enu, t, Bsm).Magnetic, lo, hi, 1e-12, 30, 61);
            ten += Integrate.GaussKronrod(t => xs.Differential(flavor, enu, t, Bsm).Tensor, lo, hi, 1e-12, 30, 61);
            sca += Integrate.GaussKronrod(t => xs.Differential(flavor, enu, t, Bsm).Scalar, lo, hi, 1e-12, 30, 61);
        }
        AssertClose(total.Sm, sm);
        AssertClose(total.Magnetic, mag);
        AssertClose(total.Tensor, ten);
        AssertClose(total.Scalar, sca);
        Assert.True(double.IsFinite(total.Magnetic));
    }

    private static void AssertClose(double analytic, double numeric) =>
        Assert.True(Math.Abs(analytic - numeric) <= 1e-6 * Math.Abs(numeric) + 1e-300, $"analytic {analytic} vs numeric {numeric}");
}
