using System.Buffers.Binary;

namespace NuMMGen.Generator.Arrow;

/// <summary>Encodes the Arrow IPC FlatBuffers (Schema, Message, RecordBatch, DictionaryBatch, Footer).</summary>
internal static class IpcMetadataWriter
{
    // Slot numbers follow the field order of the .fbs tables; a union takes two slots (type code, value).
    private const int MessageVersion = 0, MessageHeaderType = 1, MessageHeader = 2, MessageBodyLength = 3;
    private const int FieldName = 0, FieldNullable = 1, FieldTypeType = 2, FieldType = 3, FieldDictionary = 4,
        FieldChildren = 5, FieldMetadata = 6;

    public static ReadOnlySpan<byte> SchemaMessage(FlatBufferBuilder b, ArrowSchema schema)
    {
        b.Clear();
        int schemaTable = Schema(b, schema);
        return Message(b, IpcFormat.HeaderSchema, schemaTable, 0);
    }

    public static ReadOnlySpan<byte> RecordBatchMessage(FlatBufferBuilder b, long length, int nodeCount,
        ReadOnlySpan<IpcBuffer> buffers, long bodyLength)
    {
        b.Clear();
        int batch = RecordBatch(b, length, nodeCount, buffers);
        return Message(b, IpcFormat.HeaderRecordBatch, batch, bodyLength);
    }

    public static ReadOnlySpan<byte> DictionaryBatchMessage(FlatBufferBuilder b, long id, long length,
        ReadOnlySpan<IpcBuffer> buffers, long bodyLength)
    {
        b.Clear();
        int batch = RecordBatch(b, length, 1, buffers);
        b.StartTable(3);
        b.AddInt64(0, id);
        b.AddOffset(1, batch);
        b.AddBool(2, false);
        int dictionaryBatch = b.EndTable();
        return Message(b, IpcFormat.HeaderDictionaryBatch, dictionaryBatch, bodyLength);
    }

    public static ReadOnlySpan<byte> Footer(FlatBufferBuilder b, ArrowSchema schema,
        IReadOnlyList<IpcBlock> dictionaries, IReadOnlyList<IpcBlock> recordBatches)
    {
        b.Clear();
        int schemaTable = Schema(b, schema);
        int dictionaryVector = Blocks(b, dictionaries);
        int batchVector = Blocks(b, recordBatches);
        b.StartTable(4);
        b.AddInt16(0, IpcFormat.MetadataV5);
        b.AddOffset(1, schemaTable);
        b.AddOffset(2, dictionaryVector);
        b.AddOffset(3, batchVector);
        return b.Finish(b.EndTable());
    }

    private static ReadOnlySpan<byte> Message(FlatBufferBuilder b, byte headerType, int header, long bodyLength)
    {
        b.StartTable(5);
        b.AddInt64(MessageBodyLength, bodyLength);
        b.AddOffset(MessageHeader, header);
        b.AddInt16(MessageVersion, IpcFormat.MetadataV5);
        b.AddByte(MessageHeaderType, headerType);
        return b.Finish(b.EndTable());
    }

