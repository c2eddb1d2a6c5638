using System.Text.Json;

namespace NuMMGen.Cli.Tests;

/// <summary><c>nummgen fit ... --contour N</c>: Delta(-2 ln L) of mu against a tensor coupling.</summary>
public sealed class FitContourCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-fit-contour-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Contour_of_null_Asimov_data_starts_at_zero_and_grows_along_both_axes()
    {
        string config = GenerateCommandTests.Config("coherent-csi-2017.json");
        string data = AsimovCsv.Write(config, _dir, "fit.tensor=tensorD", "fit.responseNuisances=[]");
        var r = CliRunner.Run("fit", "--config", config, "--set", "fit.tensor=tensorD", "--set", "fit.responseNuisances=[]", "--data", data,
            "--json", "--contour", "5");
        Assert.True(r.ExitCode == 0, r.Error);
        var root = JsonDocument.Parse(r.Out).RootElement;
        var c = root.GetProperty("contour");
        Assert.Equal(["mu", "tensorD"], c.GetProperty("parameters").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(4.605, c.GetProperty("critical90").GetDouble(), 1e-3);   // chi^2 (2 dof) at 90 %
        var delta = c.GetProperty("delta").EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        var mu = c.GetProperty("first").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2 * root.GetProperty("limits90").GetProperty("mu").GetDouble(), mu[^1], 1e-9 * mu[^1]);
        Assert.Equal(0.0, delta[0][0], 1e-6);   // the null Asimov data's best fit is the origin
        for (int i = 1; i < 5; i++)
        {
            Assert.True(delta[i][0] > delta[i - 1][0] && delta[0][i] > delta[0][i - 1], $"not increasing at {i}");
        }
        // At the one-at-a-time 90 % limit on mu (tensor at 0), Delta lies between the near-boundary asymptotic critical
        // value and the two-sided chi^2_1 value 2.706 (src/Fitting/README.md): the grid's middle row is that limit.
        Assert.InRange(delta[2][0], 0.8, 2.71);
    }
}
