using NuMMGen.Fluxes.Reactor;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Fluxes;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;
using Xunit.Abstractions;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// The tabulated cell proposal of the sampler: chi^2 against the rate engine where the proposal is hardest (a pure line
/// with fine recoil cells; a magnetic moment at a low threshold, where 1/T is steep), and the acceptance of every
/// benchmark channel, predicted from the rate engine and measured by counting attempts.
/// </summary>
public class SamplerProposalTests(ITestOutputHelper output)
{
    private const double PThreshold = 1e-3;

    /// <summary>
    /// Lines on pseudocumene, SM and mu = 5e-11: 7Be 862 keV (a narrow thermal line shape, sampled as a continuum in 64
    /// narrow bins) and pep (an ideal line: recoil cells only); T against the channel's binned dR/dT.
    /// </summary>
    [Theory]
    [InlineData("7Be_862", 0.0, 0.68)]
    [InlineData("7Be_862", 5e-11, 0.68)]
    [InlineData("pep", 0.0, 1.25)]
    [InlineData("pep", 5e-11, 1.25)]
    public void LineRecoilSpectrumMatchesRates(string component, double mu, double tTop)
    {
        var model = EventModel.Build(ModelFixtures.SolarOnPc([component], mu > 0 ? ModelFixtures.Moment(mu) : StateCouplings.StandardModel));
        var channel = model.Channels.Single(c => c.Component == component).Index;
        AssertRecoilChiSquare(model, channel, ModelFixtures.Edges(0.05, tTop, 40), 200000, RandomStreams.Create(31, 1, 0));
    }

    /// <summary>pp on pseudocumene with mu = 3e-10 and a 1 keV threshold (the magnetic part dominates at low T): T in
    /// 40 log-spaced bins against the rate engine.</summary>
    [Fact]
    public void MagneticContinuumAtLowThresholdMatchesRates()
    {
        var model = EventModel.Build(ModelFixtures.SolarOnPc(["pp"], ModelFixtures.Moment(3e-10), aKeV: 1, bKeV: 300));
        Assert.True(model.Channels[0].ExpectedParts.Magnetic > 0.3 * model.TotalExpected, "the magnetic part must matter for the test to mean something");
        var edges = Enumerable.Range(0, 41).Select(i => 0.001 * Math.Pow(261.0, i / 40.0)).ToArray();
        AssertRecoilChiSquare(model, 0, edges, 200000, RandomStreams.Create(32, 1, 0));
    }

    /// <summary>
    /// Reactor antineutrinos on germanium atoms in the stepping approximation, where the sampler multiplies the free-electron
    /// factor by each cell's active-electron count: T in 40 log-spaced bins over 1-200 keV (across the L1 edge at 1.41 keV
    /// and the K edge at 11.10 keV, where the count steps from 30 to 32) against the rate engine, which integrates the
    /// bound cross section itself.
    /// </summary>
    [Fact]
    public void SteppedGermaniumRecoilSpectrumMatchesRates()
    {
        var model = EventModel.Build(ModelFixtures.ReactorOnGe());
        var channel = model.Channels.Single(c => c.Component == "U235").Index;
        var edges = Enumerable.Range(0, 41).Select(i => 0.001 * Math.Pow(200.0, i / 40.0)).ToArray();
        AssertRecoilChiSquare(model, channel, edges, 200000, RandomStreams.Create(34, 1, 0));
    }

