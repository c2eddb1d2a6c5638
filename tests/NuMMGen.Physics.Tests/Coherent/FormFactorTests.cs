using MathNet.Numerics.Integration;
using NuMMGen.Physics.CrossSections.Coherent;

namespace NuMMGen.Physics.Tests.Coherent;

public class FormFactorTests
{
    private const double HbarC = 197.3269804; // MeV fm, physics.md section 1

    [Theory]
    [InlineData(FormFactorModel.Helm)]
    [InlineData(FormFactorModel.KleinNystrand)]
    [InlineData(FormFactorModel.None)]
    public void FormFactorIsOneAtZeroMomentum(FormFactorModel model)
    {
        // Normalisation F(0) = 1 (Lewin and Smith 1996; Klein and Nystrand 1999).
        Assert.Equal(1.0, NuclearFormFactor.Evaluate(model, 0.0, 133), 1e-15);
        Assert.Equal(1.0, NuclearFormFactor.Evaluate(model, 1e-6, 40), 1e-12);
    }

    [Fact]
    public void SeriesAndClosedFormOfJ1OverXAgree()
    {
        foreach (var x in new[] { 0.49999999, 0.5, 0.3, 1e-3 })
        {
            var closed = (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x);
            Assert.Equal(closed, NuclearFormFactor.SphericalJ1OverX(x), x < 0.01 ? 1e-9 : 1e-13);
        }
    }

    [Theory]
    [InlineData(133, 0.2)]
    [InlineData(133, 0.5)]
    [InlineData(133, 0.8)]
    [InlineData(133, 1.2)]
    [InlineData(40, 0.5)]
    [InlineData(40, 1.5)]
    public void HelmMatchesNumericalFourierTransformOfHelmDensity(int a, double qFm)
    {
        // Source: Lewin and Smith 1996: the Helm density is a uniform sphere of radius R0 folded with a
        // Gaussian of width s. Build rho(r) numerically by that convolution, then F(q) = int r^2 j0(qr) rho / int r^2 rho.
        var r0 = NuclearFormFactor.HelmRadiusFm(a);
        const double s = 0.9;
        double Rho(double r) => GaussLegendreRule.Integrate(
            rp => rp / r * (Math.Exp(-(r - rp) * (r - rp) / (2 * s * s)) - Math.Exp(-(r + rp) * (r + rp) / (2 * s * s))),
            0, r0, 128);
        var rMax = r0 + 10 * s;
        double Moment(Func<double, double> kernel) =>
            GaussLegendreRule.Integrate(r => r * r * kernel(r) * Rho(r), 0, rMax / 2, 128)
            + GaussLegendreRule.Integrate(r => r * r * kernel(r) * Rho(r), rMax / 2, rMax, 128);
        var numerical = Moment(r => Math.Sin(qFm * r) / (qFm * r)) / Moment(_ => 1.0);
        Assert.Equal(numerical, NuclearFormFactor.Helm(qFm * HbarC, a), 1e-4);
    }

    [Fact]
    public void KleinNystrandFollowsItsDefinition()
    {
        // Klein and Nystrand PRC 60, 014903 (1999): F = 3 j1(q R_A)/(q R_A) / (1 + q^2 a_k^2), R_A = 1.2 A^(1/3) fm, a_k = 0.7 fm.
        const double q = 0.6;
        var ra = 1.2 * Math.Cbrt(40);
        var x = q * ra;
        var expected = 3 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x) / (1 + q * q * 0.49);
        Assert.Equal(expected, NuclearFormFactor.KleinNystrand(q * HbarC, 40), 1e-13);
    }
}
