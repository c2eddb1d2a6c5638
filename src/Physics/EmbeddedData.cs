using System.Reflection;

namespace NuMMGen.Physics;

/// <summary>
/// Reads data tables shipped inside an assembly (files under its <c>Data/</c> folder, embedded with their
/// path below <c>Data/</c> as the resource name). The program never reads the source tree at run time.
/// </summary>
public static class EmbeddedData
{
    /// <summary>
    /// Opens the embedded file <paramref name="relativePath"/> (e.g. <c>shells/Ge.csv</c>) of the assembly
    /// that defines <paramref name="anchor"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No such resource in that assembly.</exception>
    public static TextReader Open(Type anchor, string relativePath)
    {
        var assembly = anchor.Assembly;
        var name = relativePath.Replace('\\', '/');
        var stream = assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException(
                $"Embedded data file '{name}' not found in {assembly.GetName().Name}; available: {string.Join(", ", assembly.GetManifestResourceNames())}");
        return new StreamReader(stream);
    }

    /// <summary>Names of all embedded data files of the assembly that defines <paramref name="anchor"/>.</summary>
    public static IReadOnlyList<string> List(Type anchor) =>
        anchor.Assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The data rows of an embedded CSV file: blank lines and lines starting with '#' are skipped, the first
    /// remaining line is the header and is skipped too, and every row must have <paramref name="columns"/>
    /// comma-separated fields (trimmed).
    /// </summary>
    /// <exception cref="InvalidDataException">A row with another number of fields; the message names the file and row.</exception>
    public static IEnumerable<string[]> ReadCsvRows(Type anchor, string relativePath, int columns)
    {
        using var reader = Open(anchor, relativePath);
        var header = true;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            var fields = line.Split(',', StringSplitOptions.TrimEntries);
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"Embedded file '{relativePath}': expected {columns} columns, got {fields.Length} in '{line}'.");
            }
            yield return fields;
        }
    }
}
