using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// A field as declared in a file's schema, before its dictionary (if any) has been read. A dictionary field has
/// <see cref="DictionaryId"/> &gt;= 0 and the declared <see cref="IndexType"/> (Int8, Int16 or Int32); others -1 and null.
/// </summary>
internal sealed record FieldDeclaration(string Name, ArrowType Type, IReadOnlyDictionary<string, string> Metadata,
    long DictionaryId, ArrowType? IndexType);

/// <summary>Decodes and validates the Arrow IPC FlatBuffers read from a file.</summary>
internal static class IpcMetadataReader
{
    public static (FlatBufferTable Schema, IpcBlock[] Dictionaries, IpcBlock[] RecordBatches) Footer(FlatBufferBuffer fb)
    {
        var footer = fb.Root("footer");
        CheckVersion(fb, footer.GetInt16(0));
        var schema = footer.GetTable(1, "schema") ?? throw fb.Error("the footer has no schema");
        return (schema, Blocks(footer, 2, "dictionary blocks"), Blocks(footer, 3, "record batch blocks"));
    }

    private static IpcBlock[] Blocks(FlatBufferTable footer, int slot, string what)
    {
        var (start, count) = footer.GetVector(slot, IpcFormat.BlockSize, what);
        var bytes = footer.Buffer.Bytes;
        var blocks = new IpcBlock[count];
        for (int i = 0; i < count; i++)
        {
            var s = bytes.AsSpan(start + i * IpcFormat.BlockSize);
            blocks[i] = new IpcBlock(BinaryPrimitives.ReadInt64LittleEndian(s),
                BinaryPrimitives.ReadInt32LittleEndian(s[8..]), BinaryPrimitives.ReadInt64LittleEndian(s[16..]));
        }
        return blocks;
    }

    private static void CheckVersion(FlatBufferBuffer fb, short version)
    {
        if (version < IpcFormat.MetadataV4)
            throw fb.Error($"metadata version V{version + 1} is too old (V4 or V5 required)");
    }

    public static List<FieldDeclaration> Schema(FlatBufferTable schema, out IReadOnlyDictionary<string, string> metadata)
    {
        var fb = schema.Buffer;
        if (schema.GetInt16(0) != 0)
            throw fb.Error("the schema is big-endian; only little-endian files are supported");
        var (start, count) = schema.GetVector(1, 4, "schema fields");
        var fields = new List<FieldDeclaration>(count);
        for (int i = 0; i < count; i++)
            fields.Add(Field(schema.TableAt(start, i, $"field {i}"), i));
        metadata = KeyValues(schema, 2, "schema metadata");
        return fields;
    }

    private static FieldDeclaration Field(FlatBufferTable field, int index)
    {
        var fb = field.Buffer;
        string name = field.GetString(0, $"name of field {index}") ?? "";
        string label = $"field {index} '{name}'";
        var (_, childCount) = field.GetVector(5, 4, $"children of {label}");
        byte typeCode = field.GetByte(2);
        if (childCount != 0)
            throw fb.Error($"{label} is nested ({IpcFormat.TypeCodeName(typeCode)} with {childCount} children); nested types are not supported");
        var typeTable = field.GetTable(3, $"type of {label}") ?? throw fb.Error($"{label} has no type");
        ArrowType type = typeCode switch
        {
            IpcFormat.TypeBool => ArrowType.Bool,
            IpcFormat.TypeUtf8 => ArrowType.Utf8,
            IpcFormat.TypeInt => IntType(typeTable, label),
            IpcFormat.TypeFloatingPoint => typeTable.GetInt16(0) switch
            {
                IpcFormat.PrecisionSingle => ArrowType.Float32,
                IpcFormat.PrecisionDouble => ArrowType.Float64,
                var p => throw fb.Error($"{label} has floating-point precision {p}; only single and double are supported"),
            },
            _ => throw fb.Error($"{label} has type {IpcFormat.TypeCodeName(typeCode)}, which is not supported " +
                                 "(supported: Bool, Int 8-64 bits, Float32, Float64, Utf8, dictionary-encoded Utf8)"),
        };
        long dictionaryId = -1;
        ArrowType? indexType = null;
        if (field.GetTable(4, $"dictionary of {label}") is { } dictionary)
        {
            if (type != ArrowType.Utf8)
                throw fb.Error($"{label} is a dictionary of {type}; only dictionaries of Utf8 are supported");
            indexType = DictionaryIndexType(dictionary, label);
            dictionaryId = dictionary.GetInt64(0);
            type = ArrowType.DictionaryUtf8;
        }
        return new FieldDeclaration(name, type, KeyValues(field, 6, $"metadata of {label}"), dictionaryId, indexType);
    }

