using NuMMGen.Fluxes;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>Expected counts of the rate engine against independent calculations written here.</summary>
public class ExpectedCountTests
{
    // Physical constants, docs physics.md 1 (PDG/CODATA), in MeV and cm.
    private const double GF = 1.1663788e-11, Me = 0.51099895, Alpha = 1 / 137.035999, HbarC2 = 197.3269804e-13 * 197.3269804e-13, S2W = 0.23857;

    /// <summary>
    /// 7Be 862 keV as an ideal line on free electrons of pseudocumene, mu = 5e-11: rate = phi x N_e x time x
    /// [P_ee sigma_e + (1 - P_ee) sigma_mu + sigma_mag] with sigma from the closed-form integral of Vogel and Engel,
    /// PRD 39, 3378 (1989) eq. 2 and the magnetic term of seed 2 eq. 3.4 written out here; flux B16-GS98 (Vinyoles
    /// et al. 2017) x 89.56 % branching; P_ee from the flux's state. Tolerance 1e-9 (both are closed forms).
    /// </summary>
    [Fact]
    public void BerylliumLineOnFreeElectronsMatchesVogelEngel()
    {
        var be7 = ModelFixtures.Solar.Component("7Be_862");
        var line = FluxComponent.Line("be7", Flavor.NuE, 0.8618, be7.IntegratedFlux, be7.States);
        var source = new OneComponentSource(line);
        const double mu = 5e-11, a = 0.05;
        var setup = ModelFixtures.SolarOnPc(["be7"], ModelFixtures.Moment(mu)) with { Flux = source, Components = null };
        var model = EventModel.Build(setup);
        var channel = Assert.Single(model.Channels);

        const double e = 0.8618;
        var tmax = 2 * e * e / (Me + 2 * e);
        var pee = line.StateAt(e).Pee;
        double Sigma(double gl, double gr) => 2 * GF * GF * Me / Math.PI * HbarC2 *
            (Prim(gl, gr, e, tmax) - Prim(gl, gr, e, a));
        var sigmaE = Sigma(0.5 + S2W, S2W);
        var sigmaMu = Sigma(-0.5 + S2W, S2W);
        var sigmaMag = Math.PI * Alpha * Alpha / (Me * Me) * mu * mu * (Math.Log(tmax / a) - (tmax - a) / e) * HbarC2;

        // Pseudocumene: 66 electrons per C9H12 of 120.19 g/mol (standard atomic weights); the material's own count
        // from nuclide masses agrees to 1e-4.
        Assert.Equal(66 * 6.02214076e23 / 0.120194, channel.TargetsPerKg, 1e-4 * channel.TargetsPerKg);
        var exposure = setup.TargetMass * setup.Exposure * channel.TargetsPerKg * line.IntegratedFlux;
        Assert.Equal(exposure * (pee * sigmaE + (1 - pee) * sigmaMu), channel.ExpectedParts.Sm, 1e-9 * channel.ExpectedParts.Sm);
        Assert.Equal(exposure * sigmaMag, channel.ExpectedParts.Magnetic, 1e-9 * channel.ExpectedParts.Magnetic);
        Assert.Equal(0.0, channel.ExpectedParts.Tensor);
    }

    /// <summary>
    /// pp continuum on pseudocumene above 50 keV, and SNS delayed nu_e on Cs133 above 3 keV: the engine's count against a
    /// composite Simpson rule in E on 200001 points over the whole spectrum, with the state taken directly from the flux
    /// (not the engine's table) and the library's per-energy totals. Tolerance 1e-5 (the accuracy target).
    /// </summary>
    [Theory]
    [InlineData("solar", "pp")]
    [InlineData("sns", "nue")]
    public void ContinuumMatchesIndependentSimpson(string source, string name)
    {
        var setup = source == "solar"
            ? ModelFixtures.SolarOnPc([name], ModelFixtures.Moment(5e-11))
            : ModelFixtures.SnsOnCsI(ModelFixtures.Moment(1e-9)) with { Components = [name] };
        var model = EventModel.Build(setup);
        foreach (var channel in model.Channels)
        {
            var component = setup.Flux.Component(name);
            IRecoilCrossSection xs = source == "solar"
                ? CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "e", setup.Physics)
                : CrossSectionCatalog.Resolve(ScatteringProcess.Cevns, channel.TargetSpecies, setup.Physics);
            var state = new StateCrossSection(xs, setup.Hypothesis);
            const int n = 200000;
            double lo = component.MinEnergy, hi = component.MaxEnergy, h = (hi - lo) / n;
            var sum = XsecComponents.Zero;
            for (var i = 0; i <= n; i++)
            {
                var e = lo + i * h;
                var phi = component.Spectrum(e);
                if (!(phi > 0) || !(e > 0)) continue;
                var w = (i == 0 || i == n ? 1.0 : i % 2 == 1 ? 4.0 : 2.0) * h / 3;
                sum += (w * phi) * state.Total(component.StateAt(e), e, setup.RecoilMin, setup.RecoilMax);
            }
            var expected = setup.TargetMass * setup.Exposure * channel.TargetsPerKg * sum;
            Assert.Equal(expected.Sm, channel.ExpectedParts.Sm, 1e-5 * expected.Sm);
            Assert.Equal(expected.Magnetic, channel.ExpectedParts.Magnetic, 1e-5 * expected.Magnetic);
        }
    }

    /// <summary>The binned counts over the window add up to the channel's count, and dR/dT integrates to a bin's count.</summary>
    [Fact]
    public void BinnedAndDifferentialAgreeWithTotals()
    {
        var model = EventModel.Build(ModelFixtures.SolarOnPc(["8B"], ModelFixtures.Moment(5e-11)));
        var channel = model.Channels[0];
        var edges = ModelFixtures.Edges(0.05, 2.0, 13);
        var bins = model.BinnedExpected(0, edges);
        var total = bins.Aggregate(XsecComponents.Zero, (x, y) => x + y);
        Assert.Equal(channel.ExpectedParts.Sm, total.Sm, 1e-7 * total.Sm);
        Assert.Equal(channel.ExpectedParts.Magnetic, total.Magnetic, 1e-7 * total.Magnetic);

        // Simpson over the third bin of dR/dT.
        double a = edges[2], b = edges[3], s = 0;
        const int n = 200;
        for (var i = 0; i <= n; i++)
            s += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * model.DifferentialRate(0, a + (b - a) * i / n).Sum;
        Assert.Equal(bins[2].Sum, s * (b - a) / n / 3, 1e-6 * bins[2].Sum);
    }

    /// <summary>Antiderivative of g_L^2 + g_R^2 (1 - T/E)^2 - g_L g_R m_e T/E^2 in T (Vogel and Engel 1989 eq. 2).</summary>
    private static double Prim(double gl, double gr, double e, double t) =>
        gl * gl * t - gr * gr * e / 3 * Math.Pow(1 - t / e, 3) - gl * gr * Me * t * t / (2 * e * e);

    private sealed class OneComponentSource(FluxComponent component) : IFluxSource
    {
        public string Name => "test";
        public string Description => "one component";
        public FluxNormalization Normalization => FluxNormalization.PerSecond;
        public IReadOnlyList<FluxComponent> Components { get; } = [component];
    }
}
