using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// A table of three dictionary columns whose dictionaries need Int8 (3 values), Int16 (200) and Int32 (40000)
/// indices, with indices that are simple functions of the row index and reach every value once there are at
/// least 40000 rows (the multipliers are prime to the dictionary sizes).
/// </summary>
public static class DictionaryTable
{
    /// <summary>Column names, in schema order.</summary>
    public static readonly string[] Names = ["d3", "d200", "d40000"];

    /// <summary>Dictionary sizes, in schema order.</summary>
    public static readonly int[] Sizes = [3, 200, 40000];

    /// <summary>The index types the writer chooses for <see cref="Sizes"/>.</summary>
    public static readonly ArrowType[] IndexTypes = [ArrowType.Int8, ArrowType.Int16, ArrowType.Int32];

    /// <summary>Enough rows for every value of every dictionary to occur.</summary>
    public const int Rows = 50_000;

    /// <summary>Dictionary value <paramref name="k"/> of column <paramref name="column"/>.</summary>
    public static string Value(int column, int k) => column switch
    {
        0 => ((char)('a' + k)).ToString(),
        1 => $"m{k}",
        _ => $"v{k:D5}",
    };

    /// <summary>The index in column <paramref name="column"/> of row <paramref name="i"/>.</summary>
    public static int Index(int column, long i) => (int)(i * (column switch { 0 => 1, 1 => 7, _ => 7919 }) % Sizes[column]);

    /// <summary>
    /// The schema; with <paramref name="declaredIndexType"/> every column declares that index type instead of the
    /// narrowest one (Int32 gives the layout of files written before the indices were narrowed).
    /// </summary>
    public static ArrowSchema Schema(ArrowType? declaredIndexType = null) => new(Enumerable.Range(0, Names.Length).Select(c =>
    {
        var values = Enumerable.Range(0, Sizes[c]).Select(k => Value(c, k));
        return declaredIndexType is null
            ? ArrowField.Dictionary(Names[c], values)
            : ArrowField.DeclaredDictionary(Names[c], values, null, declaredIndexType);
    }));

    /// <summary>
    /// Writes <paramref name="rows"/> rows in batches of <paramref name="batchRows"/>: d3 and d40000 by bulk int
    /// indices, d200 by value.
    /// </summary>
    public static void Write(string path, int rows, int batchRows, ArrowType? declaredIndexType = null)
    {
        using var writer = ArrowFileWriter.Create(path, Schema(declaredIndexType), batchRows);
        var small = writer.Column<int>(Names[0]);
        var medium = writer.Column<string>(Names[1]);
        var large = writer.Column<int>(Names[2]);
        for (int start = 0; start < rows;)
        {
            int n = Math.Min(rows - start, writer.RowsFreeInBatch);
            small.AppendRange(Enumerable.Range(start, n).Select(i => Index(0, i)).ToArray());
            for (int i = start; i < start + n; i++)
                medium.Append(Value(1, Index(1, i)));
            large.AppendRange(Enumerable.Range(start, n).Select(i => Index(2, i)).ToArray());
            writer.EndRows(n);
            start += n;
        }
        writer.Complete();
    }

    /// <summary>Reads <paramref name="path"/> and checks the dictionaries, index types and every row.</summary>
    public static void Verify(string path, int rows, IReadOnlyList<ArrowType> expectedIndexTypes)
    {
        using var reader = ArrowFileReader.Open(path);
        for (int c = 0; c < Names.Length; c++)
        {
            var field = reader.Schema.Fields[c];
            Assert.Equal(Names[c], field.Name);
            Assert.Equal(ArrowType.DictionaryUtf8, field.Type);
            Assert.Equal(expectedIndexTypes[c], field.DictionaryIndexType);
            Assert.Equal(Enumerable.Range(0, Sizes[c]).Select(k => Value(c, k)), field.DictionaryValues!);
        }
        long first = 0;
        foreach (var batch in reader.ReadRecordBatches())
        {
            for (int c = 0; c < Names.Length; c++)
            {
                var column = batch.Column<DictionaryColumn>(Names[c]);
                var indices = column.Indices.Span;
                for (int k = 0; k < batch.Length; k++)
                {
                    Assert.Equal(Index(c, first + k), indices[k]);
                    Assert.Equal(Value(c, Index(c, first + k)), column[k]);
                }
            }
            first += batch.Length;
        }
        Assert.Equal(rows, first);
    }
}
