using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// The layers of <see cref="ZigguratExponential"/> (Marsaglia and Tsang, J. Stat. Softw. 5(8) (2000), section 3): all 256
/// have the area v, the base layer as the rectangle up to r plus the tail integral e^-r, and the recursion from r closes
/// at x_256 = 0 (the top layer, [0, x_255] x [e^-x_255, 1], also has area v). That closure is the independent check of
/// r: recomputed to 40 digits by bisection (mpmath) during development, and a wrong r leaves a top layer of another area.
/// The distribution the draws follow is tested in <see cref="RandomStreamStatisticsTests"/>.
/// </summary>
public sealed class ZigguratExponentialTests
{
    [Fact]
    public void Every_layer_has_the_same_area_and_the_top_one_closes_at_zero()
    {
        var x = ZigguratExponential.Edges();
        const double v = ZigguratExponential.LayerArea;
        Assert.Equal(ZigguratExponential.Layers + 1, x.Length);
        Assert.Equal(ZigguratExponential.R, x[1]);
        Assert.Equal(0.0, x[^1]);
        // Base layer: rectangle [0, r] x [0, e^-r] plus the tail beyond r; as a rectangle of height e^-r its width is x_0.
        Assert.Equal(1.0, (x[1] * Math.Exp(-x[1]) + Math.Exp(-x[1])) / v, 1e-15);
        Assert.Equal(1.0, x[0] * Math.Exp(-x[1]) / v, 1e-15);
        for (var i = 1; i < ZigguratExponential.Layers; i++)
        {
            Assert.True(x[i + 1] < x[i], $"edges must decrease: x_{i + 1} = {x[i + 1]} >= x_{i} = {x[i]}");
            var area = x[i] * (Math.Exp(-x[i + 1]) - Math.Exp(-x[i]));
            Assert.True(Math.Abs(area / v - 1) < 1e-12, $"layer {i}: area {area:R} against v = {v:R}");
        }
    }

    [Fact]
    public void A_wrong_tail_start_does_not_close()
    {
        // The closure test above is sensitive to r: the same recursion from r (1 + 1e-9) leaves the top layer's area off
        // by far more than 1e-12 (computed here, not taken from the class, so the test would fail for a wrong R).
        static double TopLayerArea(double r)
        {
            var v = (r + 1) * Math.Exp(-r);
            var x = r;
            for (var i = 1; i < ZigguratExponential.Layers - 1; i++)
                x = -Math.Log(Math.Exp(-x) + v / x);
            return x * (1 - Math.Exp(-x)) / v;
        }
        Assert.Equal(1.0, TopLayerArea(ZigguratExponential.R), 1e-12);
        Assert.True(Math.Abs(TopLayerArea(ZigguratExponential.R * (1 + 1e-9)) - 1) > 1e-9);
    }

    [Fact]
    public void A_draw_in_an_inner_rectangle_is_the_uniform_times_the_layer_width()
    {
        // Layer i from the low 8 bits, U from the top 53: x = U x_i, kept when below x_(i+1) without further values.
        var x = ZigguratExponential.Edges();
        var untouched = RandomStreams.Create(3, 3, 3);
        var reference = RandomStreams.Create(3, 3, 3);
        foreach (var layer in new[] { 0, 1, 17, 128, 254 })
        {
            // U = 2^-12: x_i / 4096 lies below x_(i+1) in every layer but the top one (its inner rectangle is empty).
            var bits = (1UL << 52) + (uint)layer;
            Assert.Equal(x[layer] / 4096, ZigguratExponential.Sample(bits, untouched));
            Assert.Equal(0.0, ZigguratExponential.Sample((uint)layer, untouched));
        }
        // No value was taken from the stream by these draws.
        Assert.Equal(reference.NextUInt64(), untouched.NextUInt64());
    }
}
