using System.Numerics;
using NuMMGen.Physics.Numerics;

namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>
/// The Helm form factor's exponential (<see cref="ExpKernel"/>): against the C library's (<see cref="Math.Exp"/>, an
/// independent implementation) to one ulp, against a 28-digit decimal calculation in the test, at exact values, and lane by
/// lane.
/// </summary>
public class ExpKernelTests
{
    [Theory]
    [InlineData(708.0)]
    [InlineData(20.0)]
    [InlineData(1.0)]
    [InlineData(1e-8)]
    public void Is_within_one_ulp_of_the_C_library(double range)
    {
        var random = new System.Random(5);
        var worst = 0.0;
        for (var i = 0; i < 200_000; i++)
        {
            var x = range * (2 * random.NextDouble() - 1);
            worst = Math.Max(worst, FloatingPoint.Ulps(ExpKernel.Exp(x), Math.Exp(x)));
        }
        Assert.True(worst <= 1, $"largest difference {worst} ulp");
    }

    [Theory]
    [InlineData(-700.0)]
    [InlineData(-37.5)]
    [InlineData(-1.0)]
    [InlineData(-0.34657359027997264)] // -ln2/2 (the edge of the reduced range)
    [InlineData(0.125)]
    [InlineData(2.5)]
    [InlineData(100.0)]
    [InlineData(707.9)]
    public void Is_within_one_ulp_of_a_decimal_calculation(double x)
    {
        // Independent: e^x = (e^(x/2^10))^(2^10), the inner exponential by its Taylor series in 28-digit decimal arithmetic
        // (|x/2^10| < 0.7: 30 terms leave less than 1e-40), then ten squarings; the relative error stays below 1e-24.
        var small = FloatingPoint.ExactDecimal(x) / 1024m;
        decimal term = 1m, sum = 1m;
        for (var n = 1; n <= 30; n++)
        {
            term *= small / n;
            sum += term;
        }
        // Squaring in decimal overflows beyond 7.9e28: square the mantissa and carry the binary exponent separately.
        var mantissa = (double)sum;
        var exponent = 0;
        var m = sum;
        for (var s = 0; s < 10; s++)
        {
            m *= m;
            var shift = (int)Math.Floor(Math.Log2((double)m));
            m /= (decimal)Math.Pow(2, shift);
            exponent = 2 * exponent + shift;
            mantissa = (double)m;
        }
        var reference = Math.ScaleB(mantissa, exponent);
        Assert.InRange(FloatingPoint.Ulps(ExpKernel.Exp(x), reference), 0, 1);
    }

    [Fact]
    public void Exact_values()
    {
        Assert.Equal(1.0, ExpKernel.Exp(0.0));
        Assert.Equal(1.0, ExpKernel.Exp(-0.0));
        // e^1 and e^-1 rounded to the nearest double (from the 20-digit constants).
        Assert.InRange(FloatingPoint.Ulps(ExpKernel.Exp(1.0), 2.71828182845904523536), 0, 1);
        Assert.InRange(FloatingPoint.Ulps(ExpKernel.Exp(-1.0), 0.36787944117144232160), 0, 1);
        // e^(ln 2) = 2 up to the rounding of ln 2 to a double (relative 2.3e-17, far below one ulp of 2).
        Assert.Equal(2.0, ExpKernel.Exp(Math.Log(2.0)));
    }

    [Fact]
    public void Beyond_the_fast_range_and_non_finite_arguments_go_to_the_library()
    {
        foreach (var x in new[] { 708.5, 709.7, 710.0, -708.5, -720.0, -745.0, -800.0, double.PositiveInfinity, double.NegativeInfinity })
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Exp(x)), BitConverter.DoubleToInt64Bits(ExpKernel.Exp(x)));
        Assert.True(double.IsNaN(ExpKernel.Exp(double.NaN)));
        Assert.True(double.IsPositiveInfinity(ExpKernel.Exp(710.0)));
        Assert.True(ExpKernel.Exp(-720.0) is > 0 and < 2.3e-308); // a subnormal, as the library gives it
    }

    [Fact]
    public void Each_lane_depends_on_its_own_argument_alone()
    {
        // The sampler evaluates attempts several at a time and the rate engine one at a time: a lane's value must not
        // depend on its neighbours, including neighbours beyond the fast range or NaN.
        var random = new System.Random(17);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < 50_000; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = random.Next(50) == 0 ? (random.Next(2) == 0 ? double.NaN : -1000) : -(random.Next(3) == 0 ? 700 : 20) * random.NextDouble();
            var together = ExpKernel.Exp(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(ExpKernel.Exp(lanes[k])), BitConverter.DoubleToInt64Bits(together[k]));
        }
    }
}
