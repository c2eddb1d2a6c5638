namespace NuMMGen.Generator.Arrow;

/// <summary>
/// One column of an Arrow schema: name, type, key/value metadata (e.g. "unit" -> "MeV") and, for
/// <see cref="ArrowType.DictionaryUtf8"/>, the fixed list of category values that the int32 indices refer to.
/// </summary>
public sealed class ArrowField
{
    /// <summary>Creates a field of a non-dictionary <paramref name="type"/>.</summary>
    /// <param name="name">Column name, non-empty.</param>
    /// <param name="type">Column type; use <see cref="Dictionary"/> for dictionary-encoded strings.</param>
    /// <param name="metadata">Field metadata (keys unique), written in the order given; may be null.</param>
    public ArrowField(string name, ArrowType type, IEnumerable<KeyValuePair<string, string>>? metadata = null)
        : this(name, type, metadata, null)
    {
        if (type == ArrowType.DictionaryUtf8)
            throw new ArgumentException($"Field '{name}': create dictionary fields with ArrowField.Dictionary(...).", nameof(type));
    }

    private ArrowField(string name, ArrowType type, IEnumerable<KeyValuePair<string, string>>? metadata,
        IReadOnlyList<string>? dictionaryValues)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Metadata = ArrowMetadata.Copy(metadata, $"field '{name}'");
        DictionaryValues = dictionaryValues;
    }

    /// <summary>
    /// Creates a dictionary-encoded string field whose values are indices into <paramref name="values"/>
    /// (e.g. component names). The dictionary is written once per file, before the first record batch.
    /// </summary>
    public static ArrowField Dictionary(string name, IEnumerable<string> values,
        IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToArray();
        if (list.Any(v => v is null))
            throw new ArgumentException($"Field '{name}': dictionary values must not be null.", nameof(values));
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
            throw new ArgumentException($"Field '{name}': dictionary values must be distinct.", nameof(values));
        return new ArrowField(name, ArrowType.DictionaryUtf8, metadata, list);
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>The column type.</summary>
    public ArrowType Type { get; }

    /// <summary>Field metadata in file order (empty if none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The dictionary values of a <see cref="ArrowType.DictionaryUtf8"/> field; null for other types.</summary>
    public IReadOnlyList<string>? DictionaryValues { get; }

    /// <summary>"name: Type".</summary>
    public override string ToString() => $"{Name}: {Type}";
}
