using System.Buffers.Binary;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Streams an Arrow IPC file ("Feather v2"): magic, schema message, one dictionary batch per dictionary
/// field, a record batch every <c>batchRows</c> rows, end-of-stream marker, footer, magic. Memory is bounded by
/// one batch (plus 24 bytes of footer index per batch). Columns are written without validity buffers (null
/// count 0), little-endian, each buffer aligned and padded to 64 bytes. The file is written as
/// <c>&lt;path&gt;.tmp</c> and renamed to <c>path</c> by <see cref="Complete"/>; if the writer is disposed
/// before that, the temporary file is deleted and nothing appears at <c>path</c>.
/// </summary>
public sealed class ArrowFileWriter : IEventTableWriter
{
    /// <summary>Default rows per record batch (65536).</summary>
    public const int DefaultBatchRows = 1 << 16;

    private readonly string _targetPath;
    private readonly string _tempPath;
    private readonly FileStream _stream;
    private readonly ColumnBuffer[] _columns;
    private readonly IpcBuffer[] _layout;
    private readonly FlatBufferBuilder _builder = new();
    private readonly List<IpcBlock> _dictionaryBlocks = [];
    private readonly List<IpcBlock> _batchBlocks = [];
    private readonly int _batchRows;
    private long _position;
    private int _rowsInBatch;
    private bool _completed;
    private bool _closed;

    private ArrowFileWriter(string path, ArrowSchema schema, int batchRows)
    {
        _targetPath = Path.GetFullPath(path);
        _tempPath = _targetPath + ".tmp";
        Schema = schema;
        _batchRows = batchRows;
        _columns = schema.Fields.Select(f => ColumnBuffer.Create(f, batchRows)).ToArray();
        _layout = new IpcBuffer[schema.Fields.Sum(f => IpcFormat.BufferCount(f.Type))];
        // Unbuffered: the column buffers (hundreds of kB per batch) go to the OS as they are, without a copy into a stream buffer.
        _stream = new FileStream(_tempPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
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
    public IColumnAppender<T> Column<T>(string name)
    {
        var column = _columns[Schema.IndexOf(name)];
        if (column is IColumnAppender<T> appender)
            return appender;
        string accepted = column.Field.Type.Id switch
        {
            ArrowTypeId.Bool => "bool",
            ArrowTypeId.Utf8 => "string",
            ArrowTypeId.DictionaryUtf8 => "int (index) or string (value)",
            _ => column.Field.Type.ClrType!.Name,
        };
        throw new ArgumentException(
            $"Column '{name}' has type {column.Field.Type} and accepts {accepted}, not {typeof(T).Name}.", nameof(T));
    }

    /// <inheritdoc />
    public void EndRow()
    {
        ThrowIfClosed();
        RowCount++;
        if (++_rowsInBatch == _batchRows)
            WriteRecordBatch();
    }

    /// <inheritdoc />
    public int RowsFreeInBatch => _batchRows - _rowsInBatch;

    /// <inheritdoc />
    public void EndRows(int count)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RowsFreeInBatch);
        RowCount += count;
        _rowsInBatch += count;
        if (_rowsInBatch == _batchRows)
            WriteRecordBatch();
    }

    /// <inheritdoc />
    public void Complete()
    {
        ThrowIfClosed();
        try
        {
            if (_rowsInBatch > 0)
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
            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
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
        _stream.Dispose();
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
        for (int i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Field.DictionaryValues is { } values)
                WriteDictionary(i, values);
        }
    }

    private void WriteDictionary(int fieldIndex, IReadOnlyList<string> values)
    {
        var valueColumn = new StringColumnBuffer(new ArrowField("values", ArrowType.Utf8), values.Count);
        foreach (var value in values)
            valueColumn.Append(value);
        Span<IpcBuffer> layout = stackalloc IpcBuffer[3];
        long bodyLength = Layout(valueColumn, layout, 0);
        var metadata = IpcMetadataWriter.DictionaryBatchMessage(_builder, fieldIndex, values.Count, layout, bodyLength);
        _dictionaryBlocks.Add(WriteMessage(metadata, bodyLength));
        WriteBody(valueColumn);
    }

    private void WriteRecordBatch()
    {
        foreach (var column in _columns)
        {
            if (column.Count != _rowsInBatch)
                throw new InvalidOperationException(
                    $"Column '{column.Field.Name}' has {column.Count} values but the batch has {_rowsInBatch} rows; " +
                    "append exactly one value to every column before EndRow().");
        }
        long bodyLength = 0;
        int next = 0;
        foreach (var column in _columns)
        {
            bodyLength = Layout(column, _layout.AsSpan(next), bodyLength);
            next += 1 + column.DataBufferCount;
        }
        var metadata = IpcMetadataWriter.RecordBatchMessage(_builder, _rowsInBatch, _columns.Length, _layout, bodyLength);
        long start = _position;
        _batchBlocks.Add(WriteMessage(metadata, bodyLength));
        foreach (var column in _columns)
        {
            WriteBody(column);
            column.Reset();
        }
        _rowsInBatch = 0;
        FileWriteBack.Start(_stream.SafeFileHandle, start, _position - start);
    }

    /// <summary>Fills the buffer descriptors of one column (empty validity, then data); returns the new body end.</summary>
    private static long Layout(ColumnBuffer column, Span<IpcBuffer> layout, long bodyOffset)
    {
        layout[0] = new IpcBuffer(bodyOffset, 0);
        for (int i = 0; i < column.DataBufferCount; i++)
        {
            int length = column.DataBuffer(i).Length;
            layout[1 + i] = new IpcBuffer(bodyOffset, length);
            bodyOffset += IpcFormat.Align(length, IpcFormat.BufferAlignment);
        }
        return bodyOffset;
    }

    private void WriteBody(ColumnBuffer column)
    {
        for (int i = 0; i < column.DataBufferCount; i++)
        {
            var data = column.DataBuffer(i);
            Write(data);
            WritePadding(IpcFormat.Align(data.Length, IpcFormat.BufferAlignment) - data.Length);
        }
    }

    /// <summary>
    /// Writes continuation marker, metadata length and metadata, padded so that the body that follows starts
    /// on a 64-byte boundary of the file. Returns the footer block (the caller writes the body).
    /// </summary>
    private IpcBlock WriteMessage(ReadOnlySpan<byte> metadata, long bodyLength)
    {
        long start = _position;
        long bodyStart = IpcFormat.Align(start + 8 + metadata.Length, IpcFormat.BufferAlignment);
        int paddedLength = checked((int)(bodyStart - start - 8));
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, IpcFormat.ContinuationMarker);
        BinaryPrimitives.WriteInt32LittleEndian(prefix[4..], paddedLength);
        Write(prefix);
        Write(metadata);
        WritePadding(paddedLength - metadata.Length);
        return new IpcBlock(start, 8 + paddedLength, bodyLength);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _position += bytes.Length;
    }

    private void WritePadding(long count)
    {
        Span<byte> zeros = stackalloc byte[IpcFormat.BufferAlignment];
        zeros.Clear();
        while (count > 0)
        {
            int n = (int)Math.Min(count, zeros.Length);
            Write(zeros[..n]);
            count -= n;
        }
    }
}
