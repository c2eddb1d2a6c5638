namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Constants of the Arrow IPC file format (arrow.apache.org/docs/format/Columnar.html, "IPC File Format";
/// format/Schema.fbs, Message.fbs, File.fbs). Union type codes are the 1-based positions in the .fbs unions.
/// </summary>
internal static class IpcFormat
{
    /// <summary>The magic string at both ends of a file (padded to 8 bytes at the start).</summary>
    public static ReadOnlySpan<byte> Magic => "ARROW1"u8;

    /// <summary>Continuation marker (0xFFFFFFFF) that opens each encapsulated message since format 0.15.</summary>
    public const int ContinuationMarker = -1;

    /// <summary>MetadataVersion.V4 (read only).</summary>
    public const short MetadataV4 = 3;
    /// <summary>MetadataVersion.V5 (written).</summary>
    public const short MetadataV5 = 4;

    /// <summary>MessageHeader union codes.</summary>
    public const byte HeaderSchema = 1, HeaderDictionaryBatch = 2, HeaderRecordBatch = 3;

    /// <summary>Type union codes used here.</summary>
    public const byte TypeInt = 2, TypeFloatingPoint = 3, TypeUtf8 = 5, TypeBool = 6;

    /// <summary>FloatingPoint.precision codes.</summary>
    public const short PrecisionSingle = 1, PrecisionDouble = 2;

    /// <summary>Alignment and padding of body buffers (64 bytes, as the format recommends).</summary>
    public const int BufferAlignment = 64;

    /// <summary>Sizes of the structs Block (File.fbs), FieldNode and Buffer (Message.fbs).</summary>
    public const int BlockSize = 24, FieldNodeSize = 16, BufferSize = 16;

    /// <summary>Bytes of the trailer: int32 footer length plus the magic.</summary>
    public const int TrailerSize = 4 + 6;

    /// <summary>Bytes of the leading magic with its padding.</summary>
    public const int HeaderSize = 8;

    public static long Align(long value, int alignment) => (value + alignment - 1) & ~(long)(alignment - 1);

    /// <summary>Buffers per column in a record batch, including the (empty) validity buffer.</summary>
    public static int BufferCount(ArrowType type) =>
        type.Id is ArrowTypeId.Utf8 ? 3 : 2;

    /// <summary>A type's name as the .fbs unions spell it, for messages about unsupported types.</summary>
    public static string TypeCodeName(byte code) => code switch
    {
        0 => "NONE", 1 => "Null", 2 => "Int", 3 => "FloatingPoint", 4 => "Binary", 5 => "Utf8", 6 => "Bool",
        7 => "Decimal", 8 => "Date", 9 => "Time", 10 => "Timestamp", 11 => "Interval", 12 => "List",
        13 => "Struct_", 14 => "Union", 15 => "FixedSizeBinary", 16 => "FixedSizeList", 17 => "Map",
        18 => "Duration", 19 => "LargeBinary", 20 => "LargeUtf8", 21 => "LargeList",
        _ => $"type code {code}",
    };

    public static string HeaderName(byte code) => code switch
    {
        0 => "NONE", 1 => "Schema", 2 => "DictionaryBatch", 3 => "RecordBatch", 4 => "Tensor", 5 => "SparseTensor",
        _ => $"message type {code}",
    };
}

/// <summary>A Block of the file footer: where one message lies in the file.</summary>
internal readonly record struct IpcBlock(long Offset, int MetaDataLength, long BodyLength);

/// <summary>A Buffer of a record batch: offset and length relative to the message body.</summary>
internal readonly record struct IpcBuffer(long Offset, long Length);
