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

    public void Write(EventBlock block)
    {
        ulong id = (ulong)block.FirstEventId;
        for (int i = 0; i < block.Count; i++)
        {
            int channel = block.Channel[i];
            _eventId.Append(id + (ulong)i);
            _componentColumn.Append(_component[channel]);
            _processColumn.Append(_process[channel]);
            _flavorColumn.Append(block.Flavor[i]);
            _speciesColumn.Append(_species[channel]);
            _kindColumn.Append(_kind[channel]);
            _enu.Append(block.EnuMeV[i]);
            _recoil.Append(block.RecoilKeV[i]);
            _time?.Append(block.TimeNs[i]);
            _sm.Append(block.DsdtSm[i]);
            _magnetic.Append(block.DsdtMagnetic[i]);
            _tensor.Append(block.DsdtTensor[i]);
            _scalar.Append(block.DsdtScalar[i]);
            _observed?.Append(block.Observed[i]);
            _detected?.Append(block.Detected[i]);
            _writer.EndRow();
        }
    }
}
