namespace NuMMGen.Generator.Arrow;

/// <summary>
/// One column of an Arrow schema: name, type, key/value metadata (e.g. "unit" -> "MeV") and, for
/// <see cref="ArrowType.DictionaryUtf8"/>, the fixed list of category values that the indices refer to and the
/// signed integer type the indices are stored as (<see cref="DictionaryIndexType"/>).
/// </summary>
public sealed class ArrowField
{
    /// <summary>Creates a field of a non-dictionary <paramref name="type"/>.</summary>
    /// <param name="name">Column name, non-empty.</param>
    /// <param name="type">Column type; use <see cref="Dictionary"/> for dictionary-encoded strings.</param>
    /// <param name="metadata">Field metadata (keys unique), written in the order given; may be null.</param>
    public ArrowField(string name, ArrowType type, IEnumerable<KeyValuePair<string, string>>? metadata = null)
        : this(name, type, metadata, null, null)
    {
        if (type == ArrowType.DictionaryUtf8)
            throw new ArgumentException($"Field '{name}': create dictionary fields with ArrowField.Dictionary(...).", nameof(type));
    }

    private ArrowField(string name, ArrowType type, IEnumerable<KeyValuePair<string, string>>? metadata,
        IReadOnlyList<string>? dictionaryValues, ArrowType? dictionaryIndexType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Metadata = ArrowMetadata.Copy(metadata, $"field '{name}'");
        DictionaryValues = dictionaryValues;
        DictionaryIndexType = dictionaryIndexType;
    }

    /// <summary>
    /// Creates a dictionary-encoded string field whose values are indices into <paramref name="values"/>
    /// (e.g. component names). The dictionary is written once per file, before the first record batch. The
    /// indices are stored as the narrowest signed integer that reaches every value
    /// (<see cref="DictionaryIndexTypeFor"/>: Int8 up to 127 values, Int16 up to 32767, otherwise Int32).
    /// </summary>
    public static ArrowField Dictionary(string name, IEnumerable<string> values,
        IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        var list = CheckedValues(name, values);
        return new ArrowField(name, ArrowType.DictionaryUtf8, metadata, list, DictionaryIndexTypeFor(list.Length));
    }

    /// <summary>
    /// Creates a dictionary field with the index type a file declares (the reader's way: files written before the
    /// indices were narrowed, and other Arrow writers, may use Int32 for any dictionary, as the format allows).
    /// </summary>
    /// <param name="name">Column name, non-empty.</param>
    /// <param name="values">The dictionary values, distinct and non-null.</param>
    /// <param name="metadata">Field metadata; may be null.</param>
    /// <param name="indexType">Int8, Int16 or Int32.</param>
    internal static ArrowField DeclaredDictionary(string name, IEnumerable<string> values,
        IEnumerable<KeyValuePair<string, string>>? metadata, ArrowType indexType)
    {
        if (!IsSupportedIndexType(indexType))
            throw new ArgumentException(
                $"Field '{name}': dictionary indices of type {indexType} are not supported (Int8, Int16 or Int32).", nameof(indexType));
        return new ArrowField(name, ArrowType.DictionaryUtf8, metadata, CheckedValues(name, values), indexType);
    }

    /// <summary>
    /// The narrowest signed index type that can address <paramref name="valueCount"/> dictionary values (indices
    /// 0 .. valueCount - 1): Int8 for at most 127 values, Int16 for at most 32767, otherwise Int32. Signed
    /// because format/Schema.fbs (DictionaryEncoding.indexType) recommends signed index types for compatibility.
    /// </summary>
    public static ArrowType DictionaryIndexTypeFor(int valueCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueCount);
        return valueCount <= sbyte.MaxValue ? ArrowType.Int8
            : valueCount <= short.MaxValue ? ArrowType.Int16
            : ArrowType.Int32;
    }

    /// <summary>True for the index types this implementation writes and reads: Int8, Int16 and Int32.</summary>
    internal static bool IsSupportedIndexType(ArrowType type) =>
        type == ArrowType.Int8 || type == ArrowType.Int16 || type == ArrowType.Int32;

    private static string[] CheckedValues(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToArray();
        if (list.Any(v => v is null))
            throw new ArgumentException($"Field '{name}': dictionary values must not be null.", nameof(values));
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
            throw new ArgumentException($"Field '{name}': dictionary values must be distinct.", nameof(values));
        return list;
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>The column type.</summary>
    public ArrowType Type { get; }

    /// <summary>Field metadata in file order (empty if none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The dictionary values of a <see cref="ArrowType.DictionaryUtf8"/> field; null for other types.</summary>
    public IReadOnlyList<string>? DictionaryValues { get; }

    /// <summary>
    /// The signed integer type of the indices of a <see cref="ArrowType.DictionaryUtf8"/> field (Int8, Int16 or
    /// Int32; declared in the schema as DictionaryEncoding.indexType); null for other types.
    /// </summary>
    public ArrowType? DictionaryIndexType { get; }

    /// <summary>"name: Type".</summary>
    public override string ToString() => $"{Name}: {Type}";
}
