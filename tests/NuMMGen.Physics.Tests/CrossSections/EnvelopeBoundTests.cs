using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.CrossSections.ElectronScattering;

namespace NuMMGen.Physics.Tests.CrossSections;

/// <summary>
/// The per-part envelopes g(T) = Flat + OverT/T bound dsigma/dT on their window (the bounds are argued in
/// FreeElectronEnvelope, BoundElectronCrossSection and CevnsNucleus.Envelope from the formulas of docs physics.md
/// 2.1-2.6); checked here at many random (E, a, b, T) with a fixed seed.
/// </summary>
public class EnvelopeBoundTests
{
    private static readonly Couplings Bsm = new(MuEff: 3e-11, TensorE: Couplings.FromGeV(2e-3), TensorU: Couplings.FromGeV(1e-3),
        TensorD: Couplings.FromGeV(-4e-4), TensorS: Couplings.FromGeV(1e-4), ScalarE: Couplings.FromGeV(5e-3),
        ScalarP: Couplings.FromGeV(1e-3), ScalarN: Couplings.FromGeV(2e-3));

    public static TheoryData<string, string, bool, FormFactorModel> Targets => new()
    {
        { "nue", "e", false, FormFactorModel.Helm },
        { "nue", "e", true, FormFactorModel.Helm },
        { "nue", "Ge", false, FormFactorModel.Helm },
        { "nue", "Xe", false, FormFactorModel.Helm },
        { "cevns", "Cs133", false, FormFactorModel.Helm },
        { "cevns", "I127", false, FormFactorModel.KleinNystrand },
        { "cevns", "Ar40", false, FormFactorModel.None },
        { "cevns", "Ge", false, FormFactorModel.Helm },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void EnvelopeBoundsEveryPart(string process, string target, bool radiative, FormFactorModel formFactor)
    {
        var settings = new CrossSectionSettings(RadiativeCorrections: radiative, FormFactor: formFactor);
        var xs = (IEnvelopedCrossSection)CrossSectionCatalog.Resolve(
            process == "nue" ? ScatteringProcess.NeutrinoElectron : ScatteringProcess.Cevns, target, settings);
        var rng = new Random(20240611);
        var draws = radiative ? 300 : 3000;
        for (var k = 0; k < draws; k++)
        {
            var enu = Math.Exp(Math.Log(0.05) + rng.NextDouble() * Math.Log(60.0 / 0.05));
            var flavor = (Flavor)rng.Next(6);
            var tMaxKin = xs.MaxRecoil(enu);
            var a = tMaxKin * Math.Pow(rng.NextDouble(), 3);
            var b = rng.NextDouble() < 0.3 ? double.PositiveInfinity : a + (tMaxKin - a) * rng.NextDouble();
            var env = xs.Envelope(flavor, enu, Bsm, a, b);
            var hi = Math.Min(b, tMaxKin);
            for (var j = 0; j < 20; j++)
            {
                var t = j == 0 ? a : j == 1 ? hi : a + (hi - a) * rng.NextDouble();
                if (!(t > 0)) continue;
                var d = xs.Differential(flavor, enu, t, Bsm);
                AssertBound(d.Sm, env.Sm.At(t), "SM", enu, t);
                AssertBound(d.Magnetic, env.Magnetic.At(t), "magnetic", enu, t);
                AssertBound(d.Tensor, env.Tensor.At(t), "tensor", enu, t);
                AssertBound(d.Scalar, env.Scalar.At(t), "scalar", enu, t);
            }
        }
    }

    [Fact]
    public void EmptyWindowGivesZero()
    {
        var xs = (IEnvelopedCrossSection)CrossSectionCatalog.Resolve(ScatteringProcess.Cevns, "Cs133", new CrossSectionSettings());
        Assert.Equal(XsecEnvelope.Zero, xs.Envelope(Flavor.NuMu, 30.0, Bsm, 1.0, 2.0));
    }

    [Theory]
    [InlineData(2.0, 0.5, 0.01, 0.3)]
    [InlineData(0.0, 1.0, 0.002, 0.5)]
    [InlineData(1.0, 0.0, 0.1, 0.4)]
    public void IntegralAndSamplerMatchTheDensity(double flat, double overT, double a, double b)
    {
        var g = new PartEnvelope(flat, overT);
        // Closed form against the midpoint rule in ln T on 200000 steps.
        const int n = 200000;
        double sum = 0, mean = 0;
        var h = Math.Log(b / a) / n;
        for (var i = 0; i < n; i++)
        {
            var t = a * Math.Exp((i + 0.5) * h);
            sum += g.At(t) * t * h;
            mean += t * g.At(t) * t * h;
        }
        Assert.Equal(sum, g.Integral(a, b), 1e-8 * sum);

        // Sample mean against the exact mean, 200k draws: standard error well below the 1 % tolerance.
        var rng = new Random(7);
        double sampled = 0;
        const int draws = 200000;
        for (var i = 0; i < draws; i++)
        {
            var t = g.Sample(a, b, rng.NextDouble(), rng.NextDouble());
            Assert.InRange(t, a, b);
            sampled += t;
        }
        Assert.Equal(mean / sum, sampled / draws, 0.01 * mean / sum);
    }

    private static void AssertBound(double exact, double bound, string part, double enu, double t) =>
        Assert.True(exact <= bound * (1 + 1e-12) + 1e-300,
            $"{part}: dsigma/dT = {exact:E6} above the envelope {bound:E6} at E = {enu} MeV, T = {t} MeV");
}
