using System.Globalization;
using System.Text.Json;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Pipeline;

namespace NuMMGen.Generator.Tests;

/// <summary>A generated event file read by apache-arrow JS: schema, units, provenance, row count and values.</summary>
public sealed class EventFileInteropTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Apache_arrow_js_reads_a_generated_event_file()
    {
        string path = _dir.File("events.arrow");
        var model = FakeEventModel.Standard(pulsed: true);
        var plan = GenerationPlan.FixedEvents(2500, 17, blockEvents: 700);
        PipelineTests.Generate(path, model, plan, threads: 2, batchRows: 1000);
        var rows = EventFile.Read(path);
        using var reader = ArrowFileReader.Open(path);
        var schema = reader.Schema;

        using var json = JsonDocument.Parse(NodeInterop.Run("read_arrow.mjs", path));
        var root = json.RootElement;
        Assert.Equal(2500, root.GetProperty("numRows").GetInt64());
        // Each block is written into its own range of the file, so batches end at block ends: 700, 700, 700 and 400 rows.
        Assert.Equal(4, root.GetProperty("numBatches").GetInt32());
        Assert.Equal(schema.Metadata, Strings(root.GetProperty("schemaMetadata")));

        var fields = root.GetProperty("fields").EnumerateArray().ToArray();
        Assert.Equal(schema.Fields.Select(f => f.Name), fields.Select(f => f.GetProperty("name").GetString()));
        foreach (var (field, js) in schema.Fields.Zip(fields))
        {
            // Event dictionaries are small: their indices are Int8.
            string expected = field.Type == ArrowType.UInt64 ? "Uint64" : field.Type == ArrowType.DictionaryUtf8 ? "Dictionary<Int8, Utf8>" : "Float64";
            Assert.Equal(expected, js.GetProperty("type").GetString());
            Assert.Equal(expected, ArrowInteropTests.JsTypeName(field));
            Assert.Equal(field.Metadata, Strings(js.GetProperty("metadata")));
        }

        var columns = root.GetProperty("columns");
        Assert.Equal((2499L * 2500 / 2).ToString(CultureInfo.InvariantCulture), columns.GetProperty("eventId").GetProperty("intSum").GetString());
        CheckSum(columns, "enuMeV", rows.Select(r => r.EnuMeV));
        CheckSum(columns, "recoilKeV", rows.Select(r => r.RecoilKeV));
        CheckSum(columns, "timeNs", rows.Select(r => r.TimeNs!.Value));
        CheckSum(columns, "dsdtSmCm2PerKeV", rows.Select(r => r.DsdtSm));
        CheckSum(columns, "dsdtTensorPerC2Cm2PerKeV", rows.Select(r => r.DsdtTensor));
        CheckCounts(columns, "component", rows.Select(r => r.Component));
        CheckCounts(columns, "flavor", rows.Select(r => r.Flavor));
        CheckCounts(columns, "process", rows.Select(r => r.Process));
        CheckCounts(columns, "targetSpecies", rows.Select(r => r.TargetSpecies));
        CheckCounts(columns, "recoilKind", rows.Select(r => r.RecoilKind));
        Assert.Equal(rows[0].EnuMeV, double.Parse(columns.GetProperty("enuMeV").GetProperty("first")[0].GetString()!, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Strings(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    /// <summary>JS sums the doubles in row order: the result must agree to the last bit.</summary>
    private static void CheckSum(JsonElement columns, string name, IEnumerable<double> values)
    {
        double sum = 0;
        foreach (double v in values)
            sum += v;
        Assert.Equal(sum, columns.GetProperty(name).GetProperty("floatSum").GetDouble());
    }

    private static void CheckCounts(JsonElement columns, string name, IEnumerable<string> values)
    {
        var expected = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var actual = columns.GetProperty(name).GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(expected, actual);
    }
}
