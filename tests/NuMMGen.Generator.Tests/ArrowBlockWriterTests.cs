using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Record batches written by several threads into reserved ranges of one file (<see cref="ArrowFileWriter.ReserveBlocks"/>,
/// <see cref="BlockBatchWriter"/>), as the generator's workers write their blocks: the file must be the one that appending
/// the same rows in order gives whenever the blocks end on batch boundaries, and read back row for row otherwise.
/// </summary>
public sealed class ArrowBlockWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(new[] { 1000, 1000, 1000, 537 }, 1000)] // blocks of whole batches and a partial last one
    [InlineData(new[] { 2000, 3000, 1 }, 1000)]         // blocks of several batches
    [InlineData(new[] { 64, 64, 64 }, 64)]
    public void Blocks_of_whole_batches_written_out_of_order_give_the_file_of_rows_appended_in_order(int[] blocks, int batchRows)
    {
        string inOrder = _dir.File("in-order.arrow"), byBlocks = _dir.File("blocks.arrow");
        using (var writer = ArrowFileWriter.Create(inOrder, SampleTable.Schema(fixedWidth: true), batchRows))
        {
            SampleTable.Append(writer, 0, blocks.Sum());
            writer.Complete();
        }
        WriteBlocks(byBlocks, blocks, batchRows);
        Assert.Equal(File.ReadAllBytes(inOrder), File.ReadAllBytes(byBlocks));
    }

    [Fact]
    public void Blocks_that_do_not_end_on_batch_boundaries_read_back_row_for_row_with_batches_ending_at_block_ends()
    {
        string path = _dir.File("blocks.arrow");
        int[] blocks = [700, 700, 1500, 300];
        WriteBlocks(path, blocks, batchRows: 1000);
        using var reader = ArrowFileReader.Open(path);
        Assert.Equal([700, 700, 1000, 500, 300], reader.ReadRecordBatches().Select(b => b.Length));
        long first = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            SampleTable.Verify(batch, first);
            first += batch.Length;
        }
        Assert.Equal(blocks.Sum(), first);
    }

    [Fact]
    public void A_block_with_other_rows_than_reserved_is_refused_and_no_file_appears()
    {
        string path = _dir.File("wrong.arrow");
        using (var writer = ArrowFileWriter.Create(path, SampleTable.Schema(fixedWidth: true), 100))
        {
            var starts = writer.ReserveBlocks([150, 150]);
            var block = writer.CreateBlockWriter();
            // 149 rows would take the same bytes as 150 (buffers are padded to 64 bytes): the row count itself is checked.
            block.Begin(starts[0], starts[1], 150);
            SampleTable.Append(block, 0, 149);
            var e = Assert.Throws<InvalidOperationException>(block.Complete);
            Assert.Contains("1 rows short of its reserved range", e.Message);
            var another = writer.CreateBlockWriter();
            another.Begin(starts[1], starts[2], 150);
            Assert.Throws<InvalidOperationException>(() => SampleTable.Append(another, 0, 151));
        }
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Blocks_need_fixed_width_columns()
    {
        using var writer = ArrowFileWriter.Create(_dir.File("strings.arrow"), SampleTable.Schema(), 100);
        var e = Assert.Throws<InvalidOperationException>(() => writer.ReserveBlocks([10]));
        Assert.Contains("'label'", e.Message);
    }

    /// <summary>Writes the rows 0.. of <paramref name="blocks"/> with two threads taking the blocks from the last one down.</summary>
    private static void WriteBlocks(string path, int[] blocks, int batchRows)
    {
        using var writer = ArrowFileWriter.Create(path, SampleTable.Schema(fixedWidth: true), batchRows);
        var starts = writer.ReserveBlocks(blocks);
        var firstRow = new long[blocks.Length + 1];
        for (int k = 0; k < blocks.Length; k++)
            firstRow[k + 1] = firstRow[k] + blocks[k];
        int next = blocks.Length;
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            var block = writer.CreateBlockWriter();
            for (int k; (k = Interlocked.Decrement(ref next)) >= 0;)
            {
                block.Begin(starts[k], starts[k + 1], blocks[k]);
                SampleTable.Append(block, firstRow[k], firstRow[k + 1]);
                block.Complete();
            }
        })).ToArray();
        foreach (var t in threads)
            t.Start();
        foreach (var t in threads)
            t.Join();
        writer.Complete();
    }
}
