using NuMMGen.Fluxes.Solar;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests;

public class SolarTests
{
    private static readonly SolarSource Gs98 = new();

    [Theory]
    // B16 fluxes, cm^-2 s^-1 (Vinyoles et al., ApJ 835, 202 (2017); docs physics.md 4.1 table).
    [InlineData("B16-GS98", "pp", 5.98e10, 0.006)]
    [InlineData("B16-GS98", "pep", 1.44e8, 0.01)]
    [InlineData("B16-GS98", "hep", 7.98e3, 0.30)]
    [InlineData("B16-GS98", "8B", 5.46e6, 0.12)]
    [InlineData("B16-GS98", "13N", 2.78e8, 0.15)]
    [InlineData("B16-GS98", "15O", 2.05e8, 0.17)]
    [InlineData("B16-GS98", "17F", 5.28e6, 0.20)]
    [InlineData("B16-AGSS09met", "pp", 6.03e10, 0.005)]
    [InlineData("B16-AGSS09met", "8B", 4.50e6, 0.12)]
    [InlineData("B16-AGSS09met", "15O", 1.44e8, 0.16)]
    public void IntegratedFluxesEqualB16Table(string model, string component, double flux, double error)
    {
        var source = model == "B16-GS98" ? Gs98 : new SolarSource(new SolarOptions { Model = model });
        var c = source.Component(component);
        Assert.Equal(flux, c.IntegratedFlux, flux * 1e-9);
        Assert.Equal(error, c.RelativeUncertainty, 1e-9);
    }

    [Fact]
    public void Be7LinesSplitTheB16FluxWithTheirBranchings()
    {
        // B16-GS98 7Be = 4.93e9 cm^-2 s^-1; lines 861.8 keV (89.56 %) and 384.3 keV (10.44 %) (physics.md 4.1).
        var high = Gs98.Component("7Be_862");
        var low = Gs98.Component("7Be_384");
        Assert.Equal(4.93e9, high.IntegratedFlux + low.IntegratedFlux, 1.0);
        Assert.Equal(0.8956, high.IntegratedFlux / 4.93e9, 1e-12);
        Assert.Equal(ComponentKind.Line, high.Kind);
        Assert.Equal(0.8618, high.LineEnergy, 1e-9);
        Assert.Equal(0.3843, low.LineEnergy, 1e-9);
        // The thermal line shapes (Bahcall PRD 49, 3923) are centred within ~1 keV of the nominal lines.
        Assert.Equal(0.8618, high.MeanEnergy, 1.5e-3);
        Assert.Equal(0.3843, low.MeanEnergy, 1.5e-3);
        Assert.Equal(1.442, Gs98.Component("pep").LineEnergy, 1e-9);
    }

    [Theory]
    [InlineData("pp", 0.42341, 0.2668)]
    [InlineData("8B", 16.0, 6.7)]
    [InlineData("13N", 1.199, 0.7063)]
    [InlineData("15O", 1.732, 0.9964)]
    public void SpectraAreNormalisedWithTheKnownEndPointsAndMeans(string name, double endPoint, double mean)
    {
        // End points and mean energies: Bahcall, Neutrino Astrophysics (1989) Table 6.2 / Bahcall web
        // tables (pp 0.420 MeV end point, <E> = 0.2668 MeV; 13N 1.199 MeV, <E> 0.7063; 15O 1.732 MeV,
        // <E> 0.9964); 8B <E> ~ 6.7 MeV (Winter et al. 2006 has tail to ~16 MeV).
        var c = Gs98.Component(name);
        var integral = 0.0;
        const int n = 200000;
        var h = (c.MaxEnergy - c.MinEnergy) / n;
        for (var i = 0; i < n; i++)
        {
            integral += c.Spectrum(c.MinEnergy + (i + 0.5) * h) * h;
        }
        Assert.Equal(1.0, integral / c.IntegratedFlux, 1e-4);
        Assert.True(c.MaxEnergy <= endPoint + 1e-3 * Units.MeV, $"{name} ends at {c.MaxEnergy}");
        Assert.Equal(mean, c.MeanEnergy, name == "8B" ? 0.1 : 2e-3);
    }

    [Theory]
    // Borexino, Nature 562, 505 (2018), Fig. 4 / text: P_ee(pp) = 0.57 +- 0.09, P_ee(7Be, 0.862 MeV) =
    // 0.53 +- 0.05, P_ee(pep, 1.44 MeV) = 0.43 +- 0.11, P_ee(8B, 8.1 MeV) = 0.37 +- 0.08 (HZ-SSM).
    [InlineData("pp", 0.267, 0.57, 0.09)]
    [InlineData("7Be_862", 0.8618, 0.53, 0.05)]
    [InlineData("pep", 1.442, 0.43, 0.11)]
    [InlineData("8B", 8.1, 0.37, 0.08)]
    public void SurvivalProbabilityAgreesWithBorexino(string component, double enu, double measured, double error)
    {
        var pee = Gs98.Component(component).StateAt(enu).Pee;
        Assert.InRange(pee, measured - error, measured + error);
    }

    [Fact]
    public void LowEnergyLimitIsVacuumAveragedAndHighEnergyIsAdiabatic()
    {
        // Vacuum-averaged limit sum_k |U_ek|^4 = 0.553 (NuFIT 6.0) at E -> 0; at 15 MeV the 8B state is
        // close to the adiabatic limit P_ee ~ sin^2 th12 c13^4 + s13^4 = 0.295 (plus O(Dm21^2/A) ~ 0.03).
        var pp = Gs98.Component("pp").StateAt(0.01);
        var u = Gs98.Mixing;
        var vac = Enumerable.Range(0, 3).Sum(k => Math.Pow(u.Probability(0, k), 2));
        Assert.Equal(vac, pp.Pee, 2e-3);
        var b8 = Gs98.Component("8B").StateAt(15.0);
        Assert.InRange(b8.Pee, 0.295, 0.34);
        Assert.True(b8.MassStateProbability(1) > 0.85);
    }
}
