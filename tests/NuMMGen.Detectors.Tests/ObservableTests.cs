using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.Observables;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Tests;

public class ObservableTests
{
    [Fact]
    public void BorexinoMapReproducesTablePointsAndIsMonotone()
    {
        // Nature 562, 505 (2018), Fig. 2a source data: N_h 92..950 at 212.185..2628.88 keV.
        var map = BorexinoNhScale.Nature2018();
        Assert.Equal(859, map.TableEnergies.Count);
        Assert.Equal(212.185 * Units.KeV, map.TableEnergies[0], 12);
        Assert.Equal(2628.88 * Units.KeV, map.TableEnergies[^1], 12);
        for (var i = 0; i < map.TableEnergies.Count; i++)
        {
            Assert.Equal(map.TableNh[i], map.Mean(map.TableEnergies[i]), 9);
            Assert.Equal(map.TableEnergies[i], map.ElectronEquivalent(map.TableNh[i]), 12);
        }
        var previous = double.NegativeInfinity;
        for (var e = 0.0; e <= 3.0; e += 0.001)
        {
            var nh = map.Mean(e);
            Assert.True(nh > previous, $"N_h not increasing at {e} MeV");
            Assert.Equal(e, map.ElectronEquivalent(nh), 9);
            previous = nh;
        }
        // ~400 hits per MeV at 1 MeV (physics notes: ~500 p.e./MeV, N_h counts hit PMTs), and the linear
        // extrapolation to zero energy lands near zero hits.
        Assert.InRange(map.Mean(1.0), 404, 405);
        Assert.InRange(map.Mean(0.0), 1.0, 2.5);
    }

    [Fact]
    public void PhotoelectronScaleUsesTheLightYield()
    {
        // coherent_parameters.yaml: 13.348 PE/keVee.
        var scale = new PhotoelectronScale(PhotoelectronScale.CoherentCsI2017);
        Assert.Equal(13.348, scale.Mean(1 * Units.KeV), 12);
        Assert.Equal(1 * Units.KeV, scale.ElectronEquivalent(13.348), 15);
        Assert.Equal(5.0, KeVeeScale.Instance.Mean(5 * Units.KeV), 12);
    }

    [Fact]
    public void PhotostatisticsHaveMeanAndVarianceOfPoisson()
    {
        // Poisson photostatistics: mean = variance = mu; with a single-PE spread w, variance = mu (1 + w^2).
        foreach (var (width, mu) in new[] { (0.0, 7.3), (0.0, 40.0), (0.35, 12.0) })
        {
            var resolution = new PoissonResolution(width);
            var random = new TestRandom(99);
            const int n = 200_000;
            double sum = 0, sum2 = 0;
            for (var i = 0; i < n; i++)
            {
                var x = resolution.Sample(mu, random);
                sum += x;
                sum2 += x * x;
            }
            var mean = sum / n;
            var variance = sum2 / n - mean * mean;
            var expectedVariance = mu * (1 + width * width);
            Assert.InRange(mean, mu - 5 * Math.Sqrt(expectedVariance / n), mu + 5 * Math.Sqrt(expectedVariance / n));
            Assert.InRange(variance / expectedVariance, 0.98, 1.02);

            // The folded distribution has the same moments and unit total.
            var edges = Enumerable.Range(0, 601).Select(i => -20 + 0.25 * i).ToArray();
            var p = new double[edges.Length - 1];
            resolution.Fold(mu, 1.0, SharpThreshold.None, edges, p);
            Assert.Equal(1.0, p.Sum(), 9);
            if (width == 0)
            {
                var foldedMean = Enumerable.Range(0, p.Length).Sum(j => p[j] * edges[j]);
                Assert.Equal(mu, foldedMean, 9);
            }
        }
    }

    [Fact]
    public void GermaniumFanoResolution()
    {
        // sigma^2 = sigma_0^2 + F eps E: sigma_0 = 0.1 keV, F = 0.11, eps = 2.96 eV; at 10 keV
        // sigma = sqrt(0.01 + 0.11 * 2.96e-3 * 10) keV = 0.1152 keV.
        var r = GaussianResolution.Germanium(0.1 * Units.KeV);
        Assert.Equal(Math.Sqrt(0.01 + 0.11 * 2.96e-3 * 10), r.Sigma(10), 12);
    }
}
