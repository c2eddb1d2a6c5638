using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NuMMGen.Generator.Arrow;

/// <summary>The values of one column for the record batch being built, as Arrow body buffers.</summary>
internal abstract class ColumnBuffer(ArrowField field)
{
    public ArrowField Field { get; } = field;

    /// <summary>Values appended since the last <see cref="Reset"/>.</summary>
    public int Count { get; protected set; }

    /// <summary>The data buffers after the (always empty) validity buffer.</summary>
    public abstract int DataBufferCount { get; }

    public abstract ReadOnlySpan<byte> DataBuffer(int index);

    /// <summary>Length of the data buffer for <paramref name="rows"/> values when it follows from their number; null (strings) otherwise.</summary>
    public abstract int? FixedDataLength(int rows);

    public abstract void Reset();

    [MethodImpl(MethodImplOptions.NoInlining)]
    protected void ThrowFull() => throw new InvalidOperationException(
        $"Column '{Field.Name}' received more values than rows; call EndRow() after appending one value to each column.");

    public static ColumnBuffer Create(ArrowField field, int capacity) => field.Type.Id switch
    {
        ArrowTypeId.Bool => new BoolColumnBuffer(field, capacity),
        ArrowTypeId.Utf8 => new StringColumnBuffer(field, capacity),
        ArrowTypeId.DictionaryUtf8 => DictionaryColumnBuffer.Create(field, capacity),
        ArrowTypeId.Int8 => new NumericColumnBuffer<sbyte>(field, capacity),
        ArrowTypeId.Int16 => new NumericColumnBuffer<short>(field, capacity),
        ArrowTypeId.Int32 => new NumericColumnBuffer<int>(field, capacity),
        ArrowTypeId.Int64 => new NumericColumnBuffer<long>(field, capacity),
        ArrowTypeId.UInt8 => new NumericColumnBuffer<byte>(field, capacity),
        ArrowTypeId.UInt16 => new NumericColumnBuffer<ushort>(field, capacity),
        ArrowTypeId.UInt32 => new NumericColumnBuffer<uint>(field, capacity),
        ArrowTypeId.UInt64 => new NumericColumnBuffer<ulong>(field, capacity),
        ArrowTypeId.Float32 => new NumericColumnBuffer<float>(field, capacity),
        ArrowTypeId.Float64 => new NumericColumnBuffer<double>(field, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unsupported Arrow type."),
    };
}

internal sealed class NumericColumnBuffer<T>(ArrowField field, int capacity)
    : ColumnBuffer(field), IColumnAppender<T> where T : unmanaged
{
    private readonly T[] _values = new T[capacity];

    public override int DataBufferCount => 1;

    public override ReadOnlySpan<byte> DataBuffer(int index) => MemoryMarshal.AsBytes(_values.AsSpan(0, Count));

    public override int? FixedDataLength(int rows) => rows * Unsafe.SizeOf<T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(T value)
    {
        int count = Count;
        if ((uint)count >= (uint)_values.Length)
            ThrowFull();
        _values[count] = value;
        Count = count + 1;
    }

    public void AppendRange(ReadOnlySpan<T> values)
    {
        int count = Count;
        if (values.Length > _values.Length - count)
            ThrowFull();
        values.CopyTo(_values.AsSpan(count));
        Count = count + values.Length;
    }

    public override void Reset() => Count = 0;
}

internal sealed class BoolColumnBuffer(ArrowField field, int capacity) : ColumnBuffer(field), IColumnAppender<bool>
{
    private readonly byte[] _bits = new byte[(capacity + 7) / 8];
    private readonly int _capacity = capacity;

    public override int DataBufferCount => 1;

    public override ReadOnlySpan<byte> DataBuffer(int index) => _bits.AsSpan(0, (Count + 7) / 8);

    public override int? FixedDataLength(int rows) => (rows + 7) / 8;

    public void Append(bool value)
    {
        int count = Count;
        if (count >= _capacity)
            ThrowFull();
        // Bit i of the buffer holds value i, least significant bit first.
        if (value)
            _bits[count >> 3] |= (byte)(1 << (count & 7));
        Count = count + 1;
    }

    public void AppendRange(ReadOnlySpan<bool> values)
    {
        foreach (var value in values)
            Append(value);
    }

    public override void Reset()
    {
        _bits.AsSpan(0, (Count + 7) / 8).Clear();
        Count = 0;
    }
}

internal sealed class StringColumnBuffer(ArrowField field, int capacity) : ColumnBuffer(field), IColumnAppender<string>
{
    private readonly int[] _offsets = new int[capacity + 1];
    private byte[] _data = new byte[Math.Max(1024, capacity * 8)];

    public override int DataBufferCount => 2;

    public override ReadOnlySpan<byte> DataBuffer(int index) => index == 0
        ? MemoryMarshal.AsBytes(_offsets.AsSpan(0, Count + 1))
        : _data.AsSpan(0, _offsets[Count]);

    public override int? FixedDataLength(int rows) => null;

    public void Append(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int count = Count;
        if (count + 1 >= _offsets.Length)
            ThrowFull();
        int start = _offsets[count];
        int maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (start + (long)maxBytes > _data.Length)
            Grow(start, maxBytes);
        int written = Encoding.UTF8.GetBytes(value, _data.AsSpan(start));
        _offsets[count + 1] = start + written;
        Count = count + 1;
    }

