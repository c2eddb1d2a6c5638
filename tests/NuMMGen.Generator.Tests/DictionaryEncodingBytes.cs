using System.Buffers.Binary;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// Where the dictionary index type of a field lies in a file's bytes, found by walking the FlatBuffers by hand
/// (independently of our reader): Schema.fields[i].dictionary.indexType, an Int table (format/Schema.fbs) whose
/// slot 0 is bitWidth (int32) and slot 1 is_signed (bool). Both copies of the schema are found: the schema message
/// at the start of the file and the one in the footer.
/// </summary>
internal static class DictionaryEncodingBytes
{
    /// <summary>The positions of bitWidth and is_signed of field <paramref name="field"/> in both schemas.</summary>
    public static (int BitWidthAt, int SignedAt)[] IndexType(byte[] file, int field) =>
    [
        IntTable(file, SchemaInMessage(file), field),
        IntTable(file, SchemaInFooter(file), field),
    ];

    /// <summary>The declared (bitWidth, is_signed) of field <paramref name="field"/> in both schemas.</summary>
    public static (int BitWidth, bool Signed)[] Declared(byte[] file, int field) =>
        IndexType(file, field).Select(p => (BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(p.BitWidthAt)), file[p.SignedAt] != 0)).ToArray();

    /// <summary>Message (root of the metadata after the 8-byte magic and 8-byte prefix) -> header (slot 2).</summary>
    private static int SchemaInMessage(byte[] file)
    {
        const int metadataStart = 16;
        int message = Follow(file, metadataStart);
        return Follow(file, Slot(file, message, 2));
    }

    /// <summary>Footer (root of the bytes before the int32 length and the trailing magic) -> schema (slot 1).</summary>
    private static int SchemaInFooter(byte[] file)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 10));
        int footer = Follow(file, file.Length - 10 - length);
        return Follow(file, Slot(file, footer, 1));
    }

    /// <summary>Schema.fields (slot 1)[field] -> Field.dictionary (slot 4) -> DictionaryEncoding.indexType (slot 1).</summary>
    private static (int, int) IntTable(byte[] file, int schema, int field)
    {
        int fields = Follow(file, Slot(file, schema, 1));
        int fieldTable = Follow(file, fields + 4 + 4 * field);
        int dictionary = Follow(file, Slot(file, fieldTable, 4));
        int intTable = Follow(file, Slot(file, dictionary, 1));
        return (Slot(file, intTable, 0), Slot(file, intTable, 1));
    }

    /// <summary>The absolute position of a table's field: table + the vtable entry (vtable at table - soffset).</summary>
    private static int Slot(byte[] file, int table, int slot)
    {
        int vtable = table - BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(table));
        int relative = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(vtable + 4 + 2 * slot));
        Assert.True(relative != 0, $"slot {slot} of the table at byte {table} is absent");
        return table + relative;
    }

    private static int Follow(byte[] file, int position) => position + BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(position));
}
