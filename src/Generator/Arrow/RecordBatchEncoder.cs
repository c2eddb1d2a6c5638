using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// The column buffers of one record batch being built, and how the batch goes into the file: continuation marker,
/// metadata length, the RecordBatch message padded so that the body starts on a 64-byte boundary, then every column's
/// buffers (the validity buffer always empty), each padded to 64 bytes (Arrow columnar format, "Encapsulated message
/// format" and "Buffer alignment and padding"). Written with positional writes, so several encoders may write their
/// batches into one file at once, each into its own range. One encoder per thread.
/// </summary>
internal sealed class RecordBatchEncoder
{
    private readonly ColumnBuffer[] _columns;
    private readonly IpcBuffer[] _layout;
    private readonly FlatBufferBuilder _builder = new();

    /// <summary>An encoder for batches of up to <paramref name="batchRows"/> rows of <paramref name="schema"/>.</summary>
    public RecordBatchEncoder(ArrowSchema schema, int batchRows)
    {
        Schema = schema;
        BatchRows = batchRows;
        _columns = schema.Fields.Select(f => ColumnBuffer.Create(f, batchRows)).ToArray();
        _layout = new IpcBuffer[schema.Fields.Sum(f => IpcFormat.BufferCount(f.Type))];
    }

    /// <summary>The columns.</summary>
    public ArrowSchema Schema { get; }

    /// <summary>Most rows in one batch.</summary>
    public int BatchRows { get; }

    /// <summary>Rows completed in the batch being built.</summary>
    public int Rows { get; private set; }

    /// <summary>The appender of column <paramref name="name"/>; a clear error when <typeparamref name="T"/> is not its value type.</summary>
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

    /// <summary>Counts <paramref name="count"/> more rows as complete (their values appended to every column).</summary>
    public void AddRows(int count) => Rows += count;

    /// <summary>
    /// Bytes that a batch of <paramref name="rows"/> rows takes in the file (message and body) and its body alone, for
    /// fixed-width columns: what <see cref="WriteAt"/> writes for such a batch at an offset that is a multiple of 64 (as
    /// every batch's is: the messages before it end on such a boundary).
    /// </summary>
    /// <exception cref="InvalidOperationException">A column of variable width.</exception>
    public (long File, long Body) BatchLength(int rows)
    {
        var metadata = Message(rows, fromBuffers: false, out var bodyLength);
        return (IpcFormat.Align(8 + metadata.Length, IpcFormat.BufferAlignment) + bodyLength, bodyLength);
    }

    /// <summary>
    /// The RecordBatch message and body length of a batch of <paramref name="rows"/> rows: the one layout routine for the
    /// batch written (<paramref name="fromBuffers"/>: the buffers' actual lengths) and for a batch's size predicted from
    /// its rows (fixed widths), so the two cannot disagree.
    /// </summary>
    private ReadOnlySpan<byte> Message(int rows, bool fromBuffers, out long bodyLength)
    {
        bodyLength = 0;
        var next = 0;
        Span<int> lengths = stackalloc int[2];
        foreach (var column in _columns)
        {
            if (fromBuffers)
            {
                for (var i = 0; i < column.DataBufferCount; i++)
                    lengths[i] = column.DataBuffer(i).Length;
            }
            else
            {
                lengths[0] = column.FixedDataLength(rows)
                    ?? throw new InvalidOperationException($"Column '{column.Field.Name}' has no fixed width: a batch's size depends on its values.");
            }
            bodyLength = Layout(column, lengths[..column.DataBufferCount], _layout.AsSpan(next), bodyLength);
            next += 1 + column.DataBufferCount;
        }
        return IpcMetadataWriter.RecordBatchMessage(_builder, rows, _columns.Length, _layout, bodyLength);
    }

    /// <summary>
    /// Writes the batch built so far at <paramref name="offset"/> of <paramref name="handle"/> and empties the columns;
    /// returns its footer block (offset, message length, body length).
    /// </summary>
    /// <exception cref="InvalidOperationException">A column holds a different number of values than the batch has rows.</exception>
    public IpcBlock WriteAt(SafeFileHandle handle, long offset)
    {
        foreach (var column in _columns)
        {
            if (column.Count != Rows)
                throw new InvalidOperationException(
                    $"Column '{column.Field.Name}' has {column.Count} values but the batch has {Rows} rows; " +
                    "append exactly one value to every column before EndRow().");
        }
        var metadata = Message(Rows, fromBuffers: true, out var bodyLength);
        var block = WriteMessage(handle, offset, metadata, bodyLength);
        var position = offset + block.MetaDataLength;
        foreach (var column in _columns)
        {
            for (var i = 0; i < column.DataBufferCount; i++)
                position = WritePadded(handle, position, column.DataBuffer(i));
            column.Reset();
        }
        Rows = 0;
        FileWriteBack.Start(handle, offset, position - offset);
        return block;
    }

    /// <summary>
    /// Writes continuation marker, metadata length and metadata at <paramref name="offset"/>, padded so that the body that
    /// follows starts on a 64-byte boundary of the file. Returns the footer block (the caller writes the body right after it).
    /// </summary>
    public static IpcBlock WriteMessage(SafeFileHandle handle, long offset, ReadOnlySpan<byte> metadata, long bodyLength)
    {
        var bodyStart = IpcFormat.Align(offset + 8 + metadata.Length, IpcFormat.BufferAlignment);
        var paddedLength = checked((int)(bodyStart - offset - 8));
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, IpcFormat.ContinuationMarker);
        BinaryPrimitives.WriteInt32LittleEndian(prefix[4..], paddedLength);
        RandomAccess.Write(handle, prefix, offset);
        RandomAccess.Write(handle, metadata, offset + 8);
        WriteZeros(handle, offset + 8 + metadata.Length, paddedLength - metadata.Length);
        return new IpcBlock(offset, 8 + paddedLength, bodyLength);
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="offset"/> and zeros up to the next multiple of 64 bytes of length; returns the end.</summary>
    public static long WritePadded(SafeFileHandle handle, long offset, ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(handle, bytes, offset);
        var padding = (int)(IpcFormat.Align(bytes.Length, IpcFormat.BufferAlignment) - bytes.Length);
        WriteZeros(handle, offset + bytes.Length, padding);
        return offset + bytes.Length + padding;
    }

    private static void WriteZeros(SafeFileHandle handle, long offset, int count)
    {
        Span<byte> zeros = stackalloc byte[IpcFormat.BufferAlignment];
        zeros.Clear();
        for (; count > 0; count -= zeros.Length, offset += zeros.Length)
            RandomAccess.Write(handle, zeros[..Math.Min(count, zeros.Length)], offset);
    }

    /// <summary>Fills the buffer descriptors of one column (empty validity, then data of the given lengths); returns the new body end.</summary>
    public static long Layout(ColumnBuffer column, ReadOnlySpan<int> lengths, Span<IpcBuffer> layout, long bodyOffset)
    {
        layout[0] = new IpcBuffer(bodyOffset, 0);
        for (var i = 0; i < column.DataBufferCount; i++)
        {
            layout[1 + i] = new IpcBuffer(bodyOffset, lengths[i]);
            bodyOffset += IpcFormat.Align(lengths[i], IpcFormat.BufferAlignment);
        }
        return bodyOffset;
    }
}
