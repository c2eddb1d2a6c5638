using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Reads an Arrow IPC file ("Feather v2") written by <see cref="ArrowFileWriter"/> or by another Arrow
/// implementation, as long as it uses the supported flat types without nulls or compression. Opening checks
/// the magic at both ends, the footer, the schema and the position of every block; reading a batch checks its
/// message and every buffer. Any problem raises <see cref="ArrowFormatException"/> naming the file. Batches are
/// read one at a time, so files larger than memory can be scanned.
/// </summary>
public sealed class ArrowFileReader : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly IpcBlock[] _batchBlocks;
    private readonly long _dataEnd;

    private ArrowFileReader(string path, SafeFileHandle file)
    {
        FilePath = path;
        _file = file;
        long fileLength = RandomAccess.GetLength(file);
        if (fileLength < IpcFormat.HeaderSize + IpcFormat.TrailerSize)
            throw Error($"the file has only {fileLength} bytes, too few for an Arrow IPC file");

        Span<byte> bytes = stackalloc byte[IpcFormat.HeaderSize];
        ReadExactly(bytes, 0);
        if (!bytes[..6].SequenceEqual(IpcFormat.Magic))
            throw Error("it does not start with the magic 'ARROW1' (not an Arrow IPC file; the stream format and Feather v1 are not supported)");
        Span<byte> tail = stackalloc byte[IpcFormat.TrailerSize];
        ReadExactly(tail, fileLength - IpcFormat.TrailerSize);
        if (!tail[4..].SequenceEqual(IpcFormat.Magic))
            throw Error("it does not end with the magic 'ARROW1' (truncated or not completely written)");
        int footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        long footerStart = fileLength - IpcFormat.TrailerSize - footerLength;
        if (footerLength <= 0 || footerStart < IpcFormat.HeaderSize)
            throw Error($"footer length {footerLength} is out of range (the file has {fileLength} bytes)");
        _dataEnd = footerStart;

        var footerBytes = new byte[footerLength];
        ReadExactly(footerBytes, footerStart);
        var footer = new FlatBufferBuffer(footerBytes, path, "footer");
        var (schemaTable, dictionaryBlocks, batchBlocks) = IpcMetadataReader.Footer(footer);
        var declarations = IpcMetadataReader.Schema(schemaTable, out var schemaMetadata);
        CheckBlocks(dictionaryBlocks, "dictionary block");
        CheckBlocks(batchBlocks, "record batch block");
        _batchBlocks = batchBlocks;
        var dictionaries = ReadDictionaries(dictionaryBlocks);
        Schema = BuildSchema(declarations, schemaMetadata, dictionaries);
    }

    /// <summary>Opens <paramref name="path"/> and validates its footer and schema.</summary>
    /// <exception cref="ArrowFormatException">The file is not a valid or supported Arrow IPC file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ArrowFileReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return new ArrowFileReader(path, handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The file being read.</summary>
    public string FilePath { get; }

    /// <summary>The file's schema, with the dictionary values of dictionary-encoded fields.</summary>
    public ArrowSchema Schema { get; }

    /// <summary>Number of record batches in the file.</summary>
    public int RecordBatchCount => _batchBlocks.Length;

    /// <summary>Reads and validates record batch <paramref name="index"/> (0-based).</summary>
    public ArrowRecordBatch ReadRecordBatch(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_batchBlocks.Length, nameof(index));
        var block = _batchBlocks[index];
        var (header, body) = ReadMessage(block, IpcFormat.HeaderRecordBatch, $"record batch {index}");
        var columns = IpcMetadataReader.Columns(header, body, Schema.Fields);
        return new ArrowRecordBatch(Schema, columns.Length == 0 ? 0 : columns[0].Length, columns);
    }

    /// <summary>Reads the record batches in file order, one at a time.</summary>
    public IEnumerable<ArrowRecordBatch> ReadRecordBatches()
    {
        for (int i = 0; i < _batchBlocks.Length; i++)
            yield return ReadRecordBatch(i);
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private ArrowFormatException Error(string problem) => new(FilePath, problem);

    private void ReadExactly(Span<byte> destination, long offset)
    {
        int done = 0;
        while (done < destination.Length)
        {
            int n = RandomAccess.Read(_file, destination[done..], offset + done);
            if (n == 0)
                throw Error($"unexpected end of file at byte {offset + done}");
            done += n;
        }
    }

    private void CheckBlocks(IpcBlock[] blocks, string what)
    {
        for (int i = 0; i < blocks.Length; i++)
        {
            var b = blocks[i];
            if (b.Offset < IpcFormat.HeaderSize || b.MetaDataLength < 8 || b.BodyLength < 0
                || b.Offset > _dataEnd || b.BodyLength > _dataEnd
                || b.Offset + b.MetaDataLength + b.BodyLength > _dataEnd)
                throw Error($"{what} {i} (offset {b.Offset}, metadata {b.MetaDataLength} bytes, body {b.BodyLength} bytes) " +
                            $"lies outside the data region [{IpcFormat.HeaderSize}, {_dataEnd}) of the file");
        }
    }

    /// <summary>Reads the encapsulated message of <paramref name="block"/>; returns its header table and body.</summary>
    private (FlatBufferTable Header, byte[] Body) ReadMessage(IpcBlock block, byte expectedHeader, string what)
    {
        var metadata = new byte[block.MetaDataLength];
        ReadExactly(metadata, block.Offset);
        // Since format 0.15 a message starts with 0xFFFFFFFF and the length; older files have the length only.
        int prefix = BinaryPrimitives.ReadInt32LittleEndian(metadata);
        int start = prefix == IpcFormat.ContinuationMarker ? 8 : 4;
        int length = prefix == IpcFormat.ContinuationMarker ? BinaryPrimitives.ReadInt32LittleEndian(metadata.AsSpan(4)) : prefix;
        if (length <= 0 || start + (long)length > metadata.Length)
            throw Error($"{what} at byte {block.Offset}: metadata length {length} does not fit the block's {block.MetaDataLength} bytes");
        var fb = new FlatBufferBuffer(metadata.AsSpan(start, length).ToArray(), FilePath, $"{what} at byte {block.Offset}");
        var header = IpcMetadataReader.Message(fb, expectedHeader, block.BodyLength);
        if (block.BodyLength > Array.MaxLength)
            throw fb.Error($"body of {block.BodyLength} bytes is too large to read");
        var body = new byte[block.BodyLength];
        ReadExactly(body, block.Offset + block.MetaDataLength);
        return (header, body);
    }

    private Dictionary<long, List<string>> ReadDictionaries(IpcBlock[] blocks)
    {
        var dictionaries = new Dictionary<long, List<string>>();
        var valueField = new[] { new ArrowField("values", ArrowType.Utf8) };
        for (int i = 0; i < blocks.Length; i++)
        {
            var (header, body) = ReadMessage(blocks[i], IpcFormat.HeaderDictionaryBatch, $"dictionary batch {i}");
            long id = header.GetInt64(0);
            bool isDelta = header.GetBool(2);
            var data = header.GetTable(1, "dictionary data") ?? throw header.Buffer.Error("the dictionary batch has no data");
            var values = (StringColumn)IpcMetadataReader.Columns(data, body, valueField)[0];
            if (!dictionaries.TryGetValue(id, out var list))
                dictionaries[id] = list = [];
            else if (!isDelta)
                throw header.Buffer.Error($"dictionary {id} is defined twice (replacement is not allowed in the file format)");
            for (int k = 0; k < values.Length; k++)
                list.Add(values[k]);
        }
        return dictionaries;
    }

    private ArrowSchema BuildSchema(List<FieldDeclaration> declarations, IReadOnlyDictionary<string, string> metadata,
        Dictionary<long, List<string>> dictionaries)
    {
        try
        {
            var fields = declarations.Select(d =>
            {
                if (d.Type != ArrowType.DictionaryUtf8)
                    return new ArrowField(d.Name, d.Type, d.Metadata);
                if (!dictionaries.TryGetValue(d.DictionaryId, out var values))
                    throw Error($"field '{d.Name}' refers to dictionary {d.DictionaryId}, which the file does not contain");
                return ArrowField.DeclaredDictionary(d.Name, values, d.Metadata, d.IndexType!);
            });
            return new ArrowSchema(fields, metadata);
        }
        catch (ArgumentException e)
        {
            throw Error($"invalid schema: {e.Message}");
        }
    }
}
