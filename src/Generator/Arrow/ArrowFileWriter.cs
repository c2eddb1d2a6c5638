using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Streams an Arrow IPC file ("Feather v2"): magic, schema message, one dictionary batch per dictionary
/// field, a record batch every <c>batchRows</c> rows, end-of-stream marker, footer, magic. Memory is bounded by
/// one batch (plus 24 bytes of footer index per batch). Columns are written without validity buffers (null
/// count 0), little-endian, each buffer aligned and padded to 64 bytes (<see cref="RecordBatchEncoder"/>). Besides rows
/// appended in order, record batches may come from several threads at once (<see cref="ReserveBlocks"/>,
/// <see cref="CreateBlockWriter"/>): each writes its own file range, by positional writes. The file is written as
/// <c>&lt;path&gt;.tmp</c> and renamed to <c>path</c> by <see cref="Complete"/>; if the writer is disposed
/// before that, the temporary file is deleted and nothing appears at <c>path</c>.
/// </summary>
public sealed class ArrowFileWriter : IEventTableWriter
{
    /// <summary>Default rows per record batch (65536).</summary>
    public const int DefaultBatchRows = 1 << 16;

    private readonly string _targetPath;
    private readonly string _tempPath;
    private readonly SafeFileHandle _handle;
    private readonly RecordBatchEncoder _encoder;
    private readonly FlatBufferBuilder _builder = new();
    private readonly List<IpcBlock> _dictionaryBlocks = [];
    private readonly List<IpcBlock> _batchBlocks = [];
    private readonly int _batchRows;
    private long _position;
    private bool _completed;
    private bool _closed;

    private ArrowFileWriter(string path, ArrowSchema schema, int batchRows)
    {
        _targetPath = Path.GetFullPath(path);
        _tempPath = _targetPath + ".tmp";
        Schema = schema;
        _batchRows = batchRows;
        _encoder = new RecordBatchEncoder(schema, batchRows);
        // Positional writes, unbuffered: the column buffers (hundreds of kB per batch) go to the OS as they are.
        _handle = File.OpenHandle(_tempPath, FileMode.Create, FileAccess.Write, FileShare.None);
    }

