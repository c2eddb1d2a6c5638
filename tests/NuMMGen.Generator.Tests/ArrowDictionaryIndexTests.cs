using System.Buffers.Binary;
using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Dictionary indices are written as the narrowest signed integer that reaches every value (Int8, Int16, Int32),
/// declared in the schema's DictionaryEncoding.indexType, and read back at any of those widths, including the
/// Int32 of files written before the narrowing.
/// </summary>
public sealed class ArrowDictionaryIndexTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(0, 8)]
    [InlineData(1, 8)]
    [InlineData(127, 8)]
    [InlineData(128, 16)]
    [InlineData(32767, 16)]
    [InlineData(32768, 32)]
    [InlineData(int.MaxValue, 32)]
    public void The_index_type_is_the_narrowest_signed_integer_that_reaches_every_value(int values, int bits)
    {
        var type = ArrowField.DictionaryIndexTypeFor(values);
        Assert.Equal(bits / 8, type.ByteWidth);
        Assert.Contains(type, new[] { ArrowType.Int8, ArrowType.Int16, ArrowType.Int32 });
        if (values <= 1000)
            Assert.Equal(type, ArrowField.Dictionary("d", Enumerable.Range(0, values).Select(i => $"v{i}")).DictionaryIndexType);
    }

    [Fact]
    public void Non_dictionary_fields_have_no_index_type() =>
        Assert.Null(new ArrowField("x", ArrowType.Int32).DictionaryIndexType);

    [Fact]
    public void Dictionaries_of_3_200_and_40000_values_round_trip_with_8_16_and_32_bit_indices()
    {
        string path = _dir.File("dictionaries.arrow");
        DictionaryTable.Write(path, DictionaryTable.Rows, 16384);
        DictionaryTable.Verify(path, DictionaryTable.Rows, DictionaryTable.IndexTypes);
    }

    [Fact]
    public void The_schema_declares_the_index_width_as_a_signed_int_in_both_copies()
    {
        string path = _dir.File("declared.arrow");
        DictionaryTable.Write(path, 10, 4);
        byte[] bytes = File.ReadAllBytes(path);
        int[] bits = [8, 16, 32];
        for (int c = 0; c < bits.Length; c++)
            Assert.Equal(new[] { (bits[c], true), (bits[c], true) }, DictionaryEncodingBytes.Declared(bytes, c));
    }

    [Fact]
    public void Index_buffers_hold_one_narrow_value_per_row_and_stay_64_byte_aligned()
    {
        // 333 rows in batches of 100: index buffers of 100, 200 and 400 bytes (33, 66 and 132 in the last batch).
        string path = _dir.File("buffers.arrow");
        DictionaryTable.Write(path, 333, 100);
        byte[] bytes = File.ReadAllBytes(path);
        var layout = new FileLayout(bytes);
        Assert.Equal(4, layout.BatchCount);
        foreach (var block in layout.Blocks.Skip(layout.DictionaryCount))
        {
            int metadataStart = (int)block.Offset + 8;
            var fb = new FlatBufferBuffer(bytes[metadataStart..(int)(block.Offset + block.MetaDataLength)], "test", "message");
            var batch = fb.Root("message").GetTable(2, "header")!.Value;
            long rows = batch.GetInt64(0);
            var (buffers, count) = batch.GetVector(2, IpcFormat.BufferSize, "buffers");
            Assert.Equal(6, count); // validity (empty) and indices per column
            for (int c = 0; c < 3; c++)
            {
                var indexBuffer = fb.Bytes.AsSpan(buffers + (2 * c + 1) * IpcFormat.BufferSize);
                long offset = BinaryPrimitives.ReadInt64LittleEndian(indexBuffer);
                long length = BinaryPrimitives.ReadInt64LittleEndian(indexBuffer[8..]);
                Assert.Equal(rows * DictionaryTable.IndexTypes[c].ByteWidth, length);
                Assert.Equal(0, offset % 64);
            }
            Assert.Equal(0, block.BodyLength % 64);
            Assert.Equal(0, (block.Offset + block.MetaDataLength) % 64);
        }
        DictionaryTable.Verify(path, 333, DictionaryTable.IndexTypes);
    }

    [Fact]
    public void Int32_indices_as_written_before_the_narrowing_still_read()
    {
        string path = _dir.File("int32.arrow");
        DictionaryTable.Write(path, DictionaryTable.Rows, 16384, declaredIndexType: ArrowType.Int32);
        byte[] bytes = File.ReadAllBytes(path);
        for (int c = 0; c < 3; c++)
            Assert.Equal(new[] { (32, true), (32, true) }, DictionaryEncodingBytes.Declared(bytes, c));
        DictionaryTable.Verify(path, DictionaryTable.Rows, [ArrowType.Int32, ArrowType.Int32, ArrowType.Int32]);
    }

    [Fact]
    public void A_file_written_by_the_int32_writer_still_reads()
    {
        // Fixtures/int32-dictionary-sample.arrow: SampleTable rows 0..39 in batches of 16, written by the writer as it
        // was before the indices were narrowed (commit 9fd1e6f, always Int32 indices).
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "int32-dictionary-sample.arrow");
        byte[] bytes = File.ReadAllBytes(path);
        int component = SampleTable.Schema().IndexOf("component");
        Assert.Equal(new[] { (32, true), (32, true) }, DictionaryEncodingBytes.Declared(bytes, component));

        using var reader = ArrowFileReader.Open(path);
        Assert.Equal(ArrowType.Int32, reader.Schema.Fields[component].DictionaryIndexType);
        Assert.Equal(SampleTable.Components, reader.Schema.Fields[component].DictionaryValues);
        long first = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            SampleTable.Verify(batch, first);
            first += batch.Length;
        }
        Assert.Equal(40, first);
    }

    [Fact]
    public void The_sample_table_now_declares_int8_indices()
    {
        string path = _dir.File("sample.arrow");
        SampleTable.Write(path, 40, 16);
        byte[] bytes = File.ReadAllBytes(path);
        int component = SampleTable.Schema().IndexOf("component");
        Assert.Equal(new[] { (8, true), (8, true) }, DictionaryEncodingBytes.Declared(bytes, component));
    }

    [Theory]
    [InlineData(8, false, "UInt8")]
    [InlineData(16, false, "UInt16")]
    [InlineData(32, false, "UInt32")]
    [InlineData(64, true, "Int64")]
    [InlineData(64, false, "UInt64")]
    public void Unsigned_and_64_bit_index_types_are_refused(int bitWidth, bool signed, string typeName)
    {
        string message = RefusedWithIndexType(bitWidth, signed);
        Assert.Contains($"field 0 'd3' has dictionary indices of type {typeName}", message);
        Assert.Contains("only signed 8-, 16- and 32-bit indices (Int8, Int16, Int32) are supported", message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(128)]
    public void Index_types_of_other_widths_are_refused(int bitWidth) =>
        Assert.Contains($"has an integer type of {bitWidth} bits", RefusedWithIndexType(bitWidth, signed: true));

    [Fact]
    public void Indices_outside_the_dictionary_are_refused_at_every_width()
    {
        string path = _dir.File("range.arrow");
        using (var writer = ArrowFileWriter.Create(path, DictionaryTable.Schema()))
        {
            AppendOneRowAfterRefusals(writer);
            writer.Complete();
        }
        using var reader = ArrowFileReader.Open(path);
        var batch = Assert.Single(reader.ReadRecordBatches());
        for (int c = 0; c < 3; c++)
            Assert.Equal(new[] { DictionaryTable.Sizes[c] - 1 }, batch.Column<DictionaryColumn>(DictionaryTable.Names[c]).Indices.ToArray());
    }

    /// <summary>Tries out-of-range indices on every column (each refused, appending nothing), then appends the largest valid one.</summary>
    private static void AppendOneRowAfterRefusals(ArrowFileWriter writer)
    {
        for (int c = 0; c < 3; c++)
        {
            var column = writer.Column<int>(DictionaryTable.Names[c]);
            int size = DictionaryTable.Sizes[c];
            foreach (int bad in new[] { size, -1, int.MaxValue, int.MinValue })
            {
                var one = Assert.Throws<ArgumentOutOfRangeException>(() => column.Append(bad));
                Assert.Contains($"Column '{DictionaryTable.Names[c]}': index outside the {size} dictionary values", one.Message);
                var range = Assert.Throws<ArgumentOutOfRangeException>(() => column.AppendRange([0, size - 1, bad]));
                Assert.Contains($"index outside the {size} dictionary values", range.Message);
            }
            column.Append(size - 1);
        }
        writer.EndRow();
    }

    [Fact]
    public void A_declared_index_type_too_narrow_for_the_dictionary_refuses_indices_it_cannot_hold()
    {
        var field = ArrowField.DeclaredDictionary("d", Enumerable.Range(0, 200).Select(i => $"v{i}"), null, ArrowType.Int8);
        using var writer = ArrowFileWriter.Create(_dir.File("narrow.arrow"), new ArrowSchema([field]));
        var column = writer.Column<int>("d");
        column.Append(127);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => column.Append(128));
        Assert.Contains("index outside the 128 values that its Int8 indices reach (the dictionary has 200)", e.Message);
    }

    [Fact]
    public void Only_int8_int16_and_int32_can_be_declared_as_index_types()
    {
        foreach (var type in new[] { ArrowType.UInt8, ArrowType.Int64, ArrowType.Utf8, ArrowType.Float32 })
            Assert.Throws<ArgumentException>(() => ArrowField.DeclaredDictionary("d", ["x"], null, type));
    }

    [Fact]
    public void An_index_outside_the_dictionary_in_a_file_is_refused()
    {
        // Row 0 of d3 holds index 0; make it 3 (one past the dictionary) in the first record batch.
        string path = _dir.File("index.arrow");
        DictionaryTable.Write(path, 10, 4);
        byte[] bytes = File.ReadAllBytes(path);
        var layout = new FileLayout(bytes);
        var block = layout.Blocks[layout.DictionaryCount];
        bytes[block.Offset + block.MetaDataLength] = 3;
        File.WriteAllBytes(path, bytes);
        using var reader = ArrowFileReader.Open(path);
        var e = Assert.Throws<ArrowFormatException>(() => reader.ReadRecordBatch(0));
        Assert.Contains("column 'd3': dictionary index 3 is outside its 3 values", e.Message);
    }

    /// <summary>Writes a small file, patches the footer's index type of field 0 and returns the reader's message.</summary>
    private string RefusedWithIndexType(int bitWidth, bool signed)
    {
        string path = _dir.File("patched.arrow");
        DictionaryTable.Write(path, 10, 4);
        byte[] bytes = File.ReadAllBytes(path);
        foreach (var (bitWidthAt, signedAt) in DictionaryEncodingBytes.IndexType(bytes, 0))
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bitWidthAt), bitWidth);
            bytes[signedAt] = signed ? (byte)1 : (byte)0;
        }
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ArrowFormatException>(() => ArrowFileReader.Open(path).Dispose());
        Assert.Equal(path, e.FilePath);
        return e.Message;
    }
}
