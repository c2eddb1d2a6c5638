using NuMMGen.Fluxes;
using NuMMGen.Generator.Rates;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Targets;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// The state-weight table of a channel (<see cref="StateWeightTable"/>): exact flavour probabilities of the component's
/// state at the grid points, linear between them (recomputed here from the state), the same flavour parts with a magnetic
/// moment as in the Standard Model, and BSM weights that are exactly zero in the Standard Model.
/// </summary>
public class StateWeightTableTests
{
    [Fact]
    public void Flavour_parts_are_the_interpolated_state_with_or_without_bsm_weights()
    {
        // 8B on electrons: the MSW survival probability changes most across this spectrum.
        var component = ModelFixtures.Solar.Component("8B");
        var xs = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "e", new CrossSectionSettings());
        double lo = 1.0, hi = component.MaxEnergy;
        var sm = new StateWeightTable(component, new StateCrossSection(xs, StateCouplings.StandardModel), null, lo, hi);
        var moment = new StateWeightTable(component, new StateCrossSection(xs, ModelFixtures.Moment(3e-11)), null, lo, hi);
        var step = (hi - lo) / (StateWeightTable.GridPoints - 1);
        var random = new System.Random(17);
        var energies = Enumerable.Range(0, 2000).Select(_ => lo + (hi - lo) * random.NextDouble())
            .Concat([lo - 0.5, lo, lo + 10 * step, hi, hi + 1.0, 1e300]); // 1e300: beyond the int range of the grid index
        foreach (var e in energies)
        {
            PartWeights s = sm.At(e), m = moment.At(e);
            Assert.Equal((s.Pe, s.Pmu, s.Ptau), (m.Pe, m.Pmu, m.Ptau));
            Assert.Equal((0.0, 0.0, 0.0), (s.Mu2, s.Tensor2, s.Scalar2));
            Assert.Equal(3e-11 * 3e-11, m.Mu2, 1e-30);
            // Independent: the exact state at the two neighbouring grid points, interpolated linearly (clamped at the ends).
            var x = Math.Clamp((e - lo) / step, 0, StateWeightTable.GridPoints - 1);
            var i = Math.Min((int)x, StateWeightTable.GridPoints - 2);
            double pa = component.StateAt(i == 0 ? lo : lo + i * step).FlavorProbability(0);
            double pb = component.StateAt(i + 1 == StateWeightTable.GridPoints - 1 ? hi : lo + (i + 1) * step).FlavorProbability(0);
            Assert.Equal(pa + (x - i) * (pb - pa), s.Pe, 1e-12);
        }
        // Physics anchor: at 10 MeV the adiabatic MSW conversion is nearly complete, so P_ee approaches its high-energy
        // limit cos^4(th13) sin^2(th12) + sin^4(th13) = 0.9566 x 0.307 + 0.0005 = 0.294 (NuFIT 6.0, physics.md 4.1) from above.
        Assert.InRange(sm.At(10.0).Pe, 0.294, 0.34);
    }

    /// <summary>The interpolation (four and two doubles at a time) is x + f (y - x) element by element, bit for bit as written out here.</summary>
    [Fact]
    public void Interpolation_is_elementwise()
    {
        var random = new System.Random(23);
        for (var k = 0; k < 1000; k++)
        {
            var x = new PartWeights(random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble());
            var y = new PartWeights(random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble());
            var f = random.NextDouble();
            Assert.Equal(new PartWeights(x.Pe + f * (y.Pe - x.Pe), x.Pmu + f * (y.Pmu - x.Pmu), x.Ptau + f * (y.Ptau - x.Ptau),
                x.Mu2 + f * (y.Mu2 - x.Mu2), x.Tensor2 + f * (y.Tensor2 - x.Tensor2), x.Scalar2 + f * (y.Scalar2 - x.Scalar2)),
                Lerp(x, y, f));
        }

        static PartWeights Lerp(in PartWeights a, in PartWeights b, double t)
        {
            PartWeights result = default;
            PartWeights.Lerp(a, b, t, ref result);
            return result;
        }
    }
}