    /// <summary>
    /// The stepped sampler relies on every proposal cell holding one active-electron count: each Ge cell's multiplicity
    /// equals the count just inside its lower edge and at its upper edge, and some cells carry 30 (below the K edge) and
    /// some 32, so the steps are really sampled.
    /// </summary>
    [Fact]
    public void SteppedCellsHoldTheActiveElectronCountOfTheirInterior()
    {
        var xs = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "Ge", new CrossSectionSettings());
        var component = new ReactorSource(new ReactorOptions { PowerGW = 3, BaselineM = 13.9 }).Component("U235");
        var kernel = new Rates.ChannelKernel(xs, ScatteringProcess.NeutrinoElectron, PhysicalConstants.ElectronMass, true,
            1 * Units.KeV, 200 * Units.KeV, null);
        var lo = Math.Max(component.MinEnergy, kernel.MinEnergy(kernel.RecoilMin));
        var weights = new Rates.StateWeightTable(component, new StateCrossSection(xs, StateCouplings.StandardModel), null, lo, component.MaxEnergy);
        var proposal = new Sampling.CellProposal(kernel, component, weights, 1.0);
        Assert.NotEmpty(proposal.Cells);
        foreach (var cell in proposal.Cells)
        {
            Assert.Equal(kernel.Multiplicity(Math.BitIncrement(cell.TLo)), cell.Multiplicity);
            Assert.Equal(kernel.Multiplicity(cell.TLo + cell.TWidth), cell.Multiplicity);
        }
        Assert.Contains(proposal.Cells, c => c.Multiplicity == 30);
        Assert.Contains(proposal.Cells, c => c.Multiplicity == 32);
    }

    /// <summary>
    /// Every benchmark channel: the predicted acceptance (rate engine over proposal integral) is above 0.5, and the
    /// measured one (events over attempts) agrees with it within 5 standard deviations of the geometric count, which also
    /// checks that the sampled density has the rate engine's normalisation.
    /// </summary>
    [Theory]
    [InlineData("7Be-e")]
    [InlineData("7Be-e-mu")]
    [InlineData("pp-e")]
    [InlineData("8B-e")]
    [InlineData("sns-prompt-Cs133")]
    [InlineData("sns-delayed-I127")]
    [InlineData("reactor-Ge-stepping")]
    public void AcceptanceIsHighAndAsPredicted(string name)
    {
        var (setup, component, species) = name switch
        {
            "7Be-e" => (ModelFixtures.SolarOnPc(["7Be_862"], StateCouplings.StandardModel), "7Be_862", "e"),
            "7Be-e-mu" => (ModelFixtures.SolarOnPc(["7Be_862"], ModelFixtures.Moment(5e-11)), "7Be_862", "e"),
            "pp-e" => (ModelFixtures.SolarOnPc(["pp"], StateCouplings.StandardModel), "pp", "e"),
            "8B-e" => (ModelFixtures.SolarOnPc(["8B"], StateCouplings.StandardModel), "8B", "e"),
            "sns-prompt-Cs133" => (ModelFixtures.SnsOnCsI(StateCouplings.StandardModel), "numu", "Cs133"),
            "sns-delayed-I127" => (ModelFixtures.SnsOnCsI(StateCouplings.StandardModel), "nue", "I127"),
            _ => (ModelFixtures.ReactorOnGe(), "U235", "Ge"),
        };
        var model = EventModel.Build(setup);
        var channel = model.Channels.Single(c => c.Component == component && c.TargetSpecies == species).Index;
        var predicted = model.Acceptance(channel);
        Assert.True(predicted > 0.5, $"{name}: predicted acceptance {predicted:F3}");

        var random = RandomStreams.Create(33, 1, 0);
        const int n = 100000;
        long attempts = 0;
        for (var k = 0; k < n; k++)
        {
            model.Sample(channel, random, out var a);
            attempts += a;
        }
        var mean = (double)attempts / n;
        output.WriteLine($"{name}: acceptance predicted {predicted:F4}, measured {1 / mean:F4}");
        var sigma = Math.Sqrt((1 - predicted) / n) / predicted;
        Assert.True(Math.Abs(mean - 1 / predicted) < 5 * sigma,
            $"{name}: {mean:F5} attempts per event, predicted {1 / predicted:F5} +- {sigma:F5}");
    }

    private static void AssertRecoilChiSquare(EventModel model, int channel, double[] edges, int n, RandomStream random)
    {
        var bins = model.BinnedExpected(channel, edges);
        var total = model.Channels[channel].Expected;
        var expected = bins.Select(b => b.Sum / total).ToArray();
        Assert.True(Math.Abs(expected.Sum() - 1) < 1e-6, $"the edges must cover the window (sum {expected.Sum():F8})");
        var observed = new double[edges.Length - 1];
        foreach (var ev in ModelFixtures.Draw(model, random, n, batched: true, channel))
            observed[ModelFixtures.Bin(edges, ev.Recoil)]++;
        var (chi2, dof, p) = ModelFixtures.ChiSquare(observed, expected, n);
        Assert.True(p > PThreshold, $"T: chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");
    }
}
