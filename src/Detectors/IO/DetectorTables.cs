using NuMMGen.Physics.IO;

namespace NuMMGen.Detectors.IO;

/// <summary>
/// Numeric tables of the detector layer (format in <see cref="NumericTable"/>): user files and the data shipped in
/// this assembly's <c>Data/</c> folder. Errors are <see cref="DetectorInputException"/>s naming the file and line.
/// </summary>
public static class DetectorTables
{
    /// <summary>Reads a table from a file on disk (user input).</summary>
    /// <exception cref="DetectorInputException">The file is missing or malformed.</exception>
    public static NumericTable ReadFile(string path, int minColumns)
    {
        if (!File.Exists(path))
            throw new DetectorInputException($"table file '{path}' not found");
        using var reader = new StreamReader(path);
        return Read(reader, path, minColumns);
    }

    /// <summary>Reads a table shipped in this assembly's <c>Data/</c> folder (e.g. <c>coherent/promptPDF.txt</c>).</summary>
    public static NumericTable ReadEmbedded(string relativePath, int minColumns) =>
        NumericTable.ReadEmbedded(typeof(DetectorTables), relativePath, minColumns, Error);

    /// <summary>Reads a table from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="DetectorInputException">A malformed row, or no rows.</exception>
    public static NumericTable Read(TextReader reader, string source, int minColumns) =>
        NumericTable.Read(reader, source, minColumns, Error);

    private static DetectorInputException Error(string message) => new(message);
}
