using NuMMGen.Detectors.Backgrounds;
using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.Observables;
using NuMMGen.Detectors.Quenching;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Detectors.Response;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;
using Xunit.Abstractions;

namespace NuMMGen.Detectors.Tests;

public class BackgroundTests(ITestOutputHelper output)
{
    public static TheoryData<string> ShapeNames => ["14C", "85Kr", "210Bi", "210Po", "11C", "external"];

    private static ISpectralShape Shape(string name) => name switch
    {
        "14C" => RadioactiveShapes.Carbon14(),
        "85Kr" => RadioactiveShapes.Krypton85(),
        "210Bi" => RadioactiveShapes.Bismuth210(),
        "210Po" => RadioactiveShapes.Polonium210(0.42, 0.03),
        "11C" => RadioactiveShapes.Carbon11(),
        _ => RadioactiveShapes.ExternalGammas(1.0, 2.7, 0.3),
    };

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void ShapesAreNormalisedAndInvertible(string name)
    {
        var shape = Shape(name);
        const int n = 20_000;
        var h = (shape.Max - shape.Min) / n;
        var integral = 0.0;
        for (var i = 0; i < n; i++)
            integral += shape.Density(shape.Min + (i + 0.5) * h) * h;
        Assert.Equal(1.0, integral, 3);
        Assert.Equal(1.0, shape.Cdf(shape.Max), 12);
        Assert.Equal(0.0, shape.Cdf(shape.Min), 12);
        foreach (var u in new[] { 0.01, 0.3, 0.5, 0.9, 0.999 })
            Assert.Equal(u, shape.Cdf(shape.Quantile(u)), 9);
    }

    [Theory]
    // Mean beta energies from ENSDF / NNDC (keV): 14C 49.47, 85Kr 251.4; 11C mean positron energy 385.7 keV, here
    // shifted by 2 m_e. ENSDF computes them (program LOGFT) with the allowed or unique shape, which is what these
    // shapes are (allowed 14C and 11C, 85Kr unique with lambda_2 = 1): they must agree to 3 %. For 210Bi (first-
    // forbidden non-unique) ENSDF's 389.0 keV is the allowed-shape value: the allowed spectrum at Z = 84 checks
    // the Fermi function where it matters most.
    [InlineData("14C", 49.47, 0)]
    [InlineData("85Kr", 251.4, 0)]
    [InlineData("11C", 385.7, 1021.998)]
    [InlineData("210Bi-allowed", 389.0, 0)]
    public void BetaMeansMatchEnsdf(string name, double meanKeV, double offsetKeV)
    {
        var shape = name == "210Bi-allowed" ? BetaSpectrum.Create(1.162, 84, 210) : Shape(name);
        var kinetic = Mean(shape) / Units.KeV - offsetKeV;
        output.WriteLine($"{name}: mean kinetic energy {kinetic:F1} keV (ENSDF {meanKeV})");
        Assert.InRange(kinetic / meanKeV, 0.97, 1.03);
    }

    [Fact]
    public void BismuthForbiddenShapeAgreesWithTheOlderMeasurement()
    {
        // Alekseev et al. 2020 (used) vs Daniel 1962 (DECAY0): two measured shape factors, means within 4 %,
        // both well below the allowed 389 keV.
        var alekseev = Mean(RadioactiveShapes.Bismuth210()) / Units.KeV;
        var daniel = Mean(BetaSpectrum.Create(1.162, 84, 210, shapeFactor: w => 1 + 28.466 / w + 0.578 * w - 0.658 * w * w)) / Units.KeV;
        output.WriteLine($"210Bi mean: Alekseev {alekseev:F1} keV, Daniel {daniel:F1} keV");
        Assert.InRange(alekseev / daniel, 0.96, 1.04);
        Assert.InRange(alekseev, 300, 340);
    }

    private static double Mean(ISpectralShape shape)
    {
        const int n = 20_000;
        var h = (shape.Max - shape.Min) / n;
        var mean = 0.0;
        for (var i = 0; i < n; i++)
        {
            var x = shape.Min + (i + 0.5) * h;
            mean += x * shape.Density(x) * h;
        }
        return mean;
    }

    [Fact]
    public void Carbon11VisibleRangeIsShiftedByAnnihilation()
    {
        var shape = RadioactiveShapes.Carbon11();
        Assert.Equal(1.022, shape.Min, 3);
        Assert.Equal(1.982, shape.Max, 3);
    }

    [Fact]
    public void SteadyStateTotalsMatchTheRelease()
    {
        // README of the data release copy: coincidence beam-on 1207, anticoincidence beam-on 1032 counts.
        var ac = CoherentSteadyStateBackground.Load();
        var c = CoherentSteadyStateBackground.Load("coincidence_beamOn");
        Assert.Equal(1032, ac.Total);
        Assert.Equal(1207, c.Total);
        Assert.Equal(507, CoherentSteadyStateBackground.Load("anticoincidence_beamOff").Total);
        var release = new Exposure(14.57 * Units.Kg, CoherentSteadyStateBackground.ReleaseLiveTime, 7.47594);
        Assert.Equal(1032, ac.ExpectedTotal(release), 9);
        Assert.Equal(2064, ac.ExpectedTotal(release with { LiveTime = 2 * release.LiveTime }), 9);
        var sum = 0.0;
        for (var i = 0; i < 25; i++)
        {
            for (var j = 0; j < 24; j++)
                sum += ac.Counts(i, j);
        }
        Assert.Equal(1032, sum);
        Assert.Equal(1032, ac.ExpectedCount(0, 50, release), 9);
        Assert.Equal(1.0, ac.ArrivalTime!.Cdf(12 * Units.Us), 12);
        Assert.Throws<IO.DetectorInputException>(() => CoherentSteadyStateBackground.Load("nonsense"));
    }

