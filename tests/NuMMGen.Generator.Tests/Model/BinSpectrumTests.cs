using NuMMGen.Fluxes;
using NuMMGen.Generator.Random;
using NuMMGen.Generator.Sampling;
using Xunit.Abstractions;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// The sampler's draw of E within an energy bin (<see cref="BinSpectrum"/>: pieces cut at the knots, linear density as a
/// uniform + triangular mixture) against the spectrum's own CDF (<see cref="TabulatedDistribution.Cdf"/>, the trapezoid
/// integral of the knots, an independent code path): chi^2 on 40 sub-bins per energy bin; fails at p &lt; 1e-3. The draw
/// from given random numbers (the sampler's stages) equals the draw from the stream.
/// </summary>
public class BinSpectrumTests(ITestOutputHelper output)
{
    /// <summary>
    /// A spectrum with a zero end, steep rising and falling pieces and a flat piece; bins holding three pieces, one piece
    /// (falling to a small value) and a single rising piece from a zero density.
    /// </summary>
    [Theory]
    [InlineData(1.0, 1.5)]
    [InlineData(1.5, 2.5)]
    [InlineData(2.5, 3.0)]
    [InlineData(1.0, 1.2)]
    [InlineData(1.36, 1.9)]
    public void Draws_within_a_bin_follow_the_spectrum(double lo, double hi)
    {
        var shape = new TabulatedDistribution([1.0, 1.3, 1.35, 2.0, 2.2, 3.0], [0.0, 2.0, 1.0, 1.0, 3.0, 0.5]);
        double cdfLo = shape.Cdf(lo), width = shape.Cdf(hi) - cdfLo;
        var bins = new[] { new EnergyBin(0, shape.Cdf(lo), shape.Min, lo), new EnergyBin(cdfLo, width, lo, hi) };
        var spectrum = new BinSpectrum(shape, bins);
        var random = RandomStreams.Create(91, 7, 0);
        const int n = 200_000;
        var edges = ModelFixtures.Edges(lo, hi, 40);
        var observed = new double[40];
        // The sampler's stages give the random numbers themselves: the same numbers give the same E.
        var twin = RandomStreams.Create(91, 7, 0);
        for (var k = 0; k < n; k++)
        {
            var e = spectrum.Sample(1, random);
            var pieceBits = spectrum.DrawsPiece(1) ? twin.NextUInt64() : 0UL;
            Assert.Equal(e, spectrum.Sample(1, pieceBits, twin.NextDouble(), twin.NextDouble()));
            var b = ModelFixtures.Bin(edges, e);
            Assert.True(b >= 0, $"E = {e} outside the bin [{lo}, {hi})");
            observed[b]++;
        }
        var probability = Enumerable.Range(0, 40).Select(i => (shape.Cdf(edges[i + 1]) - shape.Cdf(edges[i])) / width).ToArray();
        var (chi2, dof, p) = ModelFixtures.ChiSquare(observed, probability, n);
        output.WriteLine($"[{lo}, {hi}): {spectrum.PieceCount} pieces in both bins, chi2 = {chi2:F1} / {dof}, p = {p:F4}");
        Assert.True(p > 1e-3, $"chi2 = {chi2:F1} for {dof} dof, p = {p:E2}");
    }
}
