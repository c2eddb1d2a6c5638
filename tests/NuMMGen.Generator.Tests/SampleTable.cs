using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// A table with one column of every supported type whose values are simple functions of the row index,
/// so tests can write it and check what a reader returns.
/// </summary>
public static class SampleTable
{
    public static readonly string[] Components = ["pp", "7Be", "8B", "pep"];

    /// <summary>Every column type; with <paramref name="fixedWidth"/>, without the string column (for block writers).</summary>
    public static ArrowSchema Schema(bool fixedWidth = false) => new(
        [
            new ArrowField("event_id", ArrowType.UInt64),
            new ArrowField("i64", ArrowType.Int64),
            new ArrowField("i32", ArrowType.Int32),
            new ArrowField("i16", ArrowType.Int16),
            new ArrowField("i8", ArrowType.Int8),
            new ArrowField("u8", ArrowType.UInt8),
            new ArrowField("u16", ArrowType.UInt16),
            new ArrowField("u32", ArrowType.UInt32),
            new ArrowField("f32", ArrowType.Float32),
            new ArrowField("e_nu", ArrowType.Float64, [new("unit", "MeV"), new("description", "neutrino energy")]),
            new ArrowField("detected", ArrowType.Bool),
            .. fixedWidth ? Array.Empty<ArrowField>() : [new ArrowField("label", ArrowType.Utf8)],
            ArrowField.Dictionary("component", Components, [new("kind", "flux component")]),
        ],
        [new("nummgen:config", """{"seed": 42, "note": "νμ → e"}"""), new("nummgen:version", "0.1.0")]);

    public static ulong EventId(long i) => (ulong)i * 0x9E3779B97F4A7C15UL;
    public static long I64(long i) => (i - 1000) * 1_000_000_007L;
    public static int I32(long i) => (int)(i * 7919 - 500_000);
    public static short I16(long i) => (short)(i * 31 - 20000);
    public static sbyte I8(long i) => (sbyte)(i % 256 - 128);
    public static byte U8(long i) => (byte)(i % 256);
    public static ushort U16(long i) => (ushort)(i * 13);
    public static uint U32(long i) => (uint)(i * 2654435761L);
    public static float F32(long i) => i / 3.0f;
    public static double ENu(long i) => Math.Sqrt(i) * 0.1 + 1e-7;
    public static bool Detected(long i) => i % 3 == 0 || i % 7 == 0;
    public static string Label(long i) => i % 5 == 0 ? "" : $"ν-{i}-é";
    public static int Component(long i) => (int)(i % Components.Length);

    /// <summary>Writes rows [0, rows) with the given batch size.</summary>
    public static void Write(string path, long rows, int batchRows)
    {
        using var writer = ArrowFileWriter.Create(path, Schema(), batchRows);
        Append(writer, 0, rows);
        writer.Complete();
    }

    public static void Append(IEventTableWriter writer, long from, long to)
    {
        var eventId = writer.Column<ulong>("event_id");
        var i64 = writer.Column<long>("i64");
        var i32 = writer.Column<int>("i32");
        var i16 = writer.Column<short>("i16");
        var i8 = writer.Column<sbyte>("i8");
        var u8 = writer.Column<byte>("u8");
        var u16 = writer.Column<ushort>("u16");
        var u32 = writer.Column<uint>("u32");
        var f32 = writer.Column<float>("f32");
        var eNu = writer.Column<double>("e_nu");
        var detected = writer.Column<bool>("detected");
        var label = writer.Schema.Fields.Any(f => f.Name == "label") ? writer.Column<string>("label") : null;
        var componentByIndex = writer.Column<int>("component");
        var componentByName = writer.Column<string>("component");
        for (long i = from; i < to; i++)
        {
            eventId.Append(EventId(i));
            i64.Append(I64(i));
            i32.Append(I32(i));
            i16.Append(I16(i));
            i8.Append(I8(i));
            u8.Append(U8(i));
            u16.Append(U16(i));
            u32.Append(U32(i));
            f32.Append(F32(i));
            eNu.Append(ENu(i));
            detected.Append(Detected(i));
            label?.Append(Label(i));
            if (i % 2 == 0)
                componentByIndex.Append(Component(i));
            else
                componentByName.Append(Components[Component(i)]);
            writer.EndRow();
        }
    }

    /// <summary>Checks every value of a batch that starts at row <paramref name="first"/>.</summary>
    public static void Verify(ArrowRecordBatch batch, long first)
    {
        var eventId = batch.Column<NumericColumn<ulong>>("event_id").Values.Span;
        var i64 = batch.Column<NumericColumn<long>>("i64").Values.Span;
        var i32 = batch.Column<NumericColumn<int>>("i32").Values.Span;
        var i16 = batch.Column<NumericColumn<short>>("i16").Values.Span;
        var i8 = batch.Column<NumericColumn<sbyte>>("i8").Values.Span;
        var u8 = batch.Column<NumericColumn<byte>>("u8").Values.Span;
        var u16 = batch.Column<NumericColumn<ushort>>("u16").Values.Span;
        var u32 = batch.Column<NumericColumn<uint>>("u32").Values.Span;
        var f32 = batch.Column<NumericColumn<float>>("f32").Values.Span;
        var eNu = batch.Column<NumericColumn<double>>("e_nu").Values.Span;
        var detected = batch.Column<BoolColumn>("detected");
        var label = batch.Schema.Fields.Any(f => f.Name == "label") ? batch.Column<StringColumn>("label") : null;
        var component = batch.Column<DictionaryColumn>("component");
        for (int k = 0; k < batch.Length; k++)
        {
            long i = first + k;
            Assert.Equal(EventId(i), eventId[k]);
            Assert.Equal(I64(i), i64[k]);
            Assert.Equal(I32(i), i32[k]);
            Assert.Equal(I16(i), i16[k]);
            Assert.Equal(I8(i), i8[k]);
            Assert.Equal(U8(i), u8[k]);
            Assert.Equal(U16(i), u16[k]);
            Assert.Equal(U32(i), u32[k]);
            Assert.Equal(F32(i), f32[k]);
            Assert.Equal(ENu(i), eNu[k]);
            Assert.Equal(Detected(i), detected[k]);
            if (label is not null)
                Assert.Equal(Label(i), label[k]);
            Assert.Equal(Component(i), component.Indices.Span[k]);
            Assert.Equal(Components[Component(i)], component[k]);
        }
    }
}
