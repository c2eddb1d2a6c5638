using System.Buffers.Binary;
using System.Text;

namespace NuMMGen.Generator.Arrow;

/// <summary>
/// A minimal FlatBuffers encoder (google.github.io/flatbuffers, "FlatBuffers internals"), enough for the Arrow
/// IPC metadata. Like the reference builders it fills a buffer from the back: children are written before
/// their parents, so every uoffset points forward. Positions handed out are distances from the buffer end.
/// Tables: StartTable, Add* for each present field, EndTable (writes the vtable). Vectors: StartVector,
/// the elements in reverse order, EndVector. Reusable after <see cref="Clear"/>.
/// </summary>
internal sealed class FlatBufferBuilder
{
    private byte[] _buffer;
    private int _head;            // index of the first used byte; data is _buffer[_head..]
    private int _minAlign = 1;
    private readonly int[] _fieldPositions = new int[16];
    private int _fieldCount;
    private int _tableStart;

    public FlatBufferBuilder(int initialCapacity = 1024)
    {
        _buffer = new byte[initialCapacity];
        _head = _buffer.Length;
    }

    /// <summary>Bytes written so far (the distance from the buffer end to the head).</summary>
    public int Offset => _buffer.Length - _head;

    public void Clear()
    {
        _head = _buffer.Length;
        _minAlign = 1;
        _fieldCount = 0;
    }

    /// <summary>Pads so that after writing <paramref name="additionalBytes"/> the head is aligned to <paramref name="size"/>.</summary>
    private void Prep(int size, int additionalBytes)
    {
        _minAlign = Math.Max(_minAlign, size);
        int padding = (-(Offset + additionalBytes)) & (size - 1);
        Reserve(padding + additionalBytes);
        Take(padding).Clear();
    }

    private void Reserve(int bytes)
    {
        if (_head >= bytes)
            return;
        int used = Offset;
        int newSize = Math.Max(_buffer.Length * 2, used + bytes + 64);
        var bigger = new byte[newSize];
        _buffer.AsSpan(_head).CopyTo(bigger.AsSpan(newSize - used));
        _buffer = bigger;
        _head = newSize - used;
    }

    /// <summary>Moves the head down by <paramref name="bytes"/> (no alignment) and returns the new space.</summary>
    private Span<byte> Take(int bytes)
    {
        Reserve(bytes);
        _head -= bytes;
        return _buffer.AsSpan(_head, bytes);
    }

    private void PutByte(byte value) { Prep(1, 0); Take(1)[0] = value; }
    private void PutInt16(short value) { Prep(2, 0); BinaryPrimitives.WriteInt16LittleEndian(Take(2), value); }
    private void PutInt32(int value) { Prep(4, 0); BinaryPrimitives.WriteInt32LittleEndian(Take(4), value); }
    private void PutInt64(long value) { Prep(8, 0); BinaryPrimitives.WriteInt64LittleEndian(Take(8), value); }

    /// <summary>Writes a uoffset to the object at <paramref name="target"/> (an earlier position).</summary>
    private void PutOffset(int target)
    {
        Prep(4, 0);
        int relative = Offset + 4 - target;
        BinaryPrimitives.WriteInt32LittleEndian(Take(4), relative);
    }

    public int CreateString(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Prep(4, length + 1);
        Take(1)[0] = 0;
        Encoding.UTF8.GetBytes(value, Take(length));
        BinaryPrimitives.WriteInt32LittleEndian(Take(4), length);
        return Offset;
    }

    /// <summary>Starts a vector of <paramref name="count"/> elements of <paramref name="elementSize"/> bytes.</summary>
    public void StartVector(int elementSize, int count, int alignment)
    {
        Prep(4, elementSize * count);
        Prep(alignment, elementSize * count);
    }

    public int EndVector(int count)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Take(4), count);
        return Offset;
    }

    /// <summary>A vector of uoffsets to tables or strings, given in natural order.</summary>
    public int CreateOffsetVector(ReadOnlySpan<int> targets)
    {
        StartVector(4, targets.Length, 4);
        for (int i = targets.Length - 1; i >= 0; i--)
            PutOffset(targets[i]);
        return EndVector(targets.Length);
    }

    /// <summary>Writes one struct of a struct vector (call in reverse order); returns its bytes to fill.</summary>
    public Span<byte> AddStruct(int size)
    {
        Span<byte> space = Take(size);
        space.Clear();
        return space;
    }

    public void StartTable(int fieldCount)
    {
        if (fieldCount > _fieldPositions.Length)
            throw new ArgumentOutOfRangeException(nameof(fieldCount));
        _fieldPositions.AsSpan(0, fieldCount).Clear();
        _fieldCount = fieldCount;
        _tableStart = Offset;
    }

    public void AddBool(int slot, bool value) { PutByte(value ? (byte)1 : (byte)0); _fieldPositions[slot] = Offset; }
    public void AddByte(int slot, byte value) { PutByte(value); _fieldPositions[slot] = Offset; }
    public void AddInt16(int slot, short value) { PutInt16(value); _fieldPositions[slot] = Offset; }
    public void AddInt32(int slot, int value) { PutInt32(value); _fieldPositions[slot] = Offset; }
    public void AddInt64(int slot, long value) { PutInt64(value); _fieldPositions[slot] = Offset; }
    public void AddOffset(int slot, int target) { PutOffset(target); _fieldPositions[slot] = Offset; }

    /// <summary>Finishes the table: writes its soffset to a fresh vtable placed just before it.</summary>
    public int EndTable()
    {
        PutInt32(0); // placeholder for the soffset to the vtable
        int tableOffset = Offset;
        for (int slot = _fieldCount - 1; slot >= 0; slot--)
        {
            int position = _fieldPositions[slot];
            PutInt16(position == 0 ? (short)0 : checked((short)(tableOffset - position)));
        }
        PutInt16(checked((short)(tableOffset - _tableStart)));
        PutInt16(checked((short)((_fieldCount + 2) * 2)));
        int vtableOffset = Offset;
        // soffset = table address - vtable address; the vtable lies before the table.
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_buffer.Length - tableOffset), vtableOffset - tableOffset);
        _fieldCount = 0;
        return tableOffset;
    }

    /// <summary>Writes the root uoffset and returns the finished buffer (a view into the builder's memory).</summary>
    public ReadOnlySpan<byte> Finish(int root)
    {
        Prep(Math.Max(_minAlign, 8), 4);
        PutOffset(root);
        return _buffer.AsSpan(_head);
    }
}
