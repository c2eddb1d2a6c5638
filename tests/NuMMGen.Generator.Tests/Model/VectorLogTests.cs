using System.Numerics;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// The sampler draws the muon-decay delay -tau ln u of a round's events with <see cref="Vector.Log(Vector{double})"/>. A
/// value must not depend on the lanes next to it (else the same seed could give different files for different round
/// compositions), and it must be as accurate as libm's.
/// </summary>
public class VectorLogTests
{
    [Fact]
    public void VectorLogarithmIsLaneByLaneAndWithinThreeUlpOfLibm()
    {
        // The uniforms of RandomStream.NextDoubleOpen lie in [2^-53, 1 - 2^-53]; a quarter of the lanes are drawn
        // log-uniformly down to 2^-53, the rest uniformly.
        var random = new System.Random(29);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < 50000; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = random.Next(4) == 0 ? Math.Pow(2, -53 * random.NextDouble()) : Math.Max(random.NextDouble(), Math.Pow(2, -53));
            var together = Vector.Log(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
            {
                var alone = Vector.Log(new Vector<double>(lanes[k]))[0];
                Assert.Equal(BitConverter.DoubleToInt64Bits(alone), BitConverter.DoubleToInt64Bits(together[k]));
                var reference = Math.Log(lanes[k]);
                var ulp = Math.BitIncrement(Math.Abs(reference)) - Math.Abs(reference);
                Assert.InRange(Math.Abs(together[k] - reference), 0, 3 * ulp);
            }
        }
        Assert.Equal(0.0, Vector.Log(Vector<double>.One)[0]);
    }
}
