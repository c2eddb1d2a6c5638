using System.Buffers.Binary;
using System.Text;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// A bounds-checked view of one FlatBuffers buffer (Arrow metadata read from a file). Every offset is
/// checked against the buffer before use, so corrupt metadata raises <see cref="ArrowFormatException"/>
/// naming the file and the part being decoded (<paramref name="section"/>), never an out-of-range read.
/// </summary>
internal sealed class FlatBufferBuffer(byte[] bytes, string filePath, string section)
{
    public byte[] Bytes { get; } = bytes;

    public ArrowFormatException Error(string problem) => new(filePath, $"{section}: {problem}");

    public void Check(long position, long size, string what)
    {
        if (position < 0 || size < 0 || position + size > Bytes.Length)
            throw Error($"{what} at byte {position} (size {size}) lies outside the {Bytes.Length}-byte metadata");
    }

    public int ReadInt32(long position, string what)
    {
        Check(position, 4, what);
        return BinaryPrimitives.ReadInt32LittleEndian(Bytes.AsSpan((int)position));
    }

    /// <summary>The root table (uoffset at byte 0).</summary>
    public FlatBufferTable Root(string what) => new(this, Follow(0, what), what);

    /// <summary>Follows the uoffset stored at <paramref name="position"/>.</summary>
    public int Follow(int position, string what)
    {
        long target = (long)position + (uint)ReadInt32(position, what);
        Check(target, 4, what);
        return (int)target;
    }
}

/// <summary>One table inside a <see cref="FlatBufferBuffer"/>; field slots are numbered from 0 in schema order.</summary>
internal readonly struct FlatBufferTable
{
    private readonly FlatBufferBuffer _buffer;
    private readonly int _position;
    private readonly int _vtable;
    private readonly int _vtableSize;
    private readonly string _what;

    public FlatBufferTable(FlatBufferBuffer buffer, int position, string what)
    {
        _buffer = buffer;
        _position = position;
        _what = what;
        long vtable = position - (long)buffer.ReadInt32(position, what);
        buffer.Check(vtable, 4, $"vtable of {what}");
        _vtable = (int)vtable;
        _vtableSize = BinaryPrimitives.ReadUInt16LittleEndian(buffer.Bytes.AsSpan(_vtable));
        int tableSize = BinaryPrimitives.ReadUInt16LittleEndian(buffer.Bytes.AsSpan(_vtable + 2));
        if (_vtableSize < 4 || (_vtableSize & 1) != 0)
            throw buffer.Error($"vtable of {what} has invalid size {_vtableSize}");
        buffer.Check(_vtable, _vtableSize, $"vtable of {what}");
        buffer.Check(position, Math.Max(tableSize, 4), what);
    }

    public FlatBufferBuffer Buffer => _buffer;

    /// <summary>Absolute position of the field in <paramref name="slot"/>, or -1 if absent.</summary>
    private int FieldPosition(int slot, int size)
    {
        int entry = 4 + 2 * slot;
        if (entry + 2 > _vtableSize)
            return -1;
        int relative = BinaryPrimitives.ReadUInt16LittleEndian(_buffer.Bytes.AsSpan(_vtable + entry));
        if (relative == 0)
            return -1;
        _buffer.Check(_position + (long)relative, size, $"field {slot} of {_what}");
        return _position + relative;
    }

    public bool Has(int slot) => FieldPosition(slot, 1) >= 0;

    public byte GetByte(int slot, byte defaultValue = 0)
    {
        int p = FieldPosition(slot, 1);
        return p < 0 ? defaultValue : _buffer.Bytes[p];
    }

    public bool GetBool(int slot, bool defaultValue = false) => GetByte(slot, defaultValue ? (byte)1 : (byte)0) != 0;

    public short GetInt16(int slot, short defaultValue = 0)
    {
        int p = FieldPosition(slot, 2);
        return p < 0 ? defaultValue : BinaryPrimitives.ReadInt16LittleEndian(_buffer.Bytes.AsSpan(p));
    }

    public int GetInt32(int slot, int defaultValue = 0)
    {
        int p = FieldPosition(slot, 4);
        return p < 0 ? defaultValue : BinaryPrimitives.ReadInt32LittleEndian(_buffer.Bytes.AsSpan(p));
    }

    public long GetInt64(int slot, long defaultValue = 0)
    {
        int p = FieldPosition(slot, 8);
        return p < 0 ? defaultValue : BinaryPrimitives.ReadInt64LittleEndian(_buffer.Bytes.AsSpan(p));
    }

    /// <summary>The sub-table in <paramref name="slot"/>, or null if absent.</summary>
    public FlatBufferTable? GetTable(int slot, string what)
    {
        int p = FieldPosition(slot, 4);
        return p < 0 ? null : new FlatBufferTable(_buffer, _buffer.Follow(p, what), what);
    }

    public string? GetString(int slot, string what)
    {
        int p = FieldPosition(slot, 4);
        if (p < 0)
            return null;
        int start = _buffer.Follow(p, what);
        int length = _buffer.ReadInt32(start, what);
        _buffer.Check(start + 4L, length, what);
        return Encoding.UTF8.GetString(_buffer.Bytes, start + 4, length);
    }

    /// <summary>The vector in <paramref name="slot"/>: position of its first element and its length (0, 0 if absent).</summary>
    public (int Start, int Count) GetVector(int slot, int elementSize, string what)
    {
        int p = FieldPosition(slot, 4);
        if (p < 0)
            return (0, 0);
        int start = _buffer.Follow(p, what);
        int count = _buffer.ReadInt32(start, what);
        if (count < 0)
            throw _buffer.Error($"{what} has negative length {count}");
        _buffer.Check(start + 4L, (long)count * elementSize, what);
        return (start + 4, count);
    }

    /// <summary>Element <paramref name="index"/> of a vector of tables that starts at <paramref name="vectorStart"/>.</summary>
    public FlatBufferTable TableAt(int vectorStart, int index, string what) =>
        new(_buffer, _buffer.Follow(vectorStart + 4 * index, what), what);
}
