using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen eft</c> as a user runs it: the JSON contract of <c>bounds</c> and <c>moment</c>, the CSV of <c>figure</c>,
/// and exit code 2 with a message naming the option for bad input. Physics numbers: seed 2 Tables 3, 5, 7 (spot checks;
/// the full tables are tested in NuMMGen.Physics.Tests/Eft) and seed 1's "0.1 G_F tensor on electrons ~ 1e-12 mu_B".
/// </summary>
public class EftCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var r = CliRunner.Run([.. args, "--json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement;
    }

    private static JsonElement Bound(JsonElement root, string coefficient, string source = "magnetic-moment") =>
        root.GetProperty("bounds").EnumerateArray().Single(b =>
            b.GetProperty("coefficient").GetString() == coefficient && b.GetProperty("source").GetString() == source);

    [Fact]
    public void BoundsJsonShapeAndTable7Values()
    {
        var j = Json("eft", "bounds", "--mu-limit", "2.8e-11", "--from-cevns");
        Assert.Equal("2GeV", j.GetProperty("scale").GetString());
        Assert.Equal(-3.2, j.GetProperty("ct").GetProperty("value").GetDouble());
        var bounds = j.GetProperty("bounds");
        Assert.Equal(16, bounds.GetArrayLength());
        foreach (var b in bounds.EnumerateArray())
        {
            foreach (var key in new[] { "coefficient", "flavors", "scale", "unit" })
            {
                Assert.Equal(JsonValueKind.String, b.GetProperty(key).ValueKind);
            }
            Assert.True(b.GetProperty("bound").GetDouble() > 0);
        }
        // Seed 2 Table 7: Borexino 4.2e-9 and 4.4e-7 (c_T = -3.2); COHERENT 5.4e-7 and 3.3e-6.
        Assert.Equal(4.2e-9, Bound(j, "L_nuNgamma").GetProperty("bound").GetDouble(), 0.05e-9);
        Assert.Equal("GeV^-1", Bound(j, "L_nuNgamma").GetProperty("unit").GetString());
        Assert.Equal(4.4e-7, Bound(j, "L_nuNu_T_RR").GetProperty("bound").GetDouble(), 0.05e-7);
        Assert.Equal("GeV^-2", Bound(j, "L_nuNu_T_RR").GetProperty("unit").GetString());
        Assert.Equal(5.4e-7, Bound(j, "L_nuNgamma", "cevns-direct").GetProperty("bound").GetDouble(), 0.05e-7);
        Assert.Equal(3.3e-6, Bound(j, "L_nuNu_T_RR", "cevns-direct").GetProperty("bound").GetDouble(), 0.05e-6);
        Assert.Equal(0.018, Bound(j, "L_nuNu_T_RR", "cevns-direct").GetProperty("indirectPerCt").GetDouble(), 0.0005);
        var names = bounds.EnumerateArray().Select(b => b.GetProperty("coefficient").GetString()).ToList();
        Assert.Contains("L_nuu_T_LL", names);
        Assert.Contains("L_nuNd_T_RR_ss", names);
    }

    [Fact]
    public void BoundsAtMwCarryThePerturbativeShift()
    {
        var j = Json("eft", "bounds", "--mu-limit", "2.8e-11", "--scale", "mW", "--ct", "lattice");
        var s = Bound(j, "L_nuNd_T_RR_ss");
        Assert.Equal("mW", s.GetProperty("scale").GetString());
        Assert.Equal(3.55, s.GetProperty("perturbativeShift").GetDouble(), 0.005);   // seed 2 Table 3: (c_T - 3.55)
        Assert.Equal(3.3e-6, s.GetProperty("combinationBound").GetDouble(), 0.05e-6);
        Assert.Equal(0.2, j.GetProperty("ct").GetProperty("uncertainty").GetDouble());
    }

    [Fact]
    public void BoundsFromAFitResultFile()
    {
        // The two parts of `fit --json` that `eft bounds` reads: limits90.mu and, for CEvNS, cevnsEq316 (seed 2's eq. 3.16 inputs).
        var path = Path.Combine(Path.GetTempPath(), $"nummgen-eft-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"limits90\": { \"mu\": 2.8e-11 }, \"cevnsEq316\": { \"dipole\": 7.2e-8, \"tensor\": 0.591 } }");
        try
        {
            var j = Json("eft", "bounds", "--fit-result", path);
            Assert.Equal(8 + 8, j.GetProperty("bounds").GetArrayLength());   // moment (Tables 3-4 style) and CEvNS (Tables 5-6)
            Assert.Equal(2.7e-7, Bound(j, "L_nugamma", "cevns-direct").GetProperty("bound").GetDouble(), 0.05e-7);
            Assert.Equal(4.2e-9, Bound(j, "L_nuNgamma").GetProperty("bound").GetDouble(), 0.05e-9);   // Table 7, Borexino
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MomentJsonAndInverse()
    {
        var j = Json("eft", "moment", "--gx", "0.1", "--fermion", "e", "--form", "tensor", "--mu-limit", "2.8e-11");
        Assert.InRange(j.GetProperty("muOverMuB").GetDouble(), 0.5e-12, 2e-12); // seed 1, text below Fig. 3
        Assert.Equal(0.1, j.GetProperty("gxOverGF").GetDouble(), 12);
        var bounds = j.GetProperty("gxBounds").EnumerateArray().ToList();
        Assert.Equal(["e", "mu", "tau", "u", "d", "s"], bounds.Select(b => b.GetProperty("fermion").GetString()));
        var viaGeV = Json("eft", "moment", "--gx", "1.1663788e-6", "--gx-unit", "GeV-2", "--fermion", "e", "--form", "tensor");
        Assert.Equal(j.GetProperty("muOverMuB").GetDouble(), viaGeV.GetProperty("muOverMuB").GetDouble(), 1e-20);
        var uv = Json("eft", "moment", "--gx", "1", "--fermion", "mu", "--form", "uv", "--mphi", "500");
        Assert.Equal(500, uv.GetProperty("mPhiGeV").GetDouble(), 9);
    }

    [Fact]
    public void FigureCsv()
    {
        var r = CliRunner.Run("eft", "figure", "--points", "4");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,form,fermion,gx_over_gf,mu_over_muB,name,applies_to,reference,note", lines[0]);
        Assert.Equal(2 * 3 * 4, lines.Count(l => l.StartsWith("prediction,", StringComparison.Ordinal)));
        foreach (var name in new[] { "GEMMA", "TEXONO", "Borexino", "LZ-51Cr", "Astro" })
        {
            Assert.Contains(lines, l => l.StartsWith("bound,", StringComparison.Ordinal) && l.Contains($",{name},", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--mu-limit", "eft", "bounds")]
    [InlineData("--mu-limit", "eft", "bounds", "--mu-limit", "-1")]
    [InlineData("--ct", "eft", "bounds", "--mu-limit", "2.8e-11", "--ct", "abc")]
    [InlineData("--scale", "eft", "bounds", "--mu-limit", "2.8e-11", "--scale", "1TeV")]
    [InlineData("--cevns-dipole-limit", "eft", "bounds", "--from-cevns", "--cevns-dipole-limit", "0")]
    [InlineData("--fit-result", "eft", "bounds", "--fit-result", "/nonexistent/fit.json")]
    [InlineData("--fermion", "eft", "moment", "--gx", "1", "--fermion", "top", "--form", "scalar")]
    [InlineData("--form", "eft", "moment", "--gx", "1", "--fermion", "e", "--form", "vector")]
    [InlineData("--gx", "eft", "moment", "--gx", "-1", "--fermion", "e", "--form", "scalar")]
    [InlineData("--gx", "eft", "moment", "--fermion", "e", "--form", "scalar")]
    [InlineData("--gx-unit", "eft", "moment", "--gx", "1", "--gx-unit", "eV", "--form", "scalar")]
    [InlineData("--mphi", "eft", "moment", "--gx", "1", "--form", "tensor", "--mphi", "100")]
    [InlineData("--points", "eft", "figure", "--points", "1")]
    public void BadInputExitsWith2NamingTheOption(string option, params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(option, r.Error);
        Assert.Equal("", r.Out);
    }
}
