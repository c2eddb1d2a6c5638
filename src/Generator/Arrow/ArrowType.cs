namespace NuMMGen.Generator.Arrow;

/// <summary>The column types this Arrow implementation writes and reads.</summary>
public enum ArrowTypeId
{
    /// <summary>Boolean, bit-packed (least significant bit first).</summary>
    Bool,
    /// <summary>Signed 8-bit integer.</summary>
    Int8,
    /// <summary>Signed 16-bit integer.</summary>
    Int16,
    /// <summary>Signed 32-bit integer.</summary>
    Int32,
    /// <summary>Signed 64-bit integer.</summary>
    Int64,
    /// <summary>Unsigned 8-bit integer.</summary>
    UInt8,
    /// <summary>Unsigned 16-bit integer.</summary>
    UInt16,
    /// <summary>Unsigned 32-bit integer.</summary>
    UInt32,
    /// <summary>Unsigned 64-bit integer.</summary>
    UInt64,
    /// <summary>IEEE 754 binary32.</summary>
    Float32,
    /// <summary>IEEE 754 binary64.</summary>
    Float64,
    /// <summary>UTF-8 string with 32-bit offsets (at most 2 GiB of text per record batch).</summary>
    Utf8,
    /// <summary>
    /// Dictionary-encoded UTF-8 string (a categorical column) with signed 8-, 16- or 32-bit indices: the writer uses
    /// the narrowest that reaches every value (<see cref="ArrowField.DictionaryIndexTypeFor"/>).
    /// </summary>
    DictionaryUtf8,
}

/// <summary>
/// An Arrow logical type, restricted to the flat types NuMMGen needs (no nested types, no nulls:
/// every column is written with null count 0 and no validity buffer). Compare with <c>==</c>; one instance per id.
/// </summary>
public sealed class ArrowType
{
    private ArrowType(ArrowTypeId id, int byteWidth, Type? clrType)
    {
        Id = id;
        ByteWidth = byteWidth;
        ClrType = clrType;
    }

    /// <summary>Which type this is.</summary>
    public ArrowTypeId Id { get; }

    /// <summary>
    /// Bytes per value for fixed-width numeric types; 0 for Bool, Utf8 and DictionaryUtf8 (whose index width is
    /// per field: <see cref="ArrowField.DictionaryIndexType"/>).
    /// </summary>
    public int ByteWidth { get; }

    /// <summary>The .NET element type of a fixed-width numeric column (e.g. <see cref="double"/>), otherwise null.</summary>
    public Type? ClrType { get; }

    /// <summary>Boolean (bit-packed).</summary>
    public static ArrowType Bool { get; } = new(ArrowTypeId.Bool, 0, null);
    /// <summary>Signed 8-bit integer (<see cref="sbyte"/>).</summary>
    public static ArrowType Int8 { get; } = new(ArrowTypeId.Int8, 1, typeof(sbyte));
    /// <summary>Signed 16-bit integer (<see cref="short"/>).</summary>
    public static ArrowType Int16 { get; } = new(ArrowTypeId.Int16, 2, typeof(short));
    /// <summary>Signed 32-bit integer (<see cref="int"/>).</summary>
    public static ArrowType Int32 { get; } = new(ArrowTypeId.Int32, 4, typeof(int));
    /// <summary>Signed 64-bit integer (<see cref="long"/>).</summary>
    public static ArrowType Int64 { get; } = new(ArrowTypeId.Int64, 8, typeof(long));
    /// <summary>Unsigned 8-bit integer (<see cref="byte"/>).</summary>
    public static ArrowType UInt8 { get; } = new(ArrowTypeId.UInt8, 1, typeof(byte));
    /// <summary>Unsigned 16-bit integer (<see cref="ushort"/>).</summary>
    public static ArrowType UInt16 { get; } = new(ArrowTypeId.UInt16, 2, typeof(ushort));
    /// <summary>Unsigned 32-bit integer (<see cref="uint"/>).</summary>
    public static ArrowType UInt32 { get; } = new(ArrowTypeId.UInt32, 4, typeof(uint));
    /// <summary>Unsigned 64-bit integer (<see cref="ulong"/>).</summary>
    public static ArrowType UInt64 { get; } = new(ArrowTypeId.UInt64, 8, typeof(ulong));
    /// <summary>32-bit float (<see cref="float"/>).</summary>
    public static ArrowType Float32 { get; } = new(ArrowTypeId.Float32, 4, typeof(float));
    /// <summary>64-bit float (<see cref="double"/>).</summary>
    public static ArrowType Float64 { get; } = new(ArrowTypeId.Float64, 8, typeof(double));
    /// <summary>UTF-8 string.</summary>
    public static ArrowType Utf8 { get; } = new(ArrowTypeId.Utf8, 0, null);
    /// <summary>
    /// Dictionary-encoded UTF-8 string; the values live in <see cref="ArrowField.DictionaryValues"/> and the indices are
    /// signed integers of the width in <see cref="ArrowField.DictionaryIndexType"/>: Int8 for at most 127 values, Int16
    /// for at most 32767, otherwise Int32 (<see cref="ArrowField.DictionaryIndexTypeFor"/>). Files of other writers
    /// (and ours from before the indices were narrowed) may use Int32 for any dictionary and are read as well.
    /// </summary>
    public static ArrowType DictionaryUtf8 { get; } = new(ArrowTypeId.DictionaryUtf8, 0, null);

    /// <summary>True for the fixed-width numeric types (those with a <see cref="ClrType"/>).</summary>
    public bool IsNumeric => ByteWidth > 0;

    /// <summary>The instance for <paramref name="id"/>.</summary>
    public static ArrowType FromId(ArrowTypeId id) => id switch
    {
        ArrowTypeId.Bool => Bool,
        ArrowTypeId.Int8 => Int8,
        ArrowTypeId.Int16 => Int16,
        ArrowTypeId.Int32 => Int32,
        ArrowTypeId.Int64 => Int64,
        ArrowTypeId.UInt8 => UInt8,
        ArrowTypeId.UInt16 => UInt16,
        ArrowTypeId.UInt32 => UInt32,
        ArrowTypeId.UInt64 => UInt64,
        ArrowTypeId.Float32 => Float32,
        ArrowTypeId.Float64 => Float64,
        ArrowTypeId.Utf8 => Utf8,
        ArrowTypeId.DictionaryUtf8 => DictionaryUtf8,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown Arrow type id."),
    };

    /// <summary>The type name, e.g. "Float64".</summary>
    public override string ToString() => Id.ToString();
}
