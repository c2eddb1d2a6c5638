using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Detectors.Response;
using NuMMGen.Physics;

namespace NuMMGen.Detectors.Tests;

public sealed class EfficiencyAndInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-det-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Theory]
    // coherent_parameters.yaml: f(x) = a/(1+exp(-k(x-x0))) H(x-5), a = 0.6655, k = 0.4942, x0 = 10.8507, evaluated
    // at 1-PE bin centres (0.5, 1.5, ...); H = 0 below 5, 1/2 on [5, 6), 1 from 6. Values computed by hand.
    [InlineData(4.5, 0.0)]
    [InlineData(5.5, 0.02207470451297184)]
    [InlineData(10.5, 0.3039865252279225)]
    public void CoherentAcceptanceAtBinCentres(double centre, double expected)
    {
        var acceptance = LogisticAcceptance.CoherentCsI2017();
        Assert.Equal(expected, acceptance.Evaluate(centre), 12);
        // Any value inside the 1-PE bin gets the bin-centre value; a PE count n sits in bin [n, n+1).
        Assert.Equal(expected, acceptance.Evaluate(centre - 0.5), 12);
        Assert.Equal(expected, acceptance.Evaluate(centre + 0.49), 12);
    }

    [Fact]
    public void CoherentAcceptanceAtEveryCountIsTheFormulaAtItsBinCentre()
    {
        // Recomputed here for counts inside and beyond the tabulated ones (the table stops at 256 PE).
        var acceptance = LogisticAcceptance.CoherentCsI2017();
        for (var n = 0; n < 400; n++)
        {
            var x = n + 0.5;
            var step = x < 5 ? 0.0 : x < 6 ? 0.5 : 1.0;
            var expected = step * 0.6655 / (1 + Math.Exp(-0.4942 * (x - 10.8507)));
            Assert.Equal(expected, acceptance.Evaluate(n + 0.25), 15);
        }
        Assert.Equal(0.0, acceptance.Evaluate(-0.5));
    }

    [Fact]
    public void CoherentAcceptanceApproachesItsPlateau()
    {
        var acceptance = LogisticAcceptance.CoherentCsI2017();
        Assert.Equal(0.6655, acceptance.Evaluate(60), 4);
        Assert.Equal(0.0, acceptance.Evaluate(4.99));
    }

    [Fact]
    public void TabulatedEfficiencyInterpolatesLinearly()
    {
        var path = Write("eff.csv", "# energy [keVee], efficiency\nx,eff\n1.0, 0.0\n2.0, 0.5\n4.0, 1.0\n");
        var eff = TabulatedEfficiency.FromFile(path);
        Assert.Equal(0.0, eff.Evaluate(0.5));
        Assert.Equal(0.25, eff.Evaluate(1.5), 12);
        Assert.Equal(0.75, eff.Evaluate(3.0), 12);
        Assert.Equal(1.0, eff.Evaluate(10));
    }

    [Fact]
    public void EfficiencyAboveOneInAFileNamesFileAndLine()
    {
        var path = Write("bad.csv", "x,eff\n1.0, 0.5\n2.0, 1.2\n");
        var e = Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.IsAssignableFrom<InputException>(e);
    }

    [Fact]
    public void MalformedCsvNamesFileAndLine()
    {
        var path = Write("malformed.csv", "1.0, 0.5\n2.0; abc\n");
        var e = Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("line 2", e.Message);
        var shortRow = Write("short.csv", "1.0, 0.5\n2.0\n");
        Assert.Contains("line 2", Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(shortRow)).Message);
        var missing = Path.Combine(_dir, "missing.csv");
        Assert.Contains(missing, Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(missing)).Message);
        var badFirst = Write("badfirst.csv", "1.0, abc\n2.0, 0.5\n");
        Assert.Contains("line 1", Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(badFirst)).Message);
        var unordered = Write("unordered.csv", "2.0, 0.5\n1.0, 0.6\n");
        Assert.Contains("line 2", Assert.Throws<DetectorInputException>(() => TabulatedEfficiency.FromFile(unordered)).Message);
    }

    [Fact]
    public void NegativeResolutionTermsAreRejectedByName()
    {
        Assert.Contains("noise term a", Assert.Throws<DetectorInputException>(() => new GaussianResolution(-0.1, 0, 0)).Message);
        Assert.Contains("stochastic term b", Assert.Throws<DetectorInputException>(() => new GaussianResolution(0, -1, 0)).Message);
        Assert.Contains("Fano factor", Assert.Throws<DetectorInputException>(() => GaussianResolution.Germanium(1e-4, fano: -0.1)).Message);
        Assert.Throws<DetectorInputException>(() => new PoissonResolution(-0.2));
        Assert.Throws<DetectorInputException>(() => new SharpThreshold(5, 2));
    }

    [Fact]
    public void FoldedRowsConserveProbability()
    {
        // With efficiency 1 and observed bins covering the whole distribution, every row sums to 1.
        var response = new DetectorResponse(Quenching.NoQuenching.Instance, Observables.KeVeeScale.Instance,
            new GaussianResolution(0.2, 0.05, 0.01), SharpThreshold.None);
        var trueEdges = Enumerable.Range(0, 21).Select(i => 0.001 + 0.001 * i).ToArray();
        var observed = Enumerable.Range(0, 401).Select(i => -10.0 + 0.1 * i).ToArray();
        var matrix = response.Fold(trueEdges, Physics.CrossSections.RecoilKind.Electron, observed);
        for (var i = 0; i < matrix.TrueBins; i++)
            Assert.Equal(1.0, matrix.DetectionProbability(i), 12);
        Assert.Throws<DetectorInputException>(() => response.Fold([1.0, 0.5], Physics.CrossSections.RecoilKind.Electron, observed));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
