using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// Sampling consistency in the style of MARLEY's src/tests/sampling.cc (docs design.md 3): fixed seed, >= 100k
/// events, Pearson chi^2 of the histograms against the analytic expectation; the test fails when p &lt; 1e-3. Each test
/// runs on events drawn one at a time and on events drawn in spans as the generator's block sampler draws them
/// (attempts in rounds, mixtures by chunk, CEvNS evaluated lane by lane).
/// </summary>
public class SamplingConsistencyTests
{
    private const double PThreshold = 1e-3;

    /// <summary>Solar pp + 7Be + 8B on pseudocumene, mu = 5e-11, window [50 keV, 2 MeV]: T of the mixture against the
    /// rate engine's binned dR/dT, and E of the 8B channel against phi(E) sigma_window(E) integrated here by Simpson with the
    /// flux's own state (StateCrossSection).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SolarOnPseudocumeneWithMagneticMoment(bool batched)
    {
        var setup = ModelFixtures.SolarOnPc(["pp", "7Be_862", "8B"], ModelFixtures.Moment(5e-11));
        var model = EventModel.Build(setup);
        var tEdges = ModelFixtures.Edges(0.05, 2.0, 40);
        var expectedT = new double[40];
        for (var c = 0; c < model.Channels.Count; c++)
        {
            var bins = model.BinnedExpected(c, tEdges);
            for (var i = 0; i < 40; i++) expectedT[i] += bins[i].Sum / model.TotalExpected;
        }
        var random = RandomStreams.Create(11, 1, 0);
        const int n = 200000;
        var observedT = new double[40];
        foreach (var ev in ModelFixtures.Draw(model, random, n, batched))
            observedT[ModelFixtures.Bin(tEdges, ev.Recoil)]++;
        var (chi2, dof, p) = ModelFixtures.ChiSquare(observedT, expectedT, n);
        Assert.True(p > PThreshold, $"T: chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");

        // E of the 8B channel.
        var b8 = model.Channels.Single(c => c.Component == "8B").Index;
        var component = setup.Flux.Components.Single(c => c.Name == "8B");
        var xs = new StateCrossSection(CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "e", setup.Physics), setup.Hypothesis);
        var eEdges = ModelFixtures.Edges(0.0, 16.5, 33);
        var expectedE = new double[33];
        for (var i = 0; i < 33; i++)
        {
            const int m = 400;
            double lo = eEdges[i], h = (eEdges[i + 1] - lo) / m, s = 0;
            for (var j = 0; j <= m; j++)
            {
                var e = lo + j * h;
                if (!(e > 0)) continue;
                s += (j == 0 || j == m ? 1 : j % 2 == 1 ? 4 : 2) * component.Spectrum(e)
                    * xs.Total(component.StateAt(e), e, setup.RecoilMin, setup.RecoilMax).Sum;
            }
            expectedE[i] = s * h / 3;
        }
        var norm = expectedE.Sum();
        for (var i = 0; i < 33; i++) expectedE[i] /= norm;
        var observedE = new double[33];
        foreach (var ev in ModelFixtures.Draw(model, random, n, batched, b8))
            observedE[ModelFixtures.Bin(eEdges, ev.Enu)]++;
        (chi2, dof, p) = ModelFixtures.ChiSquare(observedE, expectedE, n);
        Assert.True(p > PThreshold, $"E(8B): chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");
    }

    /// <summary>CEvNS on CsI at the SNS with mu = 1e-9 (a visible magnetic part): T against the binned rates, arrival time
    /// against the components' arrival-time pdfs weighted by their expected counts (PionDecayAtRest.Timing).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SnsOnCsIWithMagneticMomentAndTime(bool batched)
    {
        var setup = ModelFixtures.SnsOnCsI(ModelFixtures.Moment(1e-9));
        var model = EventModel.Build(setup);
        Assert.True(model.Channels.Sum(c => c.ExpectedParts.Magnetic) > 0.01 * model.TotalExpected);
        var tEdges = ModelFixtures.Edges(3 * Units.KeV, 48 * Units.KeV, 30);
        var expectedT = new double[30];
        for (var c = 0; c < model.Channels.Count; c++)
        {
            var bins = model.BinnedExpected(c, tEdges);
            for (var i = 0; i < 30; i++) expectedT[i] += bins[i].Sum / model.TotalExpected;
        }
        var timeEdges = ModelFixtures.Edges(-2e-6, 16e-6, 36);
        timeEdges[0] = double.NegativeInfinity;
        timeEdges[^1] = double.PositiveInfinity;
        var expectedTime = new double[36];
        foreach (var c in model.Channels)
        {
            var time = setup.Flux.Components.Single(x => x.Name == c.Component).ArrivalTime!;
            for (var i = 0; i < 36; i++)
                expectedTime[i] += c.Expected / model.TotalExpected * (time.Cdf(timeEdges[i + 1]) - time.Cdf(timeEdges[i]));
        }
        var random = RandomStreams.Create(13, 1, 0);
        const int n = 150000;
        var observedT = new double[30];
        var observedTime = new double[36];
        foreach (var ev in ModelFixtures.Draw(model, random, n, batched))
        {
            observedT[ModelFixtures.Bin(tEdges, ev.Recoil)]++;
            observedTime[ModelFixtures.Bin(timeEdges, ev.Time)]++;
        }
        var (chi2, dof, p) = ModelFixtures.ChiSquare(observedT, expectedT, n);
        Assert.True(p > PThreshold, $"T: chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");
        (chi2, dof, p) = ModelFixtures.ChiSquare(observedTime, expectedTime, n);
        Assert.True(p > PThreshold, $"time: chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");
    }

    /// <summary>
    /// The reweighting columns of events drawn in spans belong to their own (E, T): the magnetic column is the channel's
    /// dsigma/dT for mu_eff = 1 mu_B at the event's E and T, recomputed here one point at a time through the catalogue's
    /// cross section, bit for bit (a lane or index mix-up in the batched evaluation would give another event's value); for
    /// electron targets the tensor and scalar columns too (unit couplings of 1 GeV^-2). Covers CEvNS, nu-e on free
    /// electrons with a magnetic moment, and the stepped germanium atom (the free-electron lanes times each cell's count).
    /// </summary>
    [Theory]
    [InlineData("sns-csi")]
    [InlineData("solar-pp-mu")]
    [InlineData("reactor-ge")]
    public void BatchedEventsCarryTheCrossSectionAtTheirOwnEnergyAndRecoil(string name)
    {
        var setup = name switch
        {
            "sns-csi" => ModelFixtures.SnsOnCsI(StateCouplings.StandardModel),
            "solar-pp-mu" => ModelFixtures.SolarOnPc(["pp", "7Be_862"], ModelFixtures.Moment(3e-11), aKeV: 5, bKeV: 400),
            _ => ModelFixtures.ReactorOnGe(),
        };
        var model = EventModel.Build(setup);
        var events = ModelFixtures.Draw(model, RandomStreams.Create(17, 1, 0), 5000, batched: true);
        var unit = new Couplings(MuEff: 1.0, TensorE: Couplings.FromGeV(1.0), ScalarE: Couplings.FromGeV(1.0));
        var distinct = new HashSet<double>();
        foreach (var ev in events)
        {
            var channel = model.Channels[ev.Channel];
            var xs = CrossSectionCatalog.Resolve(channel.Process, channel.TargetSpecies, setup.Physics);
            var one = xs.DifferentialPair(ev.Flavor, Flavor.NuMu, ev.Enu, ev.Recoil, unit, out _);
            Assert.Equal(one.Magnetic, ev.MagneticPerMu2);
            if (channel.Process == ScatteringProcess.NeutrinoElectron)
                Assert.Equal((one.Tensor, one.Scalar), (ev.TensorPerC2, ev.ScalarPerC2));
            distinct.Add(ev.MagneticPerMu2);
        }
        Assert.True(distinct.Count > 4900, "the events' magnetic columns should differ from one another");
    }
}
