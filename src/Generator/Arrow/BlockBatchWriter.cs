using Microsoft.Win32.SafeHandles;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Writes the rows of one reserved block (<see cref="ArrowFileWriter.ReserveBlocks"/>) into its file range, batch after
/// batch (<see cref="RecordBatchEncoder"/>), while other threads write other blocks: the file is the same as if every
/// row had been appended in order. Reused block after block (<see cref="Begin"/>); one per thread.
/// </summary>
internal sealed class BlockBatchWriter : IEventTableWriter
{
    private readonly RecordBatchEncoder _encoder;
    private readonly SafeFileHandle _handle;
    private long _position, _end;
    private int _rowsLeft;

    public BlockBatchWriter(RecordBatchEncoder encoder, SafeFileHandle handle) => (_encoder, _handle) = (encoder, handle);

    /// <summary>Starts a block of <paramref name="rows"/> rows whose reserved range is [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Begin(long start, long end, int rows)
    {
        if (_encoder.Rows > 0)
            throw new InvalidOperationException("The previous block was not completed.");
        (_position, _end, _rowsLeft) = (start, end, rows);
    }

    /// <inheritdoc />
    public ArrowSchema Schema => _encoder.Schema;

    /// <summary>Rows written by this writer over all its blocks.</summary>
    public long RowCount { get; private set; }

    /// <inheritdoc />
    public IColumnAppender<T> Column<T>(string name) => _encoder.Column<T>(name);

    /// <inheritdoc />
    public void EndRow() => EndRows(1);

    /// <inheritdoc />
    public int RowsFreeInBatch => _encoder.BatchRows - _encoder.Rows;

    /// <inheritdoc />
    public void EndRows(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RowsFreeInBatch);
        if (count > _rowsLeft)
            throw new InvalidOperationException("A block received more rows than were reserved for it.");
        _rowsLeft -= count;
        _encoder.AddRows(count);
        RowCount += count;
        if (_encoder.Rows == _encoder.BatchRows)
            WriteBatch();
    }

    /// <summary>Writes the block's last, partial batch; the block must then fill its reserved range exactly.</summary>
    /// <exception cref="InvalidOperationException">The block's rows do not match its reservation (a bug in the caller).</exception>
    public void Complete()
    {
        if (_rowsLeft > 0)
            throw new InvalidOperationException($"A block ended {_rowsLeft} rows short of its reserved range.");
        if (_encoder.Rows > 0)
            WriteBatch();
        if (_position != _end)
            throw new InvalidOperationException($"A block filled {_position - _end:+#;-#} bytes more than its reserved range: its batches differ from the reservation.");
    }

    /// <summary>Nothing to release: the file belongs to the <see cref="ArrowFileWriter"/>.</summary>
    public void Dispose()
    {
    }

    private void WriteBatch()
    {
        var block = _encoder.WriteAt(_handle, _position);
        _position += block.MetaDataLength + block.BodyLength;
        if (_position > _end)
            throw new InvalidOperationException("A block wrote past its reserved range: its rows differ from the reservation.");
    }
}
