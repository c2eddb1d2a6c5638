using System.Numerics;
using NuMMGen.Physics.Numerics;

namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>
/// The form factors' sine and cosine (<see cref="SinCosKernel"/>): against the C library's (<see cref="Math.SinCos"/>, an
/// independent implementation) to a few ulp, against exact values, through sin^2 + cos^2 = 1, and lane by lane.
/// </summary>
public class SinCosKernelTests
{
    /// <summary>4 ulp of 1: the tolerance for |sin|, |cos| &lt;= 1.</summary>
    private const double Tolerance = 4 * 2.220446049250313e-16;

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(50.0, 1.0)]
    [InlineData(1e3, 1.0)]
    [InlineData(1e5, 1.0)]
    [InlineData(1.0, 1e-6)]
    public void Agrees_with_the_C_library(double range, double scale)
    {
        var random = new System.Random(7);
        var worst = 0.0;
        for (var i = 0; i < 200_000; i++)
        {
            // Uniform on [-range, range], or on [0, scale] when range is 0 (the small-argument end).
            var x = range > 0 ? range * (2 * random.NextDouble() - 1) * scale : scale * random.NextDouble();
            var (sin, cos) = SinCosKernel.SinCos(x);
            var (libSin, libCos) = Math.SinCos(x);
            worst = Math.Max(worst, Math.Max(Math.Abs(sin - libSin), Math.Abs(cos - libCos)));
            Assert.Equal(1.0, sin * sin + cos * cos, 1e-15);
        }
        Assert.True(worst <= Tolerance, $"largest difference {worst:E3} above {Tolerance:E3}");
    }

    [Fact]
    public void Exact_values_and_quadrants()
    {
        // sin(pi/6) = 1/2, cos(pi/3) = 1/2, sin(pi/2) = 1, cos(pi) = -1, sin(3 pi/2) = -1, sin(-pi/4) = -sqrt(2)/2;
        // the double nearest each multiple of pi is within 1.3e-16 of it, so the results agree to ~2e-16.
        Assert.Equal(0.5, SinCosKernel.SinCos(Math.PI / 6).Sin, 1e-15);
        Assert.Equal(0.5, SinCosKernel.SinCos(Math.PI / 3).Cos, 1e-15);
        Assert.Equal(1.0, SinCosKernel.SinCos(Math.PI / 2).Sin, 1e-15);
        Assert.Equal(-1.0, SinCosKernel.SinCos(Math.PI).Cos, 1e-15);
        Assert.Equal(-1.0, SinCosKernel.SinCos(1.5 * Math.PI).Sin, 1e-15);
        Assert.Equal(-Math.Sqrt(0.5), SinCosKernel.SinCos(-Math.PI / 4).Sin, 1e-15);
        // sin(100 pi) = 0 with the argument's own rounding: |100 pi - fl(100 pi)| < 2.3e-14.
        Assert.Equal(0.0, SinCosKernel.SinCos(100 * Math.PI).Sin, 3e-14);
    }

    [Fact]
    public void Beyond_the_reduction_limit_and_non_finite_arguments_go_to_the_library()
    {
        foreach (var x in new[] { 2e5, -1e9, 1e300 })
            Assert.Equal(Math.SinCos(x), SinCosKernel.SinCos(x));
        Assert.True(double.IsNaN(SinCosKernel.SinCos(double.NaN).Sin));
        Assert.True(double.IsNaN(SinCosKernel.SinCos(double.PositiveInfinity).Cos));
    }

    [Fact]
    public void Each_lane_depends_on_its_own_argument_alone()
    {
        // The sampler evaluates attempts four (or two, or eight) at a time and the rate engine one at a time: a lane's
        // value must not depend on its neighbours, including neighbours beyond the reduction limit or NaN.
        var random = new System.Random(13);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < 50_000; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = random.Next(50) == 0 ? (random.Next(2) == 0 ? double.NaN : 3e5) : 40 * random.NextDouble() - 5;
            var (sin, cos) = SinCosKernel.SinCos(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
            {
                var (s, c) = SinCosKernel.SinCos(lanes[k]);
                Assert.Equal(BitConverter.DoubleToInt64Bits(s), BitConverter.DoubleToInt64Bits(sin[k]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(c), BitConverter.DoubleToInt64Bits(cos[k]));
            }
        }
    }
}