    /// <summary>
    /// Starts writing <paramref name="path"/> (through <c>path.tmp</c>) with the given <paramref name="schema"/>.
    /// </summary>
    /// <param name="path">Target file; its directory must exist. An existing file is replaced on completion.</param>
    /// <param name="schema">The columns and schema metadata.</param>
    /// <param name="batchRows">Rows per record batch, 1 to 2^24 (default 65536).</param>
    public static ArrowFileWriter Create(string path, ArrowSchema schema, int batchRows = DefaultBatchRows)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchRows, 1 << 24);
        var writer = new ArrowFileWriter(path, schema, batchRows);
        try
        {
            writer.WriteHeader();
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ArrowSchema Schema { get; }

    /// <inheritdoc />
    public long RowCount { get; private set; }

    /// <summary>The path the file will have once complete.</summary>
    public string TargetPath => _targetPath;

    /// <inheritdoc />
    public IColumnAppender<T> Column<T>(string name) => _encoder.Column<T>(name);

    /// <inheritdoc />
    public void EndRow()
    {
        ThrowIfClosed();
        RowCount++;
        _encoder.AddRows(1);
        if (_encoder.Rows == _batchRows)
            WriteRecordBatch();
    }

    /// <inheritdoc />
    public int RowsFreeInBatch => _batchRows - _encoder.Rows;

    /// <inheritdoc />
    public void EndRows(int count)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RowsFreeInBatch);
        RowCount += count;
        _encoder.AddRows(count);
        if (_encoder.Rows == _batchRows)
            WriteRecordBatch();
    }

    /// <inheritdoc />
    public void Complete()
    {
        ThrowIfClosed();
        try
        {
            if (_encoder.Rows > 0)
                WriteRecordBatch();
            Span<byte> endOfStream = stackalloc byte[8];
            BinaryPrimitives.WriteInt32LittleEndian(endOfStream, IpcFormat.ContinuationMarker);
            Write(endOfStream);
            var footer = IpcMetadataWriter.Footer(_builder, Schema, _dictionaryBlocks, _batchBlocks);
            Write(footer);
            Span<byte> trailer = stackalloc byte[IpcFormat.TrailerSize];
            BinaryPrimitives.WriteInt32LittleEndian(trailer, footer.Length);
            IpcFormat.Magic.CopyTo(trailer[4..]);
            Write(trailer);
            RandomAccess.FlushToDisk(_handle);
            _handle.Dispose();
            _closed = true;
            File.Move(_tempPath, _targetPath, overwrite: true);
            _completed = true;
        }
        finally
        {
            if (!_completed)
                Dispose();
        }
    }

    /// <summary>Closes the writer; without a successful <see cref="Complete"/>, deletes the temporary file.</summary>
    public void Dispose()
    {
        if (_completed)
            return;
        _closed = true;
        _handle.Dispose();
        File.Delete(_tempPath);
    }

    private void ThrowIfClosed()
    {
        if (_closed)
            throw new InvalidOperationException($"The Arrow writer for '{_targetPath}' is already closed.");
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[IpcFormat.HeaderSize];
        header.Clear();
        IpcFormat.Magic.CopyTo(header);
        Write(header);
        WriteMessage(IpcMetadataWriter.SchemaMessage(_builder, Schema), 0);
        for (int i = 0; i < Schema.Fields.Count; i++)
        {
            if (Schema.Fields[i].DictionaryValues is { } values)
                WriteDictionary(i, values);
        }
    }

    private void WriteDictionary(int fieldIndex, IReadOnlyList<string> values)
    {
        var valueColumn = new StringColumnBuffer(new ArrowField("values", ArrowType.Utf8), values.Count);
        foreach (var value in values)
            valueColumn.Append(value);
        Span<IpcBuffer> layout = stackalloc IpcBuffer[3];
        Span<int> lengths = [valueColumn.DataBuffer(0).Length, valueColumn.DataBuffer(1).Length];
        long bodyLength = RecordBatchEncoder.Layout(valueColumn, lengths, layout, 0);
        var metadata = IpcMetadataWriter.DictionaryBatchMessage(_builder, fieldIndex, values.Count, layout, bodyLength);
        _dictionaryBlocks.Add(WriteMessage(metadata, bodyLength));
        for (int i = 0; i < valueColumn.DataBufferCount; i++)
            _position = RecordBatchEncoder.WritePadded(_handle, _position, valueColumn.DataBuffer(i));
    }

    private void WriteRecordBatch()
    {
        var block = _encoder.WriteAt(_handle, _position);
        _batchBlocks.Add(block);
        _position = block.Offset + block.MetaDataLength + block.BodyLength;
    }

    /// <summary>
    /// Reserves the file range of blocks of rows that other writers fill (<see cref="CreateBlockWriter"/>), in order after
    /// what is written so far: block k, of <paramref name="blockRows"/>[k] rows, is cut into batches of at most
    /// <c>batchRows</c> rows. Their footer entries are recorded here, so <see cref="Complete"/> writes the footer after
    /// the last block. Returns the start of each block and, last, the end of the range. Needs fixed-width columns (a
    /// batch's size then follows from its rows) and no rows appended but not yet written.
    /// </summary>
    /// <exception cref="InvalidOperationException">Rows are pending, or a column has no fixed width.</exception>
    internal long[] ReserveBlocks(IReadOnlyList<int> blockRows)
    {
        ThrowIfClosed();
        if (_encoder.Rows > 0)
            throw new InvalidOperationException("Blocks can be reserved only when no appended rows are waiting for their batch.");
        var starts = new long[blockRows.Count + 1];
        var full = _encoder.BatchLength(_batchRows);
        for (int k = 0; k < blockRows.Count; k++)
        {
            starts[k] = _position;
            for (int left = blockRows[k]; left > 0; left -= _batchRows)
            {
                int rows = Math.Min(left, _batchRows);
                var (length, bodyLength) = rows == _batchRows ? full : _encoder.BatchLength(rows);
                _batchBlocks.Add(new IpcBlock(_position, checked((int)(length - bodyLength)), bodyLength));
                _position += length;
                RowCount += rows;
            }
        }
        starts[^1] = _position;
        return starts;
    }

    /// <summary>A writer of reserved blocks (<see cref="ReserveBlocks"/>) into this file; one per thread.</summary>
    internal BlockBatchWriter CreateBlockWriter() => new(new RecordBatchEncoder(Schema, _batchRows), _handle);

    /// <summary>Writes a message at the current position (<see cref="RecordBatchEncoder.WriteMessage"/>) and moves past it.</summary>
    private IpcBlock WriteMessage(ReadOnlySpan<byte> metadata, long bodyLength)
    {
        var block = RecordBatchEncoder.WriteMessage(_handle, _position, metadata, bodyLength);
        _position += block.MetaDataLength;
        return block;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(_handle, bytes, _position);
        _position += bytes.Length;
    }
}
