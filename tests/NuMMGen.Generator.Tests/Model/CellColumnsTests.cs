using NuMMGen.Generator.Random;
using NuMMGen.Generator.Sampling;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// <see cref="CellColumns"/> (the alias table with the cells stored in its columns) must draw exactly the cell the plain
/// <see cref="AliasTable"/> draws from the same 64-bit value, including Vose's left-over columns, and
/// its packed form (bound and bin in the column, recoil span in a shared table) must give back every field of the cell.
/// </summary>
public class CellColumnsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(1000)]
    public void Draws_the_same_cell_as_the_alias_table(int count)
    {
        var weights = Enumerable.Range(0, count).Select(i => 1.0 + (i * 7919 % 13) + (i % 5 == 0 ? 0.0 : 1e-3 * i)).ToArray();
        // Cells share recoil spans as a proposal's bins do: seven lower edges, two widths, three multiplicities.
        var cells = Enumerable.Range(0, count).Select(i => new Cell(i % 7, 1.0 + i % 2, weights[i], i, i % 3)).ToArray();
        var alias = new AliasTable(weights);
        var columns = new CellColumns(alias, cells);
        RandomStream a = RandomStreams.Create(5, 6, (ulong)count), b = RandomStreams.Create(5, 6, (ulong)count);
        var seen = new bool[count];
        for (var k = 0; k < 200_000; k++)
        {
            var expected = cells[alias.Sample(a)];
            var actual = columns.Sample(b);
            var span = columns.Span(actual);
            Assert.Equal(expected, new Cell(span.TLo, span.TWidth, actual.Bound, actual.Bin, span.Multiplicity));
            seen[actual.Bin] = true;
        }
        Assert.All(seen, Assert.True);
        Assert.Equal(cells.Select(c => (c.TLo, c.TWidth, c.Multiplicity)).Distinct().Count(), columns.SpanCount);
    }
}
