using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Observables;
using NuMMGen.Detectors.Quenching;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Detectors.Response;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;
using Xunit.Abstractions;

namespace NuMMGen.Detectors.Tests;

/// <summary>
/// The key consistency test of the response (design notes section 3, "sampling consistency"): events sampled
/// with <see cref="DetectorResponse.Sample"/> from a known true spectrum, histogrammed in the observable (detected
/// events only), agree with the matrix-folded expectation of <see cref="DetectorResponse.Fold"/> by a Pearson
/// chi^2 with no free parameter (absolute normalisation, bins with expectation &gt;= 5). Fixed seeds; the test
/// fails if p &lt; 1e-3 (a false alarm once in a thousand seeds).
/// </summary>
public class SamplingVersusFoldingTests(ITestOutputHelper output)
{
    private const double PValueThreshold = 1e-3;

    [Fact]
    public void CsINuclearRecoilsWithConstantQuenchingPoissonPhotostatisticsAndCoherentAcceptance()
    {
        // COHERENT CsI[Na] 2017: QF 0.0878, 13.348 PE/keVee, acceptance a/(1+exp(-k(x-x0))) H at 1-PE bin centres.
        var response = new DetectorResponse(new ConstantQuenching(ConstantQuenching.CoherentCsI2017),
            new PhotoelectronScale(PhotoelectronScale.CoherentCsI2017), new PoissonResolution(), LogisticAcceptance.CoherentCsI2017());
        var spectrum = new ExponentialShape(1 * Units.KeV, 50 * Units.KeV, 10 * Units.KeV);
        Compare("CsI, Poisson PE", response, RecoilKind.Nuclear, spectrum, Edges(0, 70, 70), 400_000, 11);
    }

    [Fact]
    public void CsINuclearRecoilsWithPolynomialQuenchingAndSinglePeChargeSpread()
    {
        // COHERENT 2022 polynomial QF; Poisson PE followed by a Gaussian single-PE charge spread of 40 % (the chain).
        var response = new DetectorResponse(PolynomialQuenching.CoherentCsI2022(),
            new PhotoelectronScale(PhotoelectronScale.CoherentCsI2017), new PoissonResolution(0.4), LogisticAcceptance.CoherentCsI2017());
        var spectrum = new ExponentialShape(1 * Units.KeV, 50 * Units.KeV, 10 * Units.KeV);
        Compare("CsI, Poisson x Gaussian", response, RecoilKind.Nuclear, spectrum, Edges(-2, 100, 102), 400_000, 12);
    }

    [Fact]
    public void GermaniumElectronRecoilsWithFanoResolutionAndThreshold()
    {
        // HPGe: sigma^2 = sigma_0^2 + F eps E (sigma_0 = 0.1 keV, F = 0.11, eps = 2.96 eV), GEMMA threshold 2.8 keV.
        var response = new DetectorResponse(NoQuenching.Instance, KeVeeScale.Instance,
            GaussianResolution.Germanium(0.1 * Units.KeV), new SharpThreshold(2.8));
        var spectrum = new ExponentialShape(1 * Units.KeV, 20 * Units.KeV, 6 * Units.KeV);
        Compare("HPGe, electrons", response, RecoilKind.Electron, spectrum, Edges(0, 25, 100), 300_000, 13);
    }

    [Fact]
    public void GermaniumNuclearRecoilsWithLindhardAndSmoothTabulatedEfficiency()
    {
        // Lindhard quenching (k = 0.157) and a smooth efficiency table (exercises the Gauss-Legendre path).
        var table = DetectorTables.Read(new StringReader("0.0,0\n0.3,0.0\n0.6,0.5\n1.0,0.9\n3.0,0.95\n"), "test-efficiency", 2);
        var response = new DetectorResponse(LindhardQuenching.Germanium(), KeVeeScale.Instance,
            new GaussianResolution(0.08, 0.018, 0.0), TabulatedEfficiency.FromTable(table));
        var spectrum = new ExponentialShape(0.5 * Units.KeV, 15 * Units.KeV, 3 * Units.KeV);
        Compare("Ge, nuclear, tabulated efficiency", response, RecoilKind.Nuclear, spectrum, Edges(-0.5, 4.5, 100), 300_000, 14);
    }

    [Fact]
    public void BorexinoElectronRecoilsInNhWithPhotostatisticResolution()
    {
        // Borexino N_h map (Nature 2018 Fig. 2a) with sigma = sqrt(N_h) and a threshold at N_h = 92 (the table's start).
        var response = new DetectorResponse(NoQuenching.Instance, BorexinoNhScale.Nature2018(),
            new GaussianResolution(0, 1, 0), new SharpThreshold(92));
        var spectrum = new ExponentialShape(0.1, 1.5, 0.4);
        Compare("Borexino N_h", response, RecoilKind.Electron, spectrum, Edges(0, 700, 140), 300_000, 15);
    }

    private void Compare(string label, DetectorResponse response, RecoilKind kind, ExponentialShape spectrum, double[] observedEdges, int events, ulong seed)
    {
        var random = new TestRandom(seed);
        var histogram = new double[observedEdges.Length - 1];
        for (var n = 0; n < events; n++)
        {
            var observation = response.Sample(spectrum.Quantile(random.NextDouble()), kind, random);
            if (!observation.Detected)
                continue;
            var j = Array.BinarySearch(observedEdges, observation.Value);
            j = j >= 0 ? j : ~j - 1;
            if (j >= 0 && j < histogram.Length)
                histogram[j]++;
        }

        // True bins 0.25 of the spectrum's decay length (coarse on purpose: the in-bin shape weighting does the rest).
        var nTrue = (int)Math.Ceiling((spectrum.Max - spectrum.Min) / (0.25 * spectrum.DecayLength));
        var trueEdges = Edges(spectrum.Min, spectrum.Max, nTrue);
        var matrix = response.Fold(trueEdges, kind, observedEdges, spectrum.Density);
        var trueCounts = Enumerable.Range(0, nTrue).Select(i => events * spectrum.Probability(trueEdges[i], trueEdges[i + 1])).ToArray();
        var expected = matrix.Apply(trueCounts);

        var (chi2, ndf, p) = ChiSquare.Test(histogram, expected);
        output.WriteLine($"{label}: {histogram.Sum()} detected of {events} (folded {expected.Sum():F1}), chi2/ndf = {chi2:F1}/{ndf}, p = {p:G3}");
        Assert.True(ndf > 10, $"{label}: too few bins with expectation >= 5 ({ndf})");
        Assert.True(p > PValueThreshold, $"{label}: chi2/ndf = {chi2:F1}/{ndf}, p = {p:G3} below {PValueThreshold}");
        var totalPull = (histogram.Sum() - expected.Sum()) / Math.Sqrt(expected.Sum());
        Assert.True(Math.Abs(totalPull) < 4, $"{label}: detected total off by {totalPull:F1} sigma");
    }

    private static double[] Edges(double low, double high, int bins) =>
        Enumerable.Range(0, bins + 1).Select(i => low + (high - low) * i / bins).ToArray();
}
