using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Events;

/// <summary>Appends <see cref="EventBlock"/>s to an event file with the standard columns (<see cref="EventSchemaBuilder.ForChannels"/>).</summary>
internal sealed class EventBlockWriter
{
    private readonly IEventTableWriter _writer;
    private readonly int[] _component, _process, _species, _kind;
    private readonly IColumnAppender<ulong> _eventId;
    private readonly IColumnAppender<int> _componentColumn, _processColumn, _flavorColumn, _speciesColumn, _kindColumn;
    private readonly IColumnAppender<double> _enu, _recoil, _sm, _magnetic, _tensor, _scalar;
    private readonly IColumnAppender<double>? _time, _observed;
    private readonly IColumnAppender<bool>? _detected;
    private ulong[] _ids = [];
    private int[] _components = [], _processes = [], _speciesIndices = [], _kinds = [];

    public EventBlockWriter(IEventTableWriter writer, EventDictionaries dictionaries)
    {
        _writer = writer;
        _component = [.. dictionaries.ComponentIndex];
        _process = [.. dictionaries.ProcessIndex];
        _species = [.. dictionaries.TargetSpeciesIndex];
        _kind = [.. dictionaries.RecoilKindIndex];
        _eventId = writer.Column<ulong>(EventColumns.EventId);
        _componentColumn = writer.Column<int>(EventColumns.Component);
        _processColumn = writer.Column<int>(EventColumns.Process);
        _flavorColumn = writer.Column<int>(EventColumns.Flavor);
        _speciesColumn = writer.Column<int>(EventColumns.TargetSpecies);
        _kindColumn = writer.Column<int>(EventColumns.RecoilKind);
        _enu = writer.Column<double>(EventColumns.EnuMeV);
        _recoil = writer.Column<double>(EventColumns.RecoilKeV);
        _time = writer.Schema.Fields.Any(f => f.Name == EventColumns.TimeNs) ? writer.Column<double>(EventColumns.TimeNs) : null;
        _sm = writer.Column<double>(EventColumns.DsdtSm);
        _magnetic = writer.Column<double>(EventColumns.DsdtMagnetic);
        _tensor = writer.Column<double>(EventColumns.DsdtTensor);
        _scalar = writer.Column<double>(EventColumns.DsdtScalar);
        if (writer.Schema.Fields.Any(f => f.Name == EventColumns.Observed))
        {
            _observed = writer.Column<double>(EventColumns.Observed);
            _detected = writer.Column<bool>(EventColumns.Detected);
        }
    }

    /// <summary>
    /// Appends the block column by column (<see cref="IColumnAppender{T}.AppendRange"/>), in chunks that end at the
    /// writer's batch boundaries; the file is byte-identical to appending row by row.
    /// </summary>
    public void Write(EventBlock block)
    {
        EnsureScratch(block.Capacity);
        ulong id = (ulong)block.FirstEventId;
        for (int i = 0; i < block.Count; i++)
        {
            int channel = block.Channel[i];
            _ids[i] = id + (ulong)i;
            _components[i] = _component[channel];
            _processes[i] = _process[channel];
            _speciesIndices[i] = _species[channel];
            _kinds[i] = _kind[channel];
        }
        for (int start = 0; start < block.Count;)
        {
            int n = Math.Min(block.Count - start, _writer.RowsFreeInBatch);
            _eventId.AppendRange(_ids.AsSpan(start, n));
            _componentColumn.AppendRange(_components.AsSpan(start, n));
            _processColumn.AppendRange(_processes.AsSpan(start, n));
            _flavorColumn.AppendRange(block.Flavor.AsSpan(start, n));
            _speciesColumn.AppendRange(_speciesIndices.AsSpan(start, n));
            _kindColumn.AppendRange(_kinds.AsSpan(start, n));
            _enu.AppendRange(block.EnuMeV.AsSpan(start, n));
            _recoil.AppendRange(block.RecoilKeV.AsSpan(start, n));
            _time?.AppendRange(block.TimeNs.AsSpan(start, n));
            _sm.AppendRange(block.DsdtSm.AsSpan(start, n));
            _magnetic.AppendRange(block.DsdtMagnetic.AsSpan(start, n));
            _tensor.AppendRange(block.DsdtTensor.AsSpan(start, n));
            _scalar.AppendRange(block.DsdtScalar.AsSpan(start, n));
            _observed?.AppendRange(block.Observed.AsSpan(start, n));
            _detected?.AppendRange(block.Detected.AsSpan(start, n));
            _writer.EndRows(n);
            start += n;
        }
    }

    /// <summary>Per-row dictionary indices and ids gathered from the block's channels, reused across blocks.</summary>
    private void EnsureScratch(int capacity)
    {
        if (_ids.Length >= capacity)
            return;
        _ids = new ulong[capacity];
        _components = new int[capacity];
        _processes = new int[capacity];
        _speciesIndices = new int[capacity];
        _kinds = new int[capacity];
    }
}