    /// <summary>
    /// The index type of a DictionaryEncoding table (format/Schema.fbs): its <c>indexType</c> Int, or signed 32-bit
    /// when that is absent, as the schema specifies. Signed 8-, 16- and 32-bit indices are supported; unsigned and
    /// 64-bit ones (allowed by the format, though it recommends signed types) are refused.
    /// </summary>
    private static ArrowType DictionaryIndexType(FlatBufferTable dictionary, string label)
    {
        if (dictionary.GetTable(1, $"index type of {label}") is not { } table)
            return ArrowType.Int32;
        var type = IntType(table, $"the dictionary index type of {label}");
        if (!ArrowField.IsSupportedIndexType(type))
            throw dictionary.Buffer.Error($"{label} has dictionary indices of type {type}; " +
                                          "only signed 8-, 16- and 32-bit indices (Int8, Int16, Int32) are supported");
        return type;
    }

    private static ArrowType IntType(FlatBufferTable table, string label)
    {
        int bits = table.GetInt32(0);
        bool signed = table.GetBool(1);
        return (bits, signed) switch
        {
            (8, true) => ArrowType.Int8, (16, true) => ArrowType.Int16,
            (32, true) => ArrowType.Int32, (64, true) => ArrowType.Int64,
            (8, false) => ArrowType.UInt8, (16, false) => ArrowType.UInt16,
            (32, false) => ArrowType.UInt32, (64, false) => ArrowType.UInt64,
            _ => throw table.Buffer.Error($"{label} has an integer type of {bits} bits"),
        };
    }

