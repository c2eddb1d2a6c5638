using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

public sealed class ArrowRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(2500, 1000)]   // two full batches and a partial one
    [InlineData(3000, 1000)]   // exact multiple: no empty trailing batch
    [InlineData(1, 65536)]
    [InlineData(17, 1)]        // one row per batch
    public void Every_type_round_trips_across_batches(long rows, int batchRows)
    {
        string path = _dir.File("events.arrow");
        SampleTable.Write(path, rows, batchRows);

        using var reader = ArrowFileReader.Open(path);
        Assert.Equal((int)((rows + batchRows - 1) / batchRows), reader.RecordBatchCount);
        long first = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            Assert.Equal((int)Math.Min(batchRows, rows - first), batch.Length);
            SampleTable.Verify(batch, first);
            first += batch.Length;
        }
        Assert.Equal(rows, first);
    }

    [Fact]
    public void Schema_types_and_metadata_round_trip()
    {
        string path = _dir.File("schema.arrow");
        SampleTable.Write(path, 10, 4);
        var expected = SampleTable.Schema();

        using var reader = ArrowFileReader.Open(path);
        var actual = reader.Schema;
        Assert.Equal(expected.Fields.Select(f => (f.Name, f.Type)), actual.Fields.Select(f => (f.Name, f.Type)));
        for (int i = 0; i < expected.Fields.Count; i++)
        {
            Assert.Equal(expected.Fields[i].Metadata, actual.Fields[i].Metadata);
            Assert.Equal(expected.Fields[i].DictionaryValues, actual.Fields[i].DictionaryValues);
        }
        Assert.Equal(expected.Metadata, actual.Metadata);
        Assert.Equal("""{"seed": 42, "note": "νμ → e"}""", actual.Metadata["nummgen:config"]);
        Assert.Equal("MeV", actual.Fields[actual.IndexOf("e_nu")].Metadata["unit"]);
    }

    [Fact]
    public void Zero_row_file_has_schema_and_no_batches()
    {
        string path = _dir.File("empty.arrow");
        SampleTable.Write(path, 0, 100);

        using var reader = ArrowFileReader.Open(path);
        Assert.Equal(0, reader.RecordBatchCount);
        Assert.Equal(SampleTable.Schema().Fields.Count, reader.Schema.Fields.Count);
        Assert.Equal(SampleTable.Components, reader.Schema.Fields[^1].DictionaryValues);
    }

    [Fact]
    public void Buffers_and_messages_are_64_byte_aligned()
    {
        string path = _dir.File("aligned.arrow");
        SampleTable.Write(path, 333, 100);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal("ARROW1"u8.ToArray(), bytes[..6]);
        Assert.Equal("ARROW1"u8.ToArray(), bytes[^6..]);
        var layout = new FileLayout(bytes);
        Assert.Equal(1, layout.DictionaryCount);
        Assert.Equal(4, layout.BatchCount);
        Assert.Equal(0, layout.FooterStart % 8);
        foreach (var block in layout.Blocks)
        {
            Assert.Equal(0, block.Offset % 8);
            Assert.Equal(0, (block.Offset + block.MetaDataLength) % 64); // body start
            Assert.Equal(0, block.BodyLength % 64);
        }
    }

    [Fact]
    public void Incomplete_write_leaves_nothing_at_the_target()
    {
        string path = _dir.File("partial.arrow");
        using (var writer = ArrowFileWriter.Create(path, SampleTable.Schema(), 100))
        {
            SampleTable.Append(writer, 0, 250);
            Assert.True(File.Exists(path + ".tmp"));
            Assert.False(File.Exists(path));
        }
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Incomplete_write_keeps_an_existing_target_unchanged()
    {
        string path = _dir.File("existing.arrow");
        SampleTable.Write(path, 5, 10);
        byte[] before = File.ReadAllBytes(path);
        using (var writer = ArrowFileWriter.Create(path, SampleTable.Schema(), 10))
            SampleTable.Append(writer, 0, 50);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Complete_replaces_an_existing_target()
    {
        string path = _dir.File("replace.arrow");
        SampleTable.Write(path, 5, 10);
        SampleTable.Write(path, 25, 10);
        using var reader = ArrowFileReader.Open(path);
        Assert.Equal(25, reader.ReadRecordBatches().Sum(b => b.Length));
    }

    [Fact]
    public void A_row_with_a_missing_value_is_refused_and_the_file_discarded()
    {
        string path = _dir.File("ragged.arrow");
        var schema = new ArrowSchema([new ArrowField("a", ArrowType.Float64), new ArrowField("b", ArrowType.Int32)]);
        using (var writer = ArrowFileWriter.Create(path, schema, 4))
        {
            writer.Column<double>("a").Append(1.0);
            writer.EndRow();
            var e = Assert.Throws<InvalidOperationException>(writer.Complete);
            Assert.Contains("'b' has 0 values but the batch has 1 rows", e.Message);
        }
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Wrong_appender_types_and_values_are_refused()
    {
        var schema = new ArrowSchema([
            new ArrowField("e", ArrowType.Float64),
            ArrowField.Dictionary("c", ["x", "y"]),
        ]);
        using var writer = ArrowFileWriter.Create(_dir.File("types.arrow"), schema);
        Assert.Contains("accepts Double, not Single", Assert.Throws<ArgumentException>(() => writer.Column<float>("e")).Message);
        Assert.Throws<KeyNotFoundException>(() => writer.Column<double>("nope"));
        Assert.Contains("'z' is not one of", Assert.Throws<ArgumentException>(() => writer.Column<string>("c").Append("z")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Column<int>("c").Append(2));
    }

    [Fact]
    public void Schema_rejects_duplicate_names_and_metadata_keys()
    {
        Assert.Throws<ArgumentException>(() => new ArrowSchema([new ArrowField("a", ArrowType.Bool), new ArrowField("a", ArrowType.Int32)]));
        Assert.Throws<ArgumentException>(() => new ArrowField("a", ArrowType.Bool, [new("k", "1"), new("k", "2")]));
        Assert.Throws<ArgumentException>(() => ArrowField.Dictionary("d", ["x", "x"]));
        Assert.Throws<ArgumentException>(() => new ArrowField("d", ArrowType.DictionaryUtf8));
    }
}
