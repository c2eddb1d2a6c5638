using System.Globalization;
using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>Tick positions and labels: 1-2-5 steps on linear axes, powers of ten (thinned) on log axes.</summary>
public class TickGeneratorTests
{
    public static TheoryData<double, double> LinearRanges => new()
    {
        { 0, 1 }, { 0, 10 }, { -3, 7 }, { 17, 83 }, { 0.1, 0.25 }, { 0, 0.003 }, { 0, 1e6 }, { -1e-5, 1e-5 },
        { 1000, 1001 }, { -250, -10 }, { 0, 2000 }, { 0.5, 0.51 }, { -1, 1 }, { 3e7, 9e7 },
    };

    [Theory]
    [MemberData(nameof(LinearRanges))]
    public void LinearTicksAreNiceAndInRange(double min, double max)
    {
        foreach (var target in new[] { 3, 5, 8 })
        {
            var ticks = TickGenerator.Linear(min, max, target);
            var majors = ticks.Where(t => t.Major).ToList();
            Assert.InRange(majors.Count, 2, (2 * target) + 1);
            Assert.All(ticks, t => Assert.InRange(t.Value, min - (1e-9 * (max - min)), max + (1e-9 * (max - min))));
            Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.Second.Value > p.First.Value), "increasing");
            var step = majors[1].Value - majors[0].Value;
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
            Assert.Equal(majors.Count, majors.Select(t => t.PlainText).Distinct().Count());
            Assert.All(majors, t => Assert.Equal(0, Math.Abs(Math.IEEERemainder(t.Value, step)), 1e-6 * step));
            foreach (var t in majors.Where(t => t.Exponent is null))
            {
                Assert.Equal(t.Value, double.Parse(t.Text, CultureInfo.InvariantCulture), 1e-9 * step);
            }
            foreach (var t in majors.Where(t => t.Exponent is not null))
            {
                var m = double.Parse(t.Text.Replace("×10", ""), CultureInfo.InvariantCulture);
                Assert.Equal(t.Value, m * Math.Pow(10, int.Parse(t.Exponent!, CultureInfo.InvariantCulture)), 1e-6 * step);
            }
        }
    }

    [Fact]
    public void LinearLabelExamples()
    {
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1.0"], TickGenerator.Linear(0, 1, 5).Where(t => t.Major).Select(t => t.PlainText));
        Assert.Equal(["-2", "0", "2", "4", "6"], TickGenerator.Linear(-3, 7, 5).Where(t => t.Major).Select(t => t.PlainText));
        Assert.Equal(["0", "2×10^5", "4×10^5", "6×10^5", "8×10^5", "1×10^6"],
            TickGenerator.Linear(0, 1e6, 5).Where(t => t.Major).Select(t => t.PlainText));
        Assert.Contains(TickGenerator.Linear(0, 10, 5), t => !t.Major);
    }

    [Fact]
    public void LogTicksOverOneToTwentyDecadesArePowersOfTenThinned()
    {
        foreach (var maxLabels in new[] { 4, 8 })
        {
            for (var decades = 1; decades <= 20; decades++)
            {
                foreach (var start in new[] { -15, -3, 0, 2 })
                {
                    double min = Math.Pow(10, start), max = Math.Pow(10, start + decades);
                    var ticks = TickGenerator.Log(min, max, maxLabels);
                    var majors = ticks.Where(t => t.Major).ToList();
                    Assert.True(majors.Count >= 2, $"{decades} decades from 1e{start}: {majors.Count} labels");
                    Assert.All(ticks, t => Assert.InRange(t.Value, min * (1 - 1e-9), max * (1 + 1e-9)));
                    Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.Second.Value > p.First.Value), "increasing");
                    if (decades >= 2)
                    {
                        Assert.InRange(majors.Count, 2, maxLabels);
                        Assert.All(majors, t => Assert.Equal("10", t.Text));
                        var n = majors.Select(t => int.Parse(t.Exponent!, CultureInfo.InvariantCulture)).ToList();
                        Assert.All(majors.Zip(n), p => Assert.Equal(Math.Pow(10, p.Second), p.First.Value, Math.Pow(10, p.Second) * 1e-12));
                        var strides = n.Zip(n.Skip(1)).Select(p => p.Second - p.First).Distinct().ToList();
                        Assert.Single(strides);
                        Assert.Contains(strides[0], new[] { 1, 2, 3, 5, 10 });
                        Assert.Contains(ticks, t => !t.Major);
                        if (strides[0] == 1 && decades <= 6)
                        {
                            Assert.Contains(ticks, t => !t.Major && Math.Abs((t.Value / Math.Pow(10, Math.Floor(Math.Log10(t.Value)))) - 5) < 1e-9);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void LogLabelExamples()
    {
        Assert.Equal(["10^-15", "10^-14", "10^-13", "10^-12"], Majors(TickGenerator.Log(1e-15, 1e-12)));
        Assert.Equal(["10^-15", "10^-10", "10^-5", "10^0"], Majors(TickGenerator.Log(1e-16, 1e4, 6)));
        Assert.Equal(["0.1", "0.2", "0.5", "1"], Majors(TickGenerator.Log(0.1, 1)));
        Assert.Equal(["10^-12", "2×10^-12", "5×10^-12"], Majors(TickGenerator.Log(1e-12, 9e-12)));
        Assert.Equal(["2", "3"], Majors(TickGenerator.Log(2, 3)));
        Assert.Equal(["1", "2", "5", "10", "20", "50"], Majors(TickGenerator.Log(1, 99)));
        Assert.Throws<ArgumentException>(() => TickGenerator.Log(0, 1));
    }

    [Fact]
    public void AutoRangeEnclosesTheData()
    {
        Assert.Equal((1e-15, 1e-8), TickGenerator.AutoRange([7.7e-15, 9.9e-9, -1, double.NaN], AxisScale.Log));
        Assert.Equal((0.1, 1.0), TickGenerator.AutoRange([0.1, 1], AxisScale.Log));
        Assert.Equal((1.0, 20.0), TickGenerator.AutoRange([1, 16], AxisScale.Log));
        Assert.Equal((2e-12, 5e-12), TickGenerator.AutoRange([2.8e-12, 3e-12], AxisScale.Log));
        Assert.Equal((1.0, 10.0), TickGenerator.AutoRange([], AxisScale.Log));
        Assert.Equal((0.0, 1.0), TickGenerator.AutoRange([0, 0.93], AxisScale.Linear));
        Assert.Equal((10.0, 90.0), TickGenerator.AutoRange([17, 83], AxisScale.Linear));
        Assert.Equal((0.0, 1.2), TickGenerator.AutoRange([0, 1.13], AxisScale.Linear));
        var (lo, hi) = TickGenerator.AutoRange([5, 5], AxisScale.Linear);
        Assert.True(lo < 5 && hi > 5);
    }

    private static List<string> Majors(IReadOnlyList<Tick> ticks) => [.. ticks.Where(t => t.Major).Select(t => t.PlainText)];
}
