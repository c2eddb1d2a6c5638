using System.Text;

namespace NuMMGen.Generator.Arrow;

/// <summary>One column of a record batch read from a file. Subclasses expose the values typed.</summary>
public abstract class ArrowColumn
{
    private protected ArrowColumn(ArrowField field, int length)
    {
        Field = field;
        Length = length;
    }

    /// <summary>The column's field.</summary>
    public ArrowField Field { get; }

    /// <summary>Number of values (the batch's row count).</summary>
    public int Length { get; }

    /// <summary>Value <paramref name="index"/> boxed (numbers, bool or string); for diagnostics and tests, not loops.</summary>
    public abstract object GetValue(int index);
}

/// <summary>A fixed-width numeric column (<typeparamref name="T"/> is the type's <see cref="ArrowType.ClrType"/>).</summary>
/// <typeparam name="T">The .NET element type, e.g. <see cref="double"/> for Float64.</typeparam>
public sealed class NumericColumn<T> : ArrowColumn where T : unmanaged
{
    internal NumericColumn(ArrowField field, T[] values) : base(field, values.Length) => Values = values;

    /// <summary>The values.</summary>
    public ReadOnlyMemory<T> Values { get; }

    /// <inheritdoc />
    public override object GetValue(int index) => Values.Span[index];
}

/// <summary>A Bool column, bit-packed least significant bit first.</summary>
public sealed class BoolColumn : ArrowColumn
{
    private readonly byte[] _bits;

    internal BoolColumn(ArrowField field, byte[] bits, int length) : base(field, length) => _bits = bits;

    /// <summary>Value <paramref name="index"/>.</summary>
    public bool this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
            return (_bits[index >> 3] & (1 << (index & 7))) != 0;
        }
    }

    /// <summary>The packed bits ((Length + 7) / 8 bytes).</summary>
    public ReadOnlyMemory<byte> Bits => _bits;

    /// <inheritdoc />
    public override object GetValue(int index) => this[index];
}

/// <summary>A Utf8 column: value i is Data[Offsets[i] .. Offsets[i + 1]).</summary>
public sealed class StringColumn : ArrowColumn
{
    private readonly int[] _offsets;
    private readonly byte[] _data;

    internal StringColumn(ArrowField field, int[] offsets, byte[] data) : base(field, offsets.Length - 1)
    {
        _offsets = offsets;
        _data = data;
    }

    /// <summary>Value <paramref name="index"/> decoded from UTF-8.</summary>
    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
            return Encoding.UTF8.GetString(_data, _offsets[index], _offsets[index + 1] - _offsets[index]);
        }
    }

    /// <summary>The Length + 1 offsets into <see cref="Data"/>.</summary>
    public ReadOnlyMemory<int> Offsets => _offsets;

    /// <summary>The UTF-8 bytes of all values.</summary>
    public ReadOnlyMemory<byte> Data => _data;

    /// <inheritdoc />
    public override object GetValue(int index) => this[index];
}

/// <summary>A dictionary-encoded Utf8 column: value i is Dictionary[Indices[i]].</summary>
public sealed class DictionaryColumn : ArrowColumn
{
    private readonly int[] _indices;

    internal DictionaryColumn(ArrowField field, int[] indices) : base(field, indices.Length) => _indices = indices;

    /// <summary>The indices into <see cref="Dictionary"/> (each checked to be in range).</summary>
    public ReadOnlyMemory<int> Indices => _indices;

    /// <summary>The dictionary values (the field's <see cref="ArrowField.DictionaryValues"/>).</summary>
    public IReadOnlyList<string> Dictionary => Field.DictionaryValues!;

    /// <summary>Value <paramref name="index"/>.</summary>
    public string this[int index] => Dictionary[_indices[index]];

    /// <inheritdoc />
    public override object GetValue(int index) => this[index];
}