    [Fact]
    public void PromptNeutronsForTheReleaseExposure()
    {
        // promptPDF.txt: sum of bins = 3.99529267098 neutrons/GWh; x 7.47594 GWh = 29.8686 before acceptance;
        // 25 % normalisation uncertainty; timing from arrivalTimePDF_promptNeutrons.txt (93.3 % below 1 us).
        var neutrons = CoherentPromptNeutronBackground.Load();
        var release = new Exposure(14.57 * Units.Kg, 308.1 * Units.Day, CoherentPromptNeutronBackground.ReleaseExposureGWh);
        Assert.Equal(3.99529267098, neutrons.PerGWh, 9);
        Assert.Equal(29.868568290686223, neutrons.ExpectedTotal(release), 9);
        Assert.Equal(0.25, neutrons.NormalisationUncertainty);
        Assert.Equal(0.5526297688 * 7.47594, neutrons.ExpectedCount(0, 1, release), 9);
        var time = neutrons.ArrivalTime!;
        Assert.Equal(0.09334575280646766 + 0.8683300918723158, time.Cdf(1.0 * Units.Us), 12);
        Assert.Equal(1.0, new CoincidenceWindow(0, 12 * Units.Us).AcceptedFraction(time), 12);

        // With the COHERENT acceptance each 1-PE bin is scaled by f(bin centre): bins below 5 PE vanish.
        var accepted = CoherentPromptNeutronBackground.Load(LogisticAcceptance.CoherentCsI2017());
        Assert.Equal(0.0, accepted.ExpectedCount(0, 5, release), 12);
        Assert.Equal(0.1870733798 * 7.47594 * 0.02207470451297184, accepted.ExpectedCount(5, 6, release), 9);
        Assert.InRange(accepted.ExpectedTotal(release), 7, 10);
        output.WriteLine($"prompt neutrons after acceptance, release exposure: {accepted.ExpectedTotal(release):F2}");
    }

    [Fact]
    public void ArrivalTimeSamplingFollowsThePdf()
    {
        // Inverse-CDF sampling of the prompt-neutrino PDF, chi^2 in the 24 released bins, p > 1e-3.
        var pdf = ArrivalTimePdf.CoherentPromptNeutrinos();
        var random = new TestRandom(5);
        const int n = 100_000;
        var counts = new double[24];
        for (var i = 0; i < n; i++)
            counts[(int)(pdf.Sample(random) / (0.5 * Units.Us))]++;
        var expected = Enumerable.Range(0, 24).Select(j => n * pdf.BinProbability(j)).ToArray();
        var (chi2, ndf, p) = ChiSquare.Test(counts, expected);
        output.WriteLine($"prompt-neutrino arrival times: chi2/ndf = {chi2:F1}/{ndf}, p = {p:G3}");
        Assert.True(p > 1e-3);
        Assert.Equal(0.0, counts.Skip(3).Sum());
    }

    [Fact]
    public void FlatGermaniumBackground()
    {
        // 1 count/(kg keV day) (TEXONO level) x 1 kg x 10 days x [12, 22) keV = 100 counts; 1 keV window = 10.
        var flat = ShapedBackground.Flat("Ge flat", 1.0, 0, 50);
        var exposure = new Exposure(1 * Units.Kg, 10 * Units.Day);
        Assert.Equal(500, flat.ExpectedTotal(exposure), 9);
        Assert.Equal(100, flat.ExpectedCount(12, 22, exposure), 9);
        Assert.Equal(10, flat.ExpectedCount(3, 4, exposure), 9);
    }

    [Fact]
    public void UserShapeFromFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-shape-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "# keVee, density\n0, 1\n10, 1\n20, 0\n");
        try
        {
            var bg = ShapedBackground.FromFile("user", "keVee", path, Exposure.PerKgDay(3.0));
            var exposure = new Exposure(2 * Units.Kg, 1 * Units.Day);
            Assert.Equal(6.0, bg.ExpectedTotal(exposure), 9);
            Assert.Equal(6.0 * 10.0 / 15.0, bg.ExpectedCount(0, 10, exposure), 9);
            File.WriteAllText(path, "0, 1\n10, -1\n");
            Assert.Contains("line 2", Assert.Throws<IO.DetectorInputException>(() => ShapedBackground.FromFile("user", "keVee", path, 1)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BismuthFoldedThroughTheBorexinoResponse()
    {
        // 210Bi at 17.5 cpd/100t through the N_h map with sqrt(N_h) resolution, no efficiency: nearly all decays land
        // in 0-700 N_h, and the folded total for 100 t x 1 day is 17.5 x detected fraction.
        var response = new DetectorResponse(NoQuenching.Instance, BorexinoNhScale.Nature2018(), new GaussianResolution(0, 1, 0), SharpThreshold.None);
        var edges = Enumerable.Range(0, 141).Select(i => 5.0 * i).ToList();
        var bi = new FoldedBackground("210Bi", RadioactiveShapes.Bismuth210(), Exposure.PerDayPer100Tonnes(17.5), response, RecoilKind.Electron, edges);
        Assert.InRange(bi.DetectedFraction, 0.999, 1.0 + 1e-9);
        var exposure = new Exposure(100 * Units.Tonne, 1 * Units.Day);
        Assert.Equal(17.5 * bi.DetectedFraction, bi.ExpectedTotal(exposure), 9);
        Assert.Equal("Nh", bi.ObservedUnit);
        Assert.Equal(1.0, bi.Shape.Cdf(700), 12);
    }
}