    private static IReadOnlyDictionary<string, string> KeyValues(FlatBufferTable table, int slot, string what)
    {
        var (start, count) = table.GetVector(slot, 4, what);
        var pairs = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var kv = table.TableAt(start, i, what);
            string key = kv.GetString(0, what) ?? "";
            // Duplicate keys are not forbidden by the format; the last one wins.
            pairs[key] = kv.GetString(1, what) ?? "";
        }
        return pairs;
    }

    /// <summary>Checks the Message table and returns its header, which must be of <paramref name="expectedHeader"/>.</summary>
    public static FlatBufferTable Message(FlatBufferBuffer fb, byte expectedHeader, long blockBodyLength)
    {
        var message = fb.Root("message");
        CheckVersion(fb, message.GetInt16(0));
        byte headerType = message.GetByte(1);
        if (headerType != expectedHeader)
            throw fb.Error($"unexpected message type {IpcFormat.HeaderName(headerType)} (expected {IpcFormat.HeaderName(expectedHeader)})");
        long bodyLength = message.GetInt64(3);
        if (bodyLength != blockBodyLength)
            throw fb.Error($"the message body length {bodyLength} differs from the footer's {blockBodyLength}");
        return message.GetTable(2, "message header") ?? throw fb.Error("the message has no header");
    }

    /// <summary>Decodes the columns of a RecordBatch table whose body is <paramref name="body"/>.</summary>
    public static ArrowColumn[] Columns(FlatBufferTable batch, byte[] body, IReadOnlyList<ArrowField> fields)
    {
        var fb = batch.Buffer;
        long length = batch.GetInt64(0);
        if (length < 0 || length > Array.MaxLength)
            throw fb.Error($"row count {length} is out of range");
        if (batch.Has(3))
            throw fb.Error("the record batch body is compressed; compression is not supported");
        int rows = (int)length;
        var (nodeStart, nodeCount) = batch.GetVector(1, IpcFormat.FieldNodeSize, "field nodes");
        var (bufferStart, bufferCount) = batch.GetVector(2, IpcFormat.BufferSize, "buffers");
        int expectedBuffers = fields.Sum(f => IpcFormat.BufferCount(f.Type));
        if (nodeCount != fields.Count || bufferCount != expectedBuffers)
            throw fb.Error($"the record batch has {nodeCount} field nodes and {bufferCount} buffers; " +
                           $"the schema needs {fields.Count} and {expectedBuffers}");
        var columns = new ArrowColumn[fields.Count];
        int buffer = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var node = fb.Bytes.AsSpan(nodeStart + i * IpcFormat.FieldNodeSize);
            long nodeLength = BinaryPrimitives.ReadInt64LittleEndian(node);
            long nullCount = BinaryPrimitives.ReadInt64LittleEndian(node[8..]);
            if (nodeLength != rows)
                throw fb.Error($"column '{field.Name}' has {nodeLength} values in a batch of {rows} rows");
            if (nullCount != 0)
                throw fb.Error($"column '{field.Name}' has {nullCount} nulls; nulls are not supported");
            var span = new ColumnBody(fb, body, bufferStart, field.Name);
            columns[i] = Column(field, rows, span, buffer + 1);
            buffer += IpcFormat.BufferCount(field.Type);
        }
        return columns;
    }

    private static ArrowColumn Column(ArrowField field, int rows, ColumnBody body, int firstData)
    {
        switch (field.Type.Id)
        {
            case ArrowTypeId.Bool:
                return new BoolColumn(field, body.Buffer(firstData, (rows + 7L) / 8).ToArray(), rows);
            case ArrowTypeId.Utf8:
                int[] offsets = body.Values<int>(firstData, rows + 1L);
                byte[] data = body.Buffer(firstData + 1, 0).ToArray();
                int previous = offsets[0];
                if (previous < 0)
                    throw body.Error($"its first string offset {previous} is negative");
                foreach (int offset in offsets.AsSpan(1))
                {
                    if (offset < previous || offset > data.Length)
                        throw body.Error($"its string offsets are not increasing within the {data.Length}-byte data buffer");
                    previous = offset;
                }
                return new StringColumn(field, offsets, data);
            case ArrowTypeId.DictionaryUtf8:
                return new DictionaryColumn(field, DictionaryIndices(field, rows, body, firstData));
            case ArrowTypeId.Int8: return new NumericColumn<sbyte>(field, body.Values<sbyte>(firstData, rows));
            case ArrowTypeId.Int16: return new NumericColumn<short>(field, body.Values<short>(firstData, rows));
            case ArrowTypeId.Int32: return new NumericColumn<int>(field, body.Values<int>(firstData, rows));
            case ArrowTypeId.Int64: return new NumericColumn<long>(field, body.Values<long>(firstData, rows));
            case ArrowTypeId.UInt8: return new NumericColumn<byte>(field, body.Values<byte>(firstData, rows));
            case ArrowTypeId.UInt16: return new NumericColumn<ushort>(field, body.Values<ushort>(firstData, rows));
            case ArrowTypeId.UInt32: return new NumericColumn<uint>(field, body.Values<uint>(firstData, rows));
            case ArrowTypeId.UInt64: return new NumericColumn<ulong>(field, body.Values<ulong>(firstData, rows));
            case ArrowTypeId.Float32: return new NumericColumn<float>(field, body.Values<float>(firstData, rows));
            default: return new NumericColumn<double>(field, body.Values<double>(firstData, rows));
        }
    }

    /// <summary>
    /// The indices of a dictionary column, stored at the field's declared width (Int8, Int16 or Int32: a primitive
    /// integer layout, Columnar.rst "Dictionary-encoded Layout"), widened to int and each checked to name a value.
    /// </summary>
    private static int[] DictionaryIndices(ArrowField field, int rows, ColumnBody body, int buffer)
    {
        int[] indices = field.DictionaryIndexType!.Id switch
        {
            ArrowTypeId.Int8 => Widen(body.Values<sbyte>(buffer, rows)),
            ArrowTypeId.Int16 => Widen(body.Values<short>(buffer, rows)),
            _ => body.Values<int>(buffer, rows),
        };
        int size = field.DictionaryValues!.Count;
        foreach (int index in indices)
        {
            if ((uint)index >= (uint)size)
                throw body.Error($"dictionary index {index} is outside its {size} values");
        }
        return indices;
    }

    /// <summary>The values of <paramref name="narrow"/> sign-extended to int.</summary>
    private static int[] Widen<T>(T[] narrow) where T : unmanaged, IBinaryInteger<T>
    {
        var wide = new int[narrow.Length];
        for (int i = 0; i < narrow.Length; i++)
            wide[i] = int.CreateTruncating(narrow[i]);
        return wide;
    }

    /// <summary>Bounds-checked access to the body buffers of one column.</summary>
    private readonly struct ColumnBody(FlatBufferBuffer fb, byte[] body, int bufferVectorStart, string column)
    {
        public ArrowFormatException Error(string problem) => fb.Error($"column '{column}': {problem}");

        /// <summary>Buffer <paramref name="index"/> of the batch, which must hold at least <paramref name="minLength"/> bytes.</summary>
        public ReadOnlySpan<byte> Buffer(int index, long minLength)
        {
            var s = fb.Bytes.AsSpan(bufferVectorStart + index * IpcFormat.BufferSize);
            long offset = BinaryPrimitives.ReadInt64LittleEndian(s);
            long length = BinaryPrimitives.ReadInt64LittleEndian(s[8..]);
            if (offset < 0 || length < 0 || offset > body.Length || length > body.Length - offset)
                throw Error($"buffer {index} (offset {offset}, length {length}) is out of bounds of the {body.Length}-byte body");
            if (length < minLength)
                throw Error($"buffer {index} has {length} bytes; {minLength} are needed");
            return body.AsSpan((int)offset, (int)length);
        }

        public T[] Values<T>(int index, long count) where T : unmanaged
        {
            int width = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            return MemoryMarshal.Cast<byte, T>(Buffer(index, count * width)[..(int)(count * width)]).ToArray();
        }
    }
}
