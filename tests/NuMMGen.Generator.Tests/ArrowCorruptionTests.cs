using System.Buffers.Binary;
using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>Damaged files must be refused with an <see cref="ArrowFormatException"/> that names the file and the problem.</summary>
public sealed class ArrowCorruptionTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly byte[] _valid;
    private readonly FileLayout _layout;

    public ArrowCorruptionTests()
    {
        string path = _dir.File("valid.arrow");
        SampleTable.Write(path, 250, 100);
        _valid = File.ReadAllBytes(path);
        _layout = new FileLayout(_valid);
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>Opens and reads every batch of <paramref name="bytes"/>; returns the exception message.</summary>
    private string Refused(byte[] bytes)
    {
        string path = _dir.File("bad.arrow");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ArrowFormatException>(() => ReadAll(path));
        Assert.Equal(path, e.FilePath);
        Assert.StartsWith($"Arrow file '{path}': ", e.Message);
        return e.Message;
    }

    private static void ReadAll(string path)
    {
        using var reader = ArrowFileReader.Open(path);
        foreach (var batch in reader.ReadRecordBatches())
            Assert.True(batch.Length >= 0);
    }

    private byte[] Copy() => (byte[])_valid.Clone();

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(17)]
    public void Very_short_files_are_refused(int length) =>
        Assert.Contains("too few for an Arrow IPC file", Refused(_valid[..length]));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Truncated_files_are_refused(double fraction)
    {
        string message = Refused(_valid[..(int)(_valid.Length * fraction)]);
        Assert.Contains("does not end with the magic 'ARROW1' (truncated or not completely written)", message);
    }

    [Fact]
    public void A_file_missing_its_last_byte_is_refused() =>
        Assert.Contains("does not end with the magic", Refused(_valid[..^1]));

    [Fact]
    public void A_bad_leading_magic_is_refused()
    {
        var bytes = Copy();
        bytes[0] = (byte)'X';
        Assert.Contains("does not start with the magic 'ARROW1'", Refused(bytes));
    }

    [Fact]
    public void A_bad_trailing_magic_is_refused()
    {
        var bytes = Copy();
        bytes[^1] ^= 0xFF;
        Assert.Contains("does not end with the magic", Refused(bytes));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-8)]
    [InlineData(0)]
    public void A_garbage_footer_length_is_refused(int footerLength)
    {
        var bytes = Copy();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 10), footerLength);
        Assert.Contains($"footer length {footerLength} is out of range (the file has {bytes.Length} bytes)", Refused(bytes));
    }

    [Fact]
    public void A_footer_length_pointing_into_the_data_is_refused()
    {
        var bytes = Copy();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 10), _layout.FooterLength + 64);
        Assert.Contains("footer", Refused(bytes));
    }

    [Theory]
    [InlineData(0, long.MaxValue / 2)]  // offset beyond the file
    [InlineData(0, 0)]                 // offset inside the leading magic
    [InlineData(16, long.MaxValue)]    // body length beyond the file
    public void A_block_outside_the_file_is_refused(int fieldOffset, long value)
    {
        var bytes = Copy();
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(_layout.BatchBlocksAt + IpcFormat.BlockSize + fieldOffset), value);
        Assert.Contains("record batch block 1 (offset", Refused(bytes));
        Assert.Contains($"lies outside the data region [8, {_layout.FooterStart}) of the file", Refused(bytes));
    }

    [Fact]
    public void A_block_that_points_at_the_schema_message_is_refused()
    {
        var bytes = Copy();
        int schemaMetadata = 8 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        var block = bytes.AsSpan(_layout.BatchBlocksAt);
        BinaryPrimitives.WriteInt64LittleEndian(block, 8);
        BinaryPrimitives.WriteInt32LittleEndian(block[8..], schemaMetadata);
        BinaryPrimitives.WriteInt64LittleEndian(block[16..], 0);
        Assert.Contains("record batch 0 at byte 8: unexpected message type Schema (expected RecordBatch)", Refused(bytes));
    }

    [Fact]
    public void A_buffer_outside_the_body_is_refused()
    {
        var bytes = Copy();
        var block = _layout.Blocks[_layout.DictionaryCount]; // first record batch
        int metadataStart = (int)block.Offset + 8;
        var fb = new FlatBufferBuffer(bytes[metadataStart..(int)(block.Offset + block.MetaDataLength)], "test", "message");
        var recordBatch = fb.Root("message").GetTable(2, "header")!.Value;
        var (buffers, _) = recordBatch.GetVector(2, IpcFormat.BufferSize, "buffers");
        // Buffer 1 = values of column 0 ("event_id"); make it longer than the body.
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(metadataStart + buffers + IpcFormat.BufferSize + 8), 1L << 40);
        string message = Refused(bytes);
        Assert.Contains($"record batch 0 at byte {block.Offset}: column 'event_id': buffer 1 (offset 0, length 1099511627776) " +
                        $"is out of bounds of the {block.BodyLength}-byte body", message);
    }

    [Fact]
    public void Every_single_byte_corruption_is_read_or_refused_cleanly()
    {
        // Flip each byte of the file in turn: the reader may succeed (data bytes) but must never fail with
        // anything other than ArrowFormatException (no IndexOutOfRange, no huge allocation, no hang).
        string small = _dir.File("small.arrow");
        SampleTable.Write(small, 40, 16);
        byte[] valid = File.ReadAllBytes(small);
        string path = _dir.File("flipped.arrow");
        int refused = 0;
        for (int i = 0; i < valid.Length; i++)
        {
            var bytes = (byte[])valid.Clone();
            bytes[i] ^= 0xA5;
            File.WriteAllBytes(path, bytes);
            try
            {
                ReadAll(path);
            }
            catch (ArrowFormatException)
            {
                refused++;
            }
        }
        Assert.InRange(refused, 20, valid.Length);
    }
}
