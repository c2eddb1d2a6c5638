using System.Globalization;

namespace NuMMGen.Fluxes.IO;

/// <summary>
/// Reads a plain numeric table: one row per line, values separated by commas and/or whitespace; blank
/// lines and lines starting with '#' are skipped; a first non-numeric line is taken as a header.
/// </summary>
public static class NumericTable
{
    private static readonly char[] Separators = [',', ' ', '\t', ';'];

    /// <summary>
    /// The rows of <paramref name="reader"/>, each with at least <paramref name="minColumns"/> values.
    /// <paramref name="origin"/> (a file or resource name) is quoted in error messages.
    /// </summary>
    /// <exception cref="FluxConfigException">A row with too few or non-numeric values.</exception>
    public static IReadOnlyList<double[]> Read(TextReader reader, string origin, int minColumns)
    {
        var rows = new List<double[]>();
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            var values = new double[fields.Length];
            var numeric = true;
            for (var i = 0; i < fields.Length && numeric; i++)
            {
                numeric = double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]);
            }
            if (!numeric && rows.Count == 0)
            {
                continue; // header line
            }
            if (!numeric || values.Length < minColumns)
            {
                throw new FluxConfigException($"{origin}, line {lineNumber}: expected at least {minColumns} numeric columns, got '{text}'.");
            }
            rows.Add(values);
        }
        if (rows.Count == 0)
        {
            throw new FluxConfigException($"{origin}: no numeric rows found.");
        }
        return rows;
    }

    /// <summary>Reads the file at <paramref name="path"/>; a missing file is a <see cref="FluxConfigException"/>.</summary>
    public static IReadOnlyList<double[]> ReadFile(string path, int minColumns)
    {
        if (!File.Exists(path))
        {
            throw new FluxConfigException($"{path}: file not found.");
        }
        using var reader = new StreamReader(path);
        return Read(reader, path, minColumns);
    }
}
