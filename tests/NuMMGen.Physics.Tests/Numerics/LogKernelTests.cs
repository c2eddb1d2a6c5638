using System.Numerics;
using NuMMGen.Physics.Numerics;
using static NuMMGen.Physics.Tests.Numerics.FloatingPoint;

namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>
/// The BKS corrections' logarithms (<see cref="LogKernel"/>): against the C library's (<see cref="Math.Log"/>, an
/// independent implementation) to one ulp, against 28-digit decimal series computed in the test, at exact values, beyond
/// the fast range, and lane by lane.
/// </summary>
public class LogKernelTests
{
    // ln 2 to 31 digits (OEIS A002162).
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.70710678118654746, 0.70710678118654768)] // across sqrt(1/2), where the reduction changes k
    [InlineData(1.4142135623730949, 1.4142135623730954)] // across sqrt 2
    [InlineData(0.999999, 1.000001)]
    [InlineData(1e-300, 1e300)]
    public void Log_is_within_one_ulp_of_the_C_library(double lo, double hi)
    {
        var random = new System.Random(11);
        var worst = 0.0;
        var logRange = hi > 1e3 * lo;
        for (var i = 0; i < 200_000; i++)
        {
            var x = logRange ? Math.Exp(Math.Log(lo) + (Math.Log(hi) - Math.Log(lo)) * random.NextDouble()) : lo + (hi - lo) * random.NextDouble();
            worst = Math.Max(worst, Ulps(LogKernel.Log(x), Math.Log(x)));
        }
        Assert.True(worst <= 1, $"largest difference {worst} ulp");
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(3e-9)]
    [InlineData(0.3)]
    [InlineData(0.70710678118654746)]
    [InlineData(0.99999999)]
    [InlineData(1.0000001192092896)] // 1 + 2^-23
    [InlineData(1.4142135623730951)]
    [InlineData(2.718281828459045)]
    [InlineData(1234.5678)]
    [InlineData(8.5e307)]
    public void Log_is_within_one_ulp_of_a_decimal_calculation(double x)
    {
        // Independent: x = 2^e m with m in [1, 2) exactly, ln m = 2 artanh((m - 1)/(m + 1)) summed in 28-digit decimal
        // arithmetic (|s| <= 1/3: 32 terms leave less than 1e-31), plus e ln 2 from the 31-digit constant.
        var e = Math.ILogB(x);
        var reference = (double)(e * Ln2 + TwiceArtanh(ExactDecimal(Math.ScaleB(x, -e))));
        Assert.InRange(Ulps(LogKernel.Log(x), reference), 0, 1);
    }

    [Theory]
    [InlineData(-0.49)]
    [InlineData(-1e-3)]
    [InlineData(-3.3e-11)]
    [InlineData(2.2e-16)]
    [InlineData(7.5e-9)]
    [InlineData(0.1)]
    [InlineData(0.999)]
    public void Log1P_is_within_one_ulp_of_a_decimal_calculation(double x)
    {
        // ln(1 + x) = 2 artanh(x/(2 + x)), the quotient formed in decimal from the exact x (|x/(2 + x)| < 1/3 here).
        var d = ExactDecimal(x);
        var reference = (double)TwiceArtanhOf(d / (2m + d));
        Assert.InRange(Ulps(LogKernel.Log1P(x), reference), 0, 1);
    }

    [Fact]
    public void Log1P_is_within_one_ulp_where_one_plus_x_is_exact()
    {
        // x = j/2^20 (and 2^30 x for x > 0): 1 + x is a double, so the C library's ln(1 + x) is a reference to half an ulp.
        var worst = 0.0;
        for (var j = -(1 << 19); j < 1 << 22; j += 37)
        {
            var x = Math.ScaleB(j, -20);
            worst = Math.Max(worst, Ulps(LogKernel.Log1P(x), Math.Log(1 + x)));
            if (x > 0)
                worst = Math.Max(worst, Ulps(LogKernel.Log1P(x * 1073741824.0), Math.Log(1 + x * 1073741824.0)));
        }
        Assert.True(worst <= 1, $"largest difference {worst} ulp");
    }

    [Fact]
    public void Exact_values()
    {
        Assert.Equal(0.0, LogKernel.Log(1.0));
        Assert.Equal(Math.Log(2.0), LogKernel.Log(2.0)); // ln 2 rounded, 0.6931471805599453
        Assert.Equal(0.6931471805599453, LogKernel.Log(2.0));
        Assert.Equal(-0.6931471805599453, LogKernel.Log(0.5));
        Assert.InRange(Ulps(LogKernel.Log(Math.ScaleB(1.0, 1023)), (double)(1023 * Ln2)), 0, 1);
        Assert.InRange(Ulps(LogKernel.Log(Math.ScaleB(1.0, -1022)), (double)(-1022 * Ln2)), 0, 1);
        Assert.Equal(0.0, LogKernel.Log1P(0.0));
        Assert.Equal(1e-300, LogKernel.Log1P(1e-300)); // ln(1 + x) = x below half an ulp of 1
        Assert.Equal(-4.9e-324, LogKernel.Log1P(-4.9e-324)); // a subnormal argument is returned as it is
    }

    [Fact]
    public void Arguments_outside_the_positive_normal_numbers_go_to_the_library()
    {
        foreach (var x in new[] { 0.0, -0.0, -1.0, 4.9e-324, 1e-310, 2.2250738585072009e-308, double.PositiveInfinity, double.NegativeInfinity, double.NaN })
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Log(x)), BitConverter.DoubleToInt64Bits(LogKernel.Log(x)));
        Assert.Equal(double.NegativeInfinity, LogKernel.Log1P(-1.0));
        Assert.True(double.IsNaN(LogKernel.Log1P(-1.5)));
        Assert.True(double.IsNaN(LogKernel.Log1P(double.NaN)));
        Assert.Equal(double.PositiveInfinity, LogKernel.Log1P(double.PositiveInfinity));
        // The smallest normal number, just above the subnormals, is in the fast range.
        Assert.InRange(Ulps(LogKernel.Log(2.2250738585072014e-308), Math.Log(2.2250738585072014e-308)), 0, 1);
    }

    [Fact]
    public void Each_lane_depends_on_its_own_argument_alone()
    {
        var random = new System.Random(19);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < 50_000; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = random.Next(50) == 0 ? (random.Next(2) == 0 ? double.NaN : -1.0) : Math.Pow(10, 20 * random.NextDouble() - 10);
            var logs = LogKernel.Log(new Vector<double>(lanes));
            var logs1P = LogKernel.Log1P(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(LogKernel.Log(lanes[k])), BitConverter.DoubleToInt64Bits(logs[k]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(LogKernel.Log1P(lanes[k])), BitConverter.DoubleToInt64Bits(logs1P[k]));
            }
        }
    }

    /// <summary>2 artanh((m - 1)/(m + 1)) = ln m in decimal, for m in [1, 2].</summary>
    private static decimal TwiceArtanh(decimal m) => TwiceArtanhOf((m - 1m) / (m + 1m));

    /// <summary>2 (s + s^3/3 + s^5/5 + ...) in decimal, for |s| &lt;= 1/3 (32 terms).</summary>
    private static decimal TwiceArtanhOf(decimal s)
    {
        decimal s2 = s * s, power = s, sum = 0m;
        for (var n = 0; n < 32; n++)
        {
            sum += power / (2 * n + 1);
            power *= s2;
        }
        return 2m * sum;
    }
}
