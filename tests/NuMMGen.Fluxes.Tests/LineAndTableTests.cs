using NuMMGen.Fluxes.Line;
using NuMMGen.Fluxes.Tabulated;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests;

public class LineAndTableTests
{
    [Fact]
    public void Chromium51LinesAndBranchings()
    {
        // 51Cr: 746.9 keV 81.6 %, 751.9 keV 8.5 %, 426.4 keV 9.0 %, 431.4 keV 0.9 % (issue 3; ENSDF).
        var src = new LineSource(new LineSourceOptions { Preset = "Cr51", ActivityBq = 1e17, DistanceM = 2.0 });
        var geometry = 1e17 / (4 * Math.PI * 200.0 * 200.0);
        (string Name, double E, double I)[] expected = [("746.9keV", 0.7469, 0.816), ("751.9keV", 0.7519, 0.085), ("426.4keV", 0.4264, 0.090), ("431.4keV", 0.4314, 0.009)];
        foreach (var (name, e, i) in expected)
        {
            var c = src.Component(name);
            Assert.Equal(e, c.LineEnergy / Units.MeV, 1e-12);
            Assert.Equal(i * geometry, c.IntegratedFlux, 1e-9 * geometry);
            Assert.Equal(e, c.SampleEnergy(0.3), 1e-12);
        }
        Assert.Equal(1.0, src.Components.Sum(c => c.IntegratedFlux) / geometry, 1e-12);
        // At 2 m the theta13 oscillation has barely started: 1 - P_ee = sin^2(2 th13) sin^2(1.267 Dm31^2 L/E) ~ 6e-6.
        Assert.Equal(1.0, src.Components[0].StateAt(0.7469).Pee, 1e-4);
    }

    [Fact]
    public void TableIsNormalisedAndKeepsFlavourComposition()
    {
        var rows = new[] { new[] { 0.0, 0.0 }, [1.0, 2.0], [2.0, 0.0] };
        var src = new TabulatedSource(new TabulatedSourceOptions { File = "mem.csv", IntegratedFlux = 1e6, FlavorFractions = new() { E = 0.5, Mu = 0.5 } }, rows);
        var c = src.Components[0];
        Assert.Equal(1e6, c.IntegratedFlux);
        Assert.Equal(1e6, c.Spectrum(1.0), 1e-6); // triangle of unit area peaks at 1 per MeV
        Assert.Equal(1.0, c.SampleEnergy(0.5), 1e-12);
        var f = c.StateAt(1.0).FlavorProbabilities();
        Assert.Equal(0.5, f.E, 1e-12);
        Assert.Equal(0.5, f.Mu, 1e-12);
    }

    [Fact]
    public void MalformedCsvNamesTheFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-flux-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "# E, flux\n1.0, 2.0\n2.0, abc\n");
        try
        {
            var ex = Assert.Throws<FluxConfigException>(() => new TabulatedSource(new TabulatedSourceOptions { File = path }));
            Assert.Contains(path, ex.Message);
            Assert.Contains("line 3", ex.Message);
            File.WriteAllText(path, "2.0, 1.0\n1.0, 1.0\n");
            ex = Assert.Throws<FluxConfigException>(() => new TabulatedSource(new TabulatedSourceOptions { File = path }));
            Assert.Contains("increasing", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
