using BenchmarkDotNet.Attributes;
using NuMMGen.Generator.Arrow;

namespace NuMMGen.Bench;

/// <summary>
/// Rows per second writing an event-like table of 10 columns (uint64 id, dictionary component, int8 flavour,
/// six float64, bool) to /tmp. Reported time is per row (OperationsPerInvoke = Rows); rows/s = 1e9 / ns.
/// </summary>
[MemoryDiagnoser]
public class ArrowWriterBenchmarks
{
    private const int Distinct = 4096;
    private readonly double[] _values = new double[Distinct];
    private string _path = "";

    /// <summary>Rows written per invocation.</summary>
    [Params(10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"nummgen-bench-{Environment.ProcessId}.arrow");
        for (int i = 0; i < Distinct; i++)
            _values[i] = Math.Sqrt(i + 1) * 1.2345;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (File.Exists(_path))
        {
            Console.WriteLine($"// {Rows} rows x 10 columns: {new FileInfo(_path).Length} bytes");
            File.Delete(_path);
        }
    }

    private static ArrowSchema Schema() => new(
    [
        new ArrowField("event_id", ArrowType.UInt64),
        ArrowField.Dictionary("component", ["pp", "7Be", "8B", "pep"]),
        new ArrowField("flavour", ArrowType.Int8),
        new ArrowField("e_nu_MeV", ArrowType.Float64, [new("unit", "MeV")]),
        new ArrowField("recoil_keV", ArrowType.Float64, [new("unit", "keV")]),
        new ArrowField("time_ns", ArrowType.Float64, [new("unit", "ns")]),
        new ArrowField("weight_magnetic", ArrowType.Float64),
        new ArrowField("weight_tensor", ArrowType.Float64),
        new ArrowField("observed_keVee", ArrowType.Float64),
        new ArrowField("detected", ArrowType.Bool),
    ]);

    [Benchmark(OperationsPerInvoke = 10_000_000)]
    public long WriteRows()
    {
        using var writer = ArrowFileWriter.Create(_path, Schema());
        var id = writer.Column<ulong>("event_id");
        var component = writer.Column<int>("component");
        var flavour = writer.Column<sbyte>("flavour");
        var eNu = writer.Column<double>("e_nu_MeV");
        var recoil = writer.Column<double>("recoil_keV");
        var time = writer.Column<double>("time_ns");
        var w1 = writer.Column<double>("weight_magnetic");
        var w2 = writer.Column<double>("weight_tensor");
        var observed = writer.Column<double>("observed_keVee");
        var detected = writer.Column<bool>("detected");
        var v = _values;
        for (int i = 0; i < Rows; i++)
        {
            int k = i & (Distinct - 1);
            id.Append((ulong)i);
            component.Append(i & 3);
            flavour.Append((sbyte)(i % 3));
            eNu.Append(v[k]);
            recoil.Append(v[(k + 1) & (Distinct - 1)]);
            time.Append(v[(k + 2) & (Distinct - 1)]);
            w1.Append(v[(k + 3) & (Distinct - 1)]);
            w2.Append(v[(k + 4) & (Distinct - 1)]);
            observed.Append(v[(k + 5) & (Distinct - 1)]);
            detected.Append((i & 1) == 0);
            writer.EndRow();
        }
        writer.Complete();
        return writer.RowCount;
    }

    /// <summary>The same table written in chunks with AppendRange/EndRows (the event pipeline's path).</summary>
    [Benchmark(OperationsPerInvoke = 10_000_000)]
    public long WriteChunks()
    {
        const int chunk = 4096;
        using var writer = ArrowFileWriter.Create(_path, Schema());
        var id = writer.Column<ulong>("event_id");
        var component = writer.Column<int>("component");
        var flavour = writer.Column<sbyte>("flavour");
        var doubles = new[] { "e_nu_MeV", "recoil_keV", "time_ns", "weight_magnetic", "weight_tensor", "observed_keVee" }
            .Select(writer.Column<double>).ToArray();
        var detected = writer.Column<bool>("detected");
        var ids = new ulong[chunk];
        var components = new int[chunk];
        var flavours = new sbyte[chunk];
        var flags = new bool[chunk];
        for (int start = 0; start < Rows;)
        {
            int count = Math.Min(Math.Min(chunk, Rows - start), writer.RowsFreeInBatch);
            for (int j = 0; j < count; j++)
            {
                int i = start + j;
                ids[j] = (ulong)i;
                components[j] = i & 3;
                flavours[j] = (sbyte)(i % 3);
                flags[j] = (i & 1) == 0;
            }
            id.AppendRange(ids.AsSpan(0, count));
            component.AppendRange(components.AsSpan(0, count));
            flavour.AppendRange(flavours.AsSpan(0, count));
            // The chunk start is a multiple of 4096 = Distinct, so the value table lines up with the rows.
            for (int c = 0; c < doubles.Length; c++)
                doubles[c].AppendRange(_values.AsSpan(0, count));
            detected.AppendRange(flags.AsSpan(0, count));
            writer.EndRows(count);
            start += count;
        }
        writer.Complete();
        return writer.RowCount;
    }
}
