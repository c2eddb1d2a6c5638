using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>Our files read by apache-arrow JS (an independent implementation), and its files read by us.</summary>
public sealed class ArrowInteropTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>apache-arrow JS's name of a field's type, e.g. "Uint8" or "Dictionary&lt;Int8, Utf8&gt;".</summary>
    internal static string JsTypeName(ArrowField field) => field.Type.Id switch
    {
        ArrowTypeId.UInt8 => "Uint8",
        ArrowTypeId.UInt16 => "Uint16",
        ArrowTypeId.UInt32 => "Uint32",
        ArrowTypeId.UInt64 => "Uint64",
        ArrowTypeId.DictionaryUtf8 => $"Dictionary<{field.DictionaryIndexType}, Utf8>",
        _ => field.Type.Id.ToString(),
    };

    [Fact]
    public void Apache_arrow_js_reads_our_file()
    {
        const long rows = 2500;
        string path = _dir.File("events.arrow");
        SampleTable.Write(path, rows, 1000);
        var schema = SampleTable.Schema();

        using var json = JsonDocument.Parse(NodeInterop.Run("read_arrow.mjs", path));
        var root = json.RootElement;
        Assert.Equal(rows, root.GetProperty("numRows").GetInt64());
        Assert.Equal(3, root.GetProperty("numBatches").GetInt32());
        Assert.Equal(schema.Metadata, Strings(root.GetProperty("schemaMetadata")));

        var fields = root.GetProperty("fields").EnumerateArray().ToArray();
        Assert.Equal(schema.Fields.Count, fields.Length);
        for (int i = 0; i < fields.Length; i++)
        {
            Assert.Equal(schema.Fields[i].Name, fields[i].GetProperty("name").GetString());
            Assert.Equal(JsTypeName(schema.Fields[i]), fields[i].GetProperty("type").GetString());
            Assert.False(fields[i].GetProperty("nullable").GetBoolean());
            Assert.Equal(schema.Fields[i].Metadata, Strings(fields[i].GetProperty("metadata")));
        }

        var columns = root.GetProperty("columns");
        CheckInteger(columns, "event_id", rows, i => SampleTable.EventId(i));
        CheckInteger(columns, "i64", rows, i => SampleTable.I64(i));
        CheckNumber(columns, "i32", rows, i => SampleTable.I32(i));
        CheckNumber(columns, "i16", rows, i => SampleTable.I16(i));
        CheckNumber(columns, "i8", rows, i => SampleTable.I8(i));
        CheckNumber(columns, "u8", rows, i => SampleTable.U8(i));
        CheckNumber(columns, "u16", rows, i => SampleTable.U16(i));
        CheckNumber(columns, "u32", rows, i => SampleTable.U32(i));
        CheckNumber(columns, "f32", rows, i => SampleTable.F32(i));
        CheckNumber(columns, "e_nu", rows, SampleTable.ENu);

        var detected = columns.GetProperty("detected");
        Assert.Equal(Range(rows).Count(SampleTable.Detected), detected.GetProperty("trueCount").GetInt32());
        Assert.Equal(Range(rows).Take(5).Select(i => SampleTable.Detected(i) ? "true" : "false"), Texts(detected, "first"));

        CheckCounts(columns, "label", Range(rows).Select(SampleTable.Label));
        CheckCounts(columns, "component", Range(rows).Select(i => SampleTable.Components[SampleTable.Component(i)]));
        Assert.Equal(Range(rows).Take(5).Select(SampleTable.Label), Texts(columns.GetProperty("label"), "first"));
    }

    [Fact]
    public void Apache_arrow_js_reads_our_8_16_and_32_bit_dictionary_indices()
    {
        string path = _dir.File("dictionaries.arrow");
        DictionaryTable.Write(path, DictionaryTable.Rows, 16384);

        using var json = JsonDocument.Parse(NodeInterop.Run("read_arrow.mjs", path));
        var root = json.RootElement;
        Assert.Equal(DictionaryTable.Rows, root.GetProperty("numRows").GetInt64());
        Assert.Equal(["Dictionary<Int8, Utf8>", "Dictionary<Int16, Utf8>", "Dictionary<Int32, Utf8>"],
            root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("type").GetString()));
        var columns = root.GetProperty("columns");
        for (int c = 0; c < DictionaryTable.Names.Length; c++)
        {
            int column = c;
            var values = Range(DictionaryTable.Rows).Select(i => DictionaryTable.Value(column, DictionaryTable.Index(column, i))).ToArray();
            CheckCounts(columns, DictionaryTable.Names[c], values);
            Assert.Equal(values.Take(5), Texts(columns.GetProperty(DictionaryTable.Names[c]), "first"));
            Assert.Equal(values[^1], columns.GetProperty(DictionaryTable.Names[c]).GetProperty("last").GetString());
        }
    }

    [Fact]
    public void Apache_arrow_js_reads_our_zero_row_file()
    {
        string path = _dir.File("empty.arrow");
        SampleTable.Write(path, 0, 1000);
        using var json = JsonDocument.Parse(NodeInterop.Run("read_arrow.mjs", path));
        Assert.Equal(0, json.RootElement.GetProperty("numRows").GetInt64());
        Assert.Equal(SampleTable.Schema().Fields.Count, json.RootElement.GetProperty("fields").GetArrayLength());
        Assert.Equal(SampleTable.Schema().Metadata, Strings(json.RootElement.GetProperty("schemaMetadata")));
    }

    [Fact]
    public void We_read_a_file_written_by_apache_arrow_js()
    {
        const int rows = 1000;
        string path = _dir.File("from-js.arrow");
        NodeInterop.Run("write_arrow.mjs", path, rows.ToString(CultureInfo.InvariantCulture));

        using var reader = ArrowFileReader.Open(path);
        var schema = reader.Schema;
        Assert.Equal(["i32", "i64", "f64", "flag", "name", "kind", "kind8", "kind16"], schema.Fields.Select(f => f.Name));
        Assert.Equal([ArrowType.Int32, ArrowType.Int64, ArrowType.Float64, ArrowType.Bool, ArrowType.Utf8,
                ArrowType.DictionaryUtf8, ArrowType.DictionaryUtf8, ArrowType.DictionaryUtf8],
            schema.Fields.Select(f => f.Type));
        Assert.Equal([ArrowType.Int32, ArrowType.Int8, ArrowType.Int16], schema.Fields.Skip(5).Select(f => f.DictionaryIndexType));
        Assert.Equal("apache-arrow-js", schema.Metadata["origin"]);
        Assert.Equal("MeV", schema.Fields[2].Metadata["unit"]);

        int i = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            var i32 = batch.Column<NumericColumn<int>>("i32").Values.Span;
            var i64 = batch.Column<NumericColumn<long>>("i64").Values.Span;
            var f64 = batch.Column<NumericColumn<double>>("f64").Values.Span;
            var flag = batch.Column<BoolColumn>("flag");
            var name = batch.Column<StringColumn>("name");
            var kind = batch.Column<DictionaryColumn>("kind");
            var kind8 = batch.Column<DictionaryColumn>("kind8");
            var kind16 = batch.Column<DictionaryColumn>("kind16");
            for (int k = 0; k < batch.Length; k++, i++)
            {
                Assert.Equal(i, i32[k]);
                Assert.Equal(i * 1_000_000_000_000L, i64[k]);
                Assert.Equal(i / 8.0, f64[k]);
                Assert.Equal(i % 3 == 0, flag[k]);
                Assert.Equal($"row{i}", name[k]);
                Assert.Equal(new[] { "a", "bb", "ccc" }[i % 3], kind[k]);
                Assert.Equal(new[] { "x", "y" }[i % 2], kind8[k]);
                Assert.Equal($"w{7 * i % 300}", kind16[k]);
            }
        }
        Assert.Equal(rows, i);
    }

    private static IEnumerable<long> Range(long rows) => Enumerable.Range(0, (int)rows).Select(i => (long)i);

    private static Dictionary<string, string> Strings(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static string[] Texts(JsonElement column, string property) =>
        column.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>64-bit integers arrive in JS as BigInt: compare text and the exact sum.</summary>
    private static void CheckInteger(JsonElement columns, string name, long rows, Func<long, BigInteger> value)
    {
        var column = columns.GetProperty(name);
        Assert.Equal(rows, column.GetProperty("length").GetInt64());
        var sum = Range(rows).Aggregate(BigInteger.Zero, (s, i) => s + value(i));
        Assert.Equal(sum.ToString(CultureInfo.InvariantCulture), column.GetProperty("intSum").GetString());
        Assert.Equal(Range(rows).Take(5).Select(i => value(i).ToString(CultureInfo.InvariantCulture)), Texts(column, "first"));
        Assert.Equal(value(rows - 1).ToString(CultureInfo.InvariantCulture), column.GetProperty("last").GetString());
    }

    /// <summary>Other numbers arrive as JS doubles: the sum in row order must agree to the last bit.</summary>
    private static void CheckNumber(JsonElement columns, string name, long rows, Func<long, double> value)
    {
        var column = columns.GetProperty(name);
        Assert.Equal(rows, column.GetProperty("length").GetInt64());
        double sum = 0;
        foreach (long i in Range(rows))
            sum += value(i);
        Assert.Equal(sum, column.GetProperty("floatSum").GetDouble());
        Assert.Equal(Range(rows).Take(5).Select(value),
            Texts(column, "first").Select(t => double.Parse(t, CultureInfo.InvariantCulture)));
        Assert.Equal(value(rows - 1), double.Parse(column.GetProperty("last").GetString()!, CultureInfo.InvariantCulture));
    }

    private static void CheckCounts(JsonElement columns, string name, IEnumerable<string> values)
    {
        var expected = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var actual = columns.GetProperty(name).GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(expected, actual);
    }
}
