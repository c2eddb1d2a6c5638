namespace NuMMGen.Generator.Arrow;

/// <summary>A record batch read from a file: equal-length columns in schema order.</summary>
public sealed class ArrowRecordBatch
{
    internal ArrowRecordBatch(ArrowSchema schema, int length, IReadOnlyList<ArrowColumn> columns)
    {
        Schema = schema;
        Length = length;
        Columns = columns;
    }

    /// <summary>The file's schema.</summary>
    public ArrowSchema Schema { get; }

    /// <summary>Rows in this batch.</summary>
    public int Length { get; }

    /// <summary>The columns in schema order.</summary>
    public IReadOnlyList<ArrowColumn> Columns { get; }

    /// <summary>The column named <paramref name="name"/>, cast to the expected column class.</summary>
    public TColumn Column<TColumn>(string name) where TColumn : ArrowColumn =>
        Columns[Schema.IndexOf(name)] as TColumn ?? throw new InvalidCastException(
            $"Column '{name}' is {Columns[Schema.IndexOf(name)].GetType().Name}, not {typeof(TColumn).Name}.");
}
