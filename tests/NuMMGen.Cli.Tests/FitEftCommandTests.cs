using System.Globalization;
using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen fit ... --eft</c> and <c>eft bounds --fit-result</c>: a fit's limits turned into LNEFT bounds (seed 2 Tables 3-8),
/// the same numbers either way.
/// </summary>
public sealed class FitEftCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-fit-eft-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string AsimovCsv(string config, params string[] set) => Tests.AsimovCsv.Write(config, _dir, set);

    private static JsonElement Bound(JsonElement eft, string name, string source) =>
        eft.GetProperty("bounds").EnumerateArray().Single(b => b.GetProperty("coefficient").GetString() == name && b.GetProperty("source").GetString() == source);

    [Fact]
    public void A_nu_e_fit_gives_the_moment_tables_of_its_mu_limit()
    {
        string config = GenerateCommandTests.Config("texono.json");
        var r = CliRunner.Run("fit", "--config", config, "--data", AsimovCsv(config), "--json", "--eft");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        Assert.False(fit.TryGetProperty("cevnsEq316", out _));        // no CEvNS in this config
        double mu = fit.GetProperty("limits90").GetProperty("mu").GetDouble();
        var eft = fit.GetProperty("eft");
        Assert.Equal(-3.2, eft.GetProperty("ct").GetProperty("value").GetDouble());
        // Seed 2 eq. (3.10): mu = 2 |L_nuNgamma| with mu_B = e/(2 m_e) = 296.3 GeV^-1; the QED running to 2 GeV (eq. 3.3) is 0.6 %.
        double muBPerGeV = Math.Sqrt(4 * Math.PI / 137.035999) / (2 * 0.51099895e-3);
        double dipole = Bound(eft, "L_nuNgamma", "magnetic-moment").GetProperty("bound").GetDouble();
        Assert.InRange(dipole / (mu * muBPerGeV / 2), 0.99, 1.01);
        // The same table as `eft bounds --mu-limit` with the fit's limit.
        var direct = CliRunner.Run("eft", "bounds", "--mu-limit", mu.ToString("R", CultureInfo.InvariantCulture), "--json");
        Assert.True(direct.ExitCode == 0, direct.Error);
        var expected = JsonDocument.Parse(direct.Out).RootElement.GetProperty("bounds").EnumerateArray().Select(b => b.GetProperty("bound").GetDouble());
        Assert.Equal(expected, eft.GetProperty("bounds").EnumerateArray().Select(b => b.GetProperty("bound").GetDouble()));
    }

    [Fact]
    public void A_CEvNS_fit_carries_its_eq_3_16_equivalents_and_eft_bounds_reads_them_back()
    {
        string config = GenerateCommandTests.Config("coherent-csi-2017.json");
        // The 1D count-rate model without the preset's response nuisances keeps the test fast (each nuisance costs two folds).
        string data = AsimovCsv(config, "fit.tensor=tensorU", "fit.responseNuisances=[]");
        var r = CliRunner.Run("fit", "--config", config, "--set", "fit.tensor=tensorU", "--set", "fit.responseNuisances=[]", "--data", data, "--json", "--eft");
        Assert.True(r.ExitCode == 0, r.Error);
        var fit = JsonDocument.Parse(r.Out).RootElement;
        double mu = fit.GetProperty("limits90").GetProperty("mu").GetDouble();
        double cu = fit.GetProperty("limits90").GetProperty("tensorU").GetDouble();
        var eq = fit.GetProperty("cevnsEq316");
        // D = pi alpha mu^2/(2 m_e^2 v^2 G_F^2), v = 246 GeV (seed 2 eqs. 3.10, 3.13, 3.16), mu in mu_B.
        double d = Math.PI / 137.035999 * mu * mu / (2 * Math.Pow(0.51099895e-3 * 246.0 * 1.1663788e-5, 2));
        Assert.Equal(d, eq.GetProperty("dipole").GetDouble(), d * 1e-6);
        Assert.Equal("tensorU", eq.GetProperty("tensorCoupling").GetString());
        // An Asimov expected limit of the 2017 exposure lies within a factor 3 of the published inputs 7.2e-8 and 0.591.
        Assert.InRange(eq.GetProperty("dipole").GetDouble(), 7.2e-8 / 9, 7.2e-8 * 9);
        Assert.InRange(eq.GetProperty("tensor").GetDouble(), 0.591 / 3, 0.591 * 3);
        // Tables 5-6 count two right-handed flavours: the direct u bound is the fitted one-flavour limit over sqrt(2).
        var eft = fit.GetProperty("eft");
        Assert.Equal(cu / Math.Sqrt(2), Bound(eft, "L_nuNu_T_RR", "cevns-direct").GetProperty("bound").GetDouble(), cu * 1e-3);

        string result = Path.Combine(_dir, "fit.json");
        File.WriteAllText(result, r.Out);
        var later = CliRunner.Run("eft", "bounds", "--fit-result", result, "--json");
        Assert.True(later.ExitCode == 0, later.Error);
        var bounds = JsonDocument.Parse(later.Out).RootElement.GetProperty("bounds");
        Assert.Equal(eft.GetProperty("bounds").EnumerateArray().Select(b => b.GetProperty("bound").GetDouble()),
            bounds.EnumerateArray().Select(b => b.GetProperty("bound").GetDouble()));
    }

    [Fact]
    public void A_fit_result_without_limits_exits_with_2()
    {
        string path = Path.Combine(_dir, "other.json");
        File.WriteAllText(path, "{ \"cevnsDipoleLimit\": 7.2e-8 }");
        var r = CliRunner.Run("eft", "bounds", "--fit-result", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("limits90", r.Error);
    }
}
