using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen xsec</c> as a user runs it: the JSON contract, the table, and exit code 2 with a message
/// naming the option for every kind of bad input. Physics values are checked against formulas written
/// out here independently (Vogel &amp; Engel PRD 39, 3378 (1989); seed 2 eq. 3.4).
/// </summary>
public class XsecCommandTests
{
    // PDG/CODATA inputs (docs physics.md section 1), restated so the check is independent of src/.
    private const double GF = 1.1663788e-11;          // MeV^-2
    private const double Me = 0.51099895;             // MeV
    private const double HbarC2 = 3.893793721e-22;    // MeV^2 cm^2 ((197.3269804e-13 MeV cm)^2)
    private const double ReCm = 2.8179403262e-13;     // classical electron radius (CODATA 2018), cm

    private static JsonElement Json(params string[] args)
    {
        var r = CliRunner.Run([.. args, "--json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement;
    }

    [Fact]
    public void NueOnFreeElectronMatchesVogelEngel()
    {
        const double e = 1.0, t = 0.1, s2w = 0.23857;
        var j = Json("xsec", "--process", "nue", "--target", "e", "--flavor", "nue", "--enu", "1", "--recoil-kev", "100");
        double gl = 0.5 + s2w, gr = s2w;
        var dsdt = 2 * GF * GF * Me / Math.PI * (gl * gl + gr * gr * (1 - t / e) * (1 - t / e) - gl * gr * Me * t / (e * e)) * HbarC2 * 1e-3;
        var tMax = 2 * e * e / (Me + 2 * e);
        var total = 2 * GF * GF * Me / Math.PI * (gl * gl * tMax + gr * gr * e / 3 * (1 - Math.Pow(1 - tMax / e, 3)) - gl * gr * Me * tMax * tMax / (2 * e * e)) * HbarC2;

        Assert.Equal("nue", j.GetProperty("process").GetString());
        Assert.Equal("e", j.GetProperty("target").GetString());
        Assert.Equal("nue", j.GetProperty("flavor").GetString());
        Assert.Equal(1.0, j.GetProperty("enuMeV").GetDouble());
        Assert.Equal(tMax * 1e3, j.GetProperty("tMaxKeV").GetDouble(), 1e-9);
        Assert.Equal(dsdt, j.GetProperty("dsigmaDtCm2PerKeV").GetProperty("sm").GetDouble(), dsdt * 1e-9);
        Assert.Equal(total, j.GetProperty("totalCm2").GetProperty("sm").GetDouble(), total * 1e-7);
        Assert.Equal(0.0, j.GetProperty("totalCm2").GetProperty("magnetic").GetDouble());
        Assert.Equal(total, j.GetProperty("totalCm2").GetProperty("sum").GetDouble(), total * 1e-7);
    }

    [Fact]
    public void MagneticPartIsPiReSquaredTimesShape()
    {
        // Seed 2 eq. (3.4) with mu in Bohr magnetons: (pi alpha^2/m_e^2) mu^2 (1/T - 1/E), pi alpha^2/m_e^2 = pi r_e^2.
        var j = Json("xsec", "--process", "nue", "--target", "e", "--flavor", "numu", "--enu", "0.862", "--recoil-kev", "50", "--mu", "1e-10");
        var expected = Math.PI * ReCm * ReCm * 1e-20 * (1 / 0.05 - 1 / 0.862) * 1e-3;
        Assert.Equal(expected, j.GetProperty("dsigmaDtCm2PerKeV").GetProperty("magnetic").GetDouble(), expected * 1e-6);
        // The magnetic total on a free electron diverges without a lower recoil bound: null, with a note.
        Assert.Equal(JsonValueKind.Null, j.GetProperty("totalCm2").GetProperty("magnetic").ValueKind);
        Assert.Equal(JsonValueKind.Null, j.GetProperty("totalCm2").GetProperty("sum").ValueKind);
        Assert.Contains("--tmin-kev", j.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void MagneticTotalWithALowerBoundIsTheAnalyticIntegral()
    {
        const double e = 2.0, tMin = 0.001;
        var j = Json("xsec", "--process", "nue", "--target", "e", "--flavor", "nuebar", "--enu", "2", "--mu", "3e-11", "--tmin-kev", "1");
        var tMax = 2 * e * e / (Me + 2 * e);
        var expected = Math.PI * ReCm * ReCm * 9e-22 * (Math.Log(tMax / tMin) - (tMax - tMin) / e);
        Assert.Equal(expected, j.GetProperty("totalCm2").GetProperty("magnetic").GetDouble(), expected * 1e-7);
    }

    [Fact]
    public void CevnsOnCesiumReportsNuclearKinematics()
    {
        // T_max = 2E^2/(M + 2E), M = m(133Cs) - 55 m_e with m(133Cs) = 132.905451961 u (AME2020).
        var j = Json("xsec", "--process", "cevns", "--target", "Cs133", "--flavor", "numu", "--enu", "29.79", "--recoil-kev", "5");
        var m = 132.905451961 * 931.49410242 - 55 * Me;
        var tMax = 2 * 29.79 * 29.79 / (m + 2 * 29.79);
        Assert.Equal(tMax * 1e3, j.GetProperty("tMaxKeV").GetDouble(), tMax * 1e3 * 1e-5);
        Assert.Equal("nucleus", j.GetProperty("per").GetString());
        Assert.True(j.GetProperty("totalCm2").GetProperty("sm").GetDouble() > 0);
        Assert.True(j.GetProperty("dsigmaDtCm2PerKeV").GetProperty("sm").GetDouble() > 0);
    }

    [Fact]
    public void TableFormShowsEveryPart()
    {
        var r = CliRunner.Run("xsec", "--process", "nue", "--target", "Ge", "--flavor", "nuebar", "--enu", "1", "--recoil-kev", "2", "--mu", "1e-11");
        Assert.Equal(0, r.ExitCode);
        foreach (var word in new[] { "SM", "magnetic", "tensor", "scalar", "sum", "per atom", "cm^2/keV" })
        {
            Assert.Contains(word, r.Out);
        }
    }

    [Theory]
    [InlineData("--target", "Unobtainium", "--target")]
    [InlineData("--flavor", "nux", "--flavor")]
    [InlineData("--enu", "0", "--enu")]
    [InlineData("--enu", "-3", "--enu")]
    [InlineData("--recoil-kev", "5000", "--recoil-kev")]
    [InlineData("--mu", "-1e-11", "--mu")]
    [InlineData("--sin2w", "1.5", "--sin2w")]
    [InlineData("--process", "ccqe", "--process")]
    [InlineData("--enu", "abc", "--enu")]
    public void BadInputExitsWithTwoAndNamesTheOption(string option, string value, string named)
    {
        var args = new Dictionary<string, string>
        {
            ["--process"] = "nue", ["--target"] = "e", ["--flavor"] = "nue", ["--enu"] = "1", ["--recoil-kev"] = "10",
        };
        args[option] = value;
        var r = CliRunner.Run(["xsec", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(named, r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void UnknownCevnsTargetListsWhatIsAllowed()
    {
        var r = CliRunner.Run("xsec", "--process", "cevns", "--target", "Cs999", "--flavor", "nue", "--enu", "30");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Cs133", r.Error);
    }

    [Fact]
    public void MissingRequiredOptionIsBadUsage()
    {
        var r = CliRunner.Run("xsec", "--process", "nue", "--target", "e", "--enu", "1");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--flavor", r.Error);
    }
}
