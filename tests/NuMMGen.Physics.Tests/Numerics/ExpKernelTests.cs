using NuMMGen.Physics.Numerics;

namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>
/// The Helm form factor's exponential (<see cref="ExpKernel"/>): against the C library's (<see cref="Math.Exp"/>, an
/// independent implementation) to a few ulp, against exact values, and through e^(a + b) = e^a e^b.
/// </summary>
public class ExpKernelTests
{
    /// <summary>Relative tolerance: 4 ulp of a number in [1, 2).</summary>
    private const double Tolerance = 4 * 2.220446049250313e-16;

    [Theory]
    [InlineData(-1.0, 0.0)]
    [InlineData(-30.0, 0.0)]
    [InlineData(-700.0, 700.0)]
    [InlineData(-1e-6, 1e-6)]
    public void Agrees_with_the_C_library(double from, double to)
    {
        var random = new System.Random(11);
        var worst = 0.0;
        for (var i = 0; i < 200_000; i++)
        {
            var x = from + (to - from) * random.NextDouble();
            var expected = Math.Exp(x);
            worst = Math.Max(worst, Math.Abs(ExpKernel.Exp(x) - expected) / expected);
        }
        Assert.True(worst <= Tolerance, $"largest relative difference {worst:E3} above {Tolerance:E3}");
    }

    [Fact]
    public void Exact_values_and_the_addition_theorem()
    {
        Assert.Equal(1.0, ExpKernel.Exp(0.0));
        Assert.Equal(1.0, ExpKernel.Exp(-0.0));
        // e^(k ln 2) = 2^k: fl(k ln 2) is within k 2^-53 ln 2 ulp-scale of k ln 2, so the result is 2^k to ~k 1e-16.
        Assert.Equal(1024.0, ExpKernel.Exp(10 * Math.Log(2)), 1024 * 4e-15);
        Assert.Equal(Math.E, ExpKernel.Exp(1.0), 1e-15);
        Assert.Equal(1 / Math.E, ExpKernel.Exp(-1.0), 1e-16);
        var random = new System.Random(3);
        for (var i = 0; i < 10_000; i++)
        {
            double a = -50 * random.NextDouble(), b = -50 * random.NextDouble();
            var product = ExpKernel.Exp(a) * ExpKernel.Exp(b);
            Assert.True(Math.Abs(ExpKernel.Exp(a + b) / product - 1) < 1e-13, $"e^({a} + {b})");
        }
    }

    [Fact]
    public void Beyond_the_reduction_limit_and_non_finite_arguments_go_to_the_library()
    {
        foreach (var x in new[] { 701.0, -701.0, -745.0, -1e300, 710.0, 1e300 })
            Assert.Equal(Math.Exp(x), ExpKernel.Exp(x));
        Assert.True(double.IsNaN(ExpKernel.Exp(double.NaN)));
        Assert.Equal(0.0, ExpKernel.Exp(double.NegativeInfinity));
        Assert.Equal(double.PositiveInfinity, ExpKernel.Exp(double.PositiveInfinity));
    }
}
