namespace NuMMGen.Generator.Arrow;

/// <summary>The columns of an Arrow table and its schema-level metadata (e.g. provenance).</summary>
public sealed class ArrowSchema
{
    private readonly Dictionary<string, int> _indexByName;

    /// <summary>Creates a schema.</summary>
    /// <param name="fields">The columns, at least one, with distinct names.</param>
    /// <param name="metadata">Schema metadata (keys unique), e.g. "nummgen:config" -> resolved config JSON; may be null.</param>
    public ArrowSchema(IEnumerable<ArrowField> fields, IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = fields.ToArray();
        if (Fields.Count == 0)
            throw new ArgumentException("An Arrow schema needs at least one field.", nameof(fields));
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Fields.Count; i++)
        {
            if (!_indexByName.TryAdd(Fields[i].Name, i))
                throw new ArgumentException($"Duplicate field name '{Fields[i].Name}' in Arrow schema.", nameof(fields));
        }
        Metadata = ArrowMetadata.Copy(metadata, "schema");
    }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<ArrowField> Fields { get; }

    /// <summary>Schema metadata in file order (empty if none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The index of the field named <paramref name="name"/> (ordinal match); throws if absent.</summary>
    public int IndexOf(string name) =>
        _indexByName.TryGetValue(name, out int index)
            ? index
            : throw new KeyNotFoundException($"The Arrow schema has no field named '{name}'.");
}

/// <summary>Copies of key/value metadata with unique keys, in insertion order.</summary>
internal static class ArrowMetadata
{
    public static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Copy(IEnumerable<KeyValuePair<string, string>>? source, string owner)
    {
        if (source is null)
            return Empty;
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in source)
        {
            if (key is null || value is null)
                throw new ArgumentException($"Metadata of {owner}: keys and values must not be null.");
            if (!copy.TryAdd(key, value))
                throw new ArgumentException($"Metadata of {owner}: duplicate key '{key}'.");
        }
        return copy;
    }
}