    private static int Blocks(FlatBufferBuilder b, IReadOnlyList<IpcBlock> blocks)
    {
        b.StartVector(IpcFormat.BlockSize, blocks.Count, 8);
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            Span<byte> s = b.AddStruct(IpcFormat.BlockSize);
            BinaryPrimitives.WriteInt64LittleEndian(s, blocks[i].Offset);
            BinaryPrimitives.WriteInt32LittleEndian(s[8..], blocks[i].MetaDataLength);
            BinaryPrimitives.WriteInt64LittleEndian(s[16..], blocks[i].BodyLength);
        }
        return b.EndVector(blocks.Count);
    }

    private static int RecordBatch(FlatBufferBuilder b, long length, int nodeCount, ReadOnlySpan<IpcBuffer> buffers)
    {
        // Every column has `length` values and no nulls.
        b.StartVector(IpcFormat.FieldNodeSize, nodeCount, 8);
        for (int i = 0; i < nodeCount; i++)
            BinaryPrimitives.WriteInt64LittleEndian(b.AddStruct(IpcFormat.FieldNodeSize), length);
        int nodes = b.EndVector(nodeCount);

        b.StartVector(IpcFormat.BufferSize, buffers.Length, 8);
        for (int i = buffers.Length - 1; i >= 0; i--)
        {
            Span<byte> s = b.AddStruct(IpcFormat.BufferSize);
            BinaryPrimitives.WriteInt64LittleEndian(s, buffers[i].Offset);
            BinaryPrimitives.WriteInt64LittleEndian(s[8..], buffers[i].Length);
        }
        int bufferVector = b.EndVector(buffers.Length);

        b.StartTable(3);
        b.AddInt64(0, length);
        b.AddOffset(1, nodes);
        b.AddOffset(2, bufferVector);
        return b.EndTable();
    }

    private static int Schema(FlatBufferBuilder b, ArrowSchema schema)
    {
        Span<int> fields = schema.Fields.Count <= 256 ? stackalloc int[schema.Fields.Count] : new int[schema.Fields.Count];
        for (int i = 0; i < fields.Length; i++)
            fields[i] = Field(b, schema.Fields[i], dictionaryId: i);
        int fieldVector = b.CreateOffsetVector(fields);
        int metadata = KeyValues(b, schema.Metadata);
        b.StartTable(4);
        b.AddInt16(0, 0); // endianness: Little
        b.AddOffset(1, fieldVector);
        b.AddOffset(2, metadata);
        return b.EndTable();
    }

    private static int Field(FlatBufferBuilder b, ArrowField field, int dictionaryId)
    {
        int name = b.CreateString(field.Name);
        (byte typeCode, int typeTable) = Type(b, field.Type);
        int dictionary = 0;
        if (field.Type == ArrowType.DictionaryUtf8)
        {
            // DictionaryEncoding (format/Schema.fbs): indexType is an Int table; the buffers carry indices of
            // exactly this width (Columnar.rst, "Dictionary-encoded Layout": laid out like a primitive integer array).
            int indexType = IntType(b, field.DictionaryIndexType!.ByteWidth * 8, signed: true);
            b.StartTable(4);
            b.AddInt64(0, dictionaryId);
            b.AddOffset(1, indexType);
            b.AddBool(2, false);
            dictionary = b.EndTable();
        }
        int children = b.CreateOffsetVector([]);
        int metadata = KeyValues(b, field.Metadata);
        b.StartTable(7);
        b.AddOffset(FieldName, name);
        b.AddOffset(FieldType, typeTable);
        if (dictionary != 0)
            b.AddOffset(FieldDictionary, dictionary);
        b.AddOffset(FieldChildren, children);
        b.AddOffset(FieldMetadata, metadata);
        b.AddBool(FieldNullable, false);
        b.AddByte(FieldTypeType, typeCode);
        return b.EndTable();
    }

    private static (byte Code, int Table) Type(FlatBufferBuilder b, ArrowType type)
    {
        switch (type.Id)
        {
            case ArrowTypeId.Bool:
                b.StartTable(0);
                return (IpcFormat.TypeBool, b.EndTable());
            case ArrowTypeId.Utf8:
            case ArrowTypeId.DictionaryUtf8: // the field type of a dictionary field is its value type
                b.StartTable(0);
                return (IpcFormat.TypeUtf8, b.EndTable());
            case ArrowTypeId.Float32:
            case ArrowTypeId.Float64:
                b.StartTable(1);
                b.AddInt16(0, type.Id == ArrowTypeId.Float32 ? IpcFormat.PrecisionSingle : IpcFormat.PrecisionDouble);
                return (IpcFormat.TypeFloatingPoint, b.EndTable());
            default:
                bool signed = type.Id is ArrowTypeId.Int8 or ArrowTypeId.Int16 or ArrowTypeId.Int32 or ArrowTypeId.Int64;
                return (IpcFormat.TypeInt, IntType(b, type.ByteWidth * 8, signed));
        }
    }

    private static int IntType(FlatBufferBuilder b, int bitWidth, bool signed)
    {
        b.StartTable(2);
        b.AddInt32(0, bitWidth);
        b.AddBool(1, signed);
        return b.EndTable();
    }

    private static int KeyValues(FlatBufferBuilder b, IReadOnlyDictionary<string, string> metadata)
    {
        var pairs = new int[metadata.Count];
        int i = 0;
        foreach (var (key, value) in metadata)
        {
            int k = b.CreateString(key);
            int v = b.CreateString(value);
            b.StartTable(2);
            b.AddOffset(0, k);
            b.AddOffset(1, v);
            pairs[i++] = b.EndTable();
        }
        return b.CreateOffsetVector(pairs);
    }
}
