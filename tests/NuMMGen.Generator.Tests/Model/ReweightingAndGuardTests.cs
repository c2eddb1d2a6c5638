using MathNet.Numerics.Distributions;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>Reweighting per the InteractionEvent contract, the exactness guard, and bad input.</summary>
public class ReweightingAndGuardTests
{
    /// <summary>
    /// SM events reweighted to mu = 1e-10 (w = [Sm + mu^2 MagneticPerMu2]/Sm) against events generated at mu = 1e-10
    /// directly: chi^2 of the two T histograms (weighted-vs-unweighted two-sample test with the weighted bins' variance
    /// sum w^2), p &gt; 1e-3; and the reweighted normalisation equals the BSM expected count within 4 standard errors.
    /// Same check for an electron tensor coupling of 1e-3 GeV^-2 on the SNS-free solar case.
    /// </summary>
    [Theory]
    [InlineData("magnetic")]
    [InlineData("tensor")]
    public void ReweightedSmSampleReproducesBsmSample(string kind)
    {
        const double mu = 1e-10, ct = 1e-3;
        var bsm = kind == "magnetic"
            ? ModelFixtures.Moment(mu)
            : new StateCouplings(TensorE: CouplingMatrix.Universal(Couplings.FromGeV(ct)));
        var components = new[] { "pp", "7Be_862" };
        var smModel = EventModel.Build(ModelFixtures.SolarOnPc(components, StateCouplings.StandardModel));
        var bsmModel = EventModel.Build(ModelFixtures.SolarOnPc(components, bsm));
        var edges = ModelFixtures.Edges(0.05, 0.7, 26);
        const int n = 150000;
        var weighted = new double[26];
        var weighted2 = new double[26];
        var direct = new double[26];
        double sumW = 0, sumW2 = 0;
        var random = RandomStreams.Create(21, 1, 0);
        for (var k = 0; k < n; k++)
        {
            var ev = smModel.SampleMixture(random);
            var w = kind == "magnetic"
                ? (ev.Sm + mu * mu * ev.MagneticPerMu2) / ev.Sm
                : (ev.Sm + ct * ct * ev.TensorPerC2) / ev.Sm;
            var bin = ModelFixtures.Bin(edges, ev.Recoil);
            weighted[bin] += w;
            weighted2[bin] += w * w;
            sumW += w;
            sumW2 += w * w;
            direct[ModelFixtures.Bin(edges, bsmModel.SampleMixture(random).Recoil)]++;
        }

        var reweightedCount = smModel.TotalExpected * sumW / n;
        var error = smModel.TotalExpected * Math.Sqrt(sumW2 / n - (sumW / n) * (sumW / n)) / Math.Sqrt(n);
        Assert.True(Math.Abs(reweightedCount - bsmModel.TotalExpected) < 4 * error,
            $"reweighted {reweightedCount:E6} vs direct {bsmModel.TotalExpected:E6} (error {error:E2})");
        Assert.True(bsmModel.TotalExpected - smModel.TotalExpected > 10 * error, "the BSM part must be visible for the test to mean something");

        // Shapes: normalised histograms, chi^2 with the variance of both (weighted bins: sum w^2).
        double chi2 = 0;
        var dof = 0;
        for (var i = 0; i < 26; i++)
        {
            var pw = weighted[i] / sumW;
            var pd = direct[i] / n;
            var variance = weighted2[i] / (sumW * sumW) + direct[i] / ((double)n * n);
            if (!(variance > 0)) continue;
            chi2 += (pw - pd) * (pw - pd) / variance;
            dof++;
        }
        var p = 1 - ChiSquared.CDF(dof - 1, chi2);
        Assert.True(p > 1e-3, $"chi2 = {chi2:F1} for {dof - 1} dof, p = {p:E2}");
    }

    /// <summary>Cell bounds lowered below the probed maximum (a wrong bound) must make sampling throw, never bias.</summary>
    [Theory]
    [InlineData("pp", false)]
    [InlineData("7Be_862", false)]
    [InlineData("pp", true)]
    [InlineData("sns", true)]
    public void LoweredCellBoundIsDetected(string component, bool batched)
    {
        var setup = component == "sns" ? ModelFixtures.SnsOnCsI(StateCouplings.StandardModel) : ModelFixtures.SolarOnPc([component], StateCouplings.StandardModel);
        var model = EventModel.BuildWith(setup, null, boundScale: 0.9);
        var random = RandomStreams.Create(3, 1, 0);
        var error = Assert.Throws<InvalidOperationException>(() => ModelFixtures.Draw(model, random, 1000, batched));
        Assert.Contains("envelope violated", error.Message);
    }

    /// <summary>
    /// A cross section with narrow spikes (SM doubled on 2 % of every 10 keV) that the probe grid mostly misses: the
    /// bound is then wrong inside some cells, and the per-draw check must throw.
    /// </summary>
    [Fact]
    public void SpikeBetweenProbesIsDetected()
    {
        var model = EventModel.BuildWith(ModelFixtures.SolarOnPc(["pp"], StateCouplings.StandardModel), xs => new Spiked(xs));
        var random = RandomStreams.Create(3, 2, 0);
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var k = 0; k < 20000; k++) model.SampleMixture(random);
        });
        Assert.Contains("envelope violated", error.Message);
    }

    [Fact]
    public void MagneticMomentNeedsPositiveRecoilMinimum()
    {
        var error = Assert.Throws<InputException>(() => EventModel.Build(ModelFixtures.SolarOnPc(["pp"], ModelFixtures.Moment(1e-11), aKeV: 0)));
        Assert.Contains("recoil.minKeV", error.Message);
    }

    [Fact]
    public void UnknownComponentIsNamedWithTheValidOnes()
    {
        var error = Assert.Throws<InputException>(() => EventModel.Build(ModelFixtures.SolarOnPc(["pp", "7Be"], StateCouplings.StandardModel)));
        Assert.Contains("'7Be'", error.Message);
        Assert.Contains("7Be_862", error.Message);
    }

    [Fact]
    public void NoChannelWithEventsIsAnInputError()
    {
        // pp neutrinos (E < 0.42 MeV) cannot give CEvNS recoils above 50 keV on carbon.
        var setup = ModelFixtures.SolarOnPc(["pp"], StateCouplings.StandardModel) with { Processes = [ScatteringProcess.Cevns] };
        var error = Assert.Throws<InputException>(() => EventModel.Build(setup));
        Assert.Contains("recoil.minKeV", error.Message);
    }

    private sealed class Spiked(IRecoilCrossSection inner) : IRecoilCrossSection
    {
        public string TargetName => inner.TargetName;
        public RecoilKind RecoilKind => inner.RecoilKind;
        public double MaxRecoil(double enu) => inner.MaxRecoil(enu);
        public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings)
        {
            var x = inner.Differential(flavor, enu, t, couplings);
            var phase = t / 0.01 - Math.Floor(t / 0.01);
            return phase is > 0.413 and < 0.433 ? x with { Sm = 2 * x.Sm } : x;
        }
        public XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity) =>
            inner.Total(flavor, enu, couplings, tMin, tMax);
    }
}