    public void AppendRange(ReadOnlySpan<string> values)
    {
        foreach (var value in values)
            Append(value);
    }

    private void Grow(int used, int extra)
    {
        long needed = (long)used + extra;
        if (needed > Array.MaxLength)
            throw new InvalidOperationException(
                $"Column '{Field.Name}': more than 2 GiB of text in one record batch; use smaller batches.");
        long size = Math.Min(Array.MaxLength, Math.Max(needed, 2L * _data.Length));
        Array.Resize(ref _data, (int)size);
    }

    public override void Reset() => Count = 0;
}

/// <summary>Creates dictionary column buffers with the index width of their field.</summary>
internal static class DictionaryColumnBuffer
{
    /// <summary>A buffer for <paramref name="capacity"/> indices of <paramref name="field"/> (Int8, Int16 or Int32).</summary>
    public static ColumnBuffer Create(ArrowField field, int capacity) => field.DictionaryIndexType!.Id switch
    {
        ArrowTypeId.Int8 => new DictionaryColumnBuffer<sbyte>(field, capacity),
        ArrowTypeId.Int16 => new DictionaryColumnBuffer<short>(field, capacity),
        ArrowTypeId.Int32 => new DictionaryColumnBuffer<int>(field, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.DictionaryIndexType,
            $"Column '{field.Name}': unsupported dictionary index type."),
    };
}

/// <summary>
/// Indices of a dictionary column, taken as <see cref="int"/> (or looked up from the value) and stored as
/// <typeparamref name="TIndex"/>, the field's <see cref="ArrowField.DictionaryIndexType"/>. The data buffer is
/// then laid out like a primitive column of that integer type (Columnar.rst, "Dictionary-encoded Layout").
/// </summary>
/// <typeparam name="TIndex"><see cref="sbyte"/>, <see cref="short"/> or <see cref="int"/>.</typeparam>
internal sealed class DictionaryColumnBuffer<TIndex> : ColumnBuffer, IColumnAppender<int>, IColumnAppender<string>
    where TIndex : unmanaged, IBinaryInteger<TIndex>, IMinMaxValue<TIndex>
{
    private readonly TIndex[] _indices;
    private readonly Dictionary<string, int> _indexByValue;
    /// <summary>One past the largest index accepted: the dictionary size, or less if TIndex cannot reach it.</summary>
    private readonly uint _limit;

    /// <summary>A buffer for <paramref name="capacity"/> indices into the values of <paramref name="field"/>.</summary>
    public DictionaryColumnBuffer(ArrowField field, int capacity) : base(field)
    {
        _indices = new TIndex[capacity];
        _indexByValue = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < field.DictionaryValues!.Count; i++)
            _indexByValue.Add(field.DictionaryValues[i], i);
        ulong reach = ulong.CreateTruncating(TIndex.MaxValue) + 1;
        _limit = (uint)Math.Min((ulong)_indexByValue.Count, reach);
    }

    public override int DataBufferCount => 1;

    public override ReadOnlySpan<byte> DataBuffer(int index) => MemoryMarshal.AsBytes(_indices.AsSpan(0, Count));

    public override int? FixedDataLength(int rows) => rows * Unsafe.SizeOf<TIndex>();

    /// <summary>Appends one index, refused (<see cref="ArgumentOutOfRangeException"/>) unless it names a value.</summary>
    public void Append(int value)
    {
        if ((uint)value >= _limit)
            ThrowOutOfRange(value, nameof(value));
        int count = Count;
        if ((uint)count >= (uint)_indices.Length)
            ThrowFull();
        _indices[count] = TIndex.CreateTruncating(value);
        Count = count + 1;
    }

    /// <summary>Appends indices, each checked like <see cref="Append(int)"/> and narrowed to <typeparamref name="TIndex"/>.</summary>
    public void AppendRange(ReadOnlySpan<int> values)
    {
        int count = Count;
        if (values.Length > _indices.Length - count)
            ThrowFull();
        var target = _indices.AsSpan(count, values.Length);
        uint limit = _limit;
        for (int i = 0; i < values.Length; i++)
        {
            int value = values[i];
            if ((uint)value >= limit)
                ThrowOutOfRange(value, nameof(values));
            target[i] = TIndex.CreateTruncating(value);
        }
        Count = count + values.Length;
    }

    public void AppendRange(ReadOnlySpan<string> values)
    {
        foreach (var value in values)
            Append(value);
    }

    public void Append(string value)
    {
        if (!_indexByValue.TryGetValue(value, out int index))
            throw new ArgumentException(
                $"Column '{Field.Name}': '{value}' is not one of its dictionary values ({string.Join(", ", _indexByValue.Keys)}).",
                nameof(value));
        Append(index);
    }

    public override void Reset() => Count = 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutOfRange(int value, string parameter) => throw new ArgumentOutOfRangeException(parameter, value,
        _limit == (uint)_indexByValue.Count
            ? $"Column '{Field.Name}': index outside the {_indexByValue.Count} dictionary values."
            : $"Column '{Field.Name}': index outside the {_limit} values that its {Field.DictionaryIndexType} indices reach " +
              $"(the dictionary has {_indexByValue.Count}).");
}
