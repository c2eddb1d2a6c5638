using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Bulk appends (<see cref="IColumnAppender{T}.AppendRange"/> + <see cref="IEventTableWriter.EndRows"/>) write the
/// same bytes as row-by-row appends, whatever the chunk sizes, and refuse chunks that do not fit the batch.
/// </summary>
public class ArrowBulkAppendTests
{
    private static readonly string[] Labels = ["e", "Ge", "Cs133"];

    private static ArrowSchema Schema() => new(
        [
            new ArrowField("id", ArrowType.UInt64),
            ArrowField.Dictionary("species", Labels),
            new ArrowField("t", ArrowType.Float64, [new("unit", "keV")]),
            new ArrowField("flag", ArrowType.Bool),
            new ArrowField("n", ArrowType.Int32),
        ]);

    private static ulong Id(int i) => (ulong)i * 7919UL;
    private static int Species(int i) => i % Labels.Length;
    private static double T(int i) => Math.Sqrt(i + 0.5);
    private static bool Flag(int i) => i % 3 == 0;
    private static int N(int i) => i * 31 - 1000;

    [Fact]
    public void BulkAndRowWiseWritesAreByteIdentical()
    {
        const int rows = 2500, batch = 1000;
        var rowPath = Path.Combine(Path.GetTempPath(), $"bulk-row-{Environment.ProcessId}.arrow");
        var bulkPath = Path.Combine(Path.GetTempPath(), $"bulk-bulk-{Environment.ProcessId}.arrow");
        try
        {
            using (var w = ArrowFileWriter.Create(rowPath, Schema(), batch))
            {
                var (id, sp, t, f, n) = (w.Column<ulong>("id"), w.Column<int>("species"), w.Column<double>("t"), w.Column<bool>("flag"), w.Column<int>("n"));
                for (var i = 0; i < rows; i++)
                {
                    id.Append(Id(i)); sp.Append(Species(i)); t.Append(T(i)); f.Append(Flag(i)); n.Append(N(i));
                    w.EndRow();
                }
                w.Complete();
            }
            using (var w = ArrowFileWriter.Create(bulkPath, Schema(), batch))
            {
                var (id, sp, t, f, n) = (w.Column<ulong>("id"), w.Column<int>("species"), w.Column<double>("t"), w.Column<bool>("flag"), w.Column<int>("n"));
                // Chunks of awkward sizes, each cut at the batch boundary as a bulk writer must.
                int[] sizes = [1, 7, 333, 999, 64, 1200];
                for (int start = 0, k = 0; start < rows; k++)
                {
                    var count = Math.Min(Math.Min(sizes[k % sizes.Length], rows - start), w.RowsFreeInBatch);
                    var range = Enumerable.Range(start, count).ToArray();
                    id.AppendRange(range.Select(Id).ToArray());
                    sp.AppendRange(range.Select(Species).ToArray());
                    t.AppendRange(range.Select(T).ToArray());
                    f.AppendRange(range.Select(Flag).ToArray());
                    n.AppendRange(range.Select(N).ToArray());
                    w.EndRows(count);
                    start += count;
                }
                Assert.Equal(rows, w.RowCount);
                w.Complete();
            }
            Assert.Equal(File.ReadAllBytes(rowPath), File.ReadAllBytes(bulkPath));
        }
        finally
        {
            File.Delete(rowPath);
            File.Delete(bulkPath);
        }
    }

    [Fact]
    public void ChunksBeyondTheBatchOrWithMissingValuesAreRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bulk-bad-{Environment.ProcessId}.arrow");
        using var w = ArrowFileWriter.Create(path, new ArrowSchema([new ArrowField("x", ArrowType.Float64), new ArrowField("y", ArrowType.Float64)]), 4);
        var (x, y) = (w.Column<double>("x"), w.Column<double>("y"));
        Assert.Throws<InvalidOperationException>(() => x.AppendRange(new double[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => w.EndRows(5));
        x.AppendRange(new double[4]);
        y.AppendRange(new double[3]);
        var e = Assert.Throws<InvalidOperationException>(() => w.EndRows(4));
        Assert.Contains("'y'", e.Message);
    }
}
