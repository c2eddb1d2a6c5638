using System.Globalization;

namespace NuMMGen.Physics.IO;

/// <summary>
/// A small numeric text table: rows of numbers separated by commas, tabs or spaces. Blank lines and lines
/// starting with <c>#</c> are skipped; the first non-comment line may be a text header (skipped when none
/// of its fields is a number; a partly numeric first line is an error). Every row must have at least the requested number of columns.
/// This is the one parser of such tables in the project; it reads text only (no file system), and each layer opens its
/// files and chooses the <see cref="InputException"/> subclass its errors carry.
/// </summary>
public sealed class NumericTable
{
    private static readonly char[] Separators = [',', ' ', '\t', ';'];

    private NumericTable(string source, IReadOnlyList<double[]> rows, IReadOnlyList<int> lines)
    {
        Source = source;
        Rows = rows;
        LineNumbers = lines;
    }

    /// <summary>Name of the file or embedded table the rows came from (used in error messages).</summary>
    public string Source { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<double[]> Rows { get; }

    /// <summary>The 1-based line number of each row in the source.</summary>
    public IReadOnlyList<int> LineNumbers { get; }

    /// <summary>Reads a table shipped in the assembly of <paramref name="anchor"/> (see <see cref="EmbeddedData"/>).</summary>
    public static NumericTable ReadEmbedded(Type anchor, string relativePath, int minColumns, Func<string, InputException>? error = null)
    {
        using var reader = EmbeddedData.Open(anchor, relativePath);
        return Read(reader, relativePath, minColumns, error);
    }

    /// <summary>
    /// Reads a table from <paramref name="reader"/>; <paramref name="source"/> names it in errors, which are made by
    /// <paramref name="error"/> (default: <see cref="InputException"/>).
    /// </summary>
    /// <exception cref="InputException">A row has too few columns or a value that is not a finite number, or there are no rows.</exception>
    public static NumericTable Read(TextReader reader, string source, int minColumns, Func<string, InputException>? error = null)
    {
        error ??= message => new InputException(message);
        var rows = new List<double[]>();
        var lines = new List<int>();
        var lineNumber = 0;
        var seenContent = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            var values = new double[fields.Length];
            var ok = true;
            for (var i = 0; i < fields.Length && ok; i++)
                ok = double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i]);
            if (!ok && !seenContent && fields.All(f => !double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                seenContent = true;
                continue;
            }
            seenContent = true;
            if (!ok)
                throw error($"{source} line {lineNumber}: '{text}' is not a row of finite numbers");
            if (values.Length < minColumns)
                throw error($"{source} line {lineNumber}: expected at least {minColumns} columns, found {values.Length}");
            rows.Add(values);
            lines.Add(lineNumber);
        }
        if (rows.Count == 0)
            throw error($"{source}: no data rows");
        return new NumericTable(source, rows, lines);
    }

    /// <summary>Column <paramref name="index"/> of every row.</summary>
    public double[] Column(int index) => Rows.Select(r => r[index]).ToArray();

    /// <summary>"file line N" for row <paramref name="row"/>, for error messages.</summary>
    public string Where(int row) => $"{Source} line {LineNumbers[row]}";
}
