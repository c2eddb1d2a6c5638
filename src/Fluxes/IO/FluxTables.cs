using NuMMGen.Physics.IO;

namespace NuMMGen.Fluxes.IO;

/// <summary>
/// Numeric tables of the flux layer (format in <see cref="NumericTable"/>): the solar tables shipped in this assembly
/// and user spectra. Errors are <see cref="FluxConfigException"/>s naming the file and line.
/// </summary>
public static class FluxTables
{
    /// <summary>
    /// The rows of <paramref name="reader"/>, each with at least <paramref name="minColumns"/> values.
    /// <paramref name="origin"/> (a file or resource name) is quoted in error messages.
    /// </summary>
    /// <exception cref="FluxConfigException">A row with too few or non-numeric values, or no rows.</exception>
    public static IReadOnlyList<double[]> Read(TextReader reader, string origin, int minColumns) =>
        NumericTable.Read(reader, origin, minColumns, message => new FluxConfigException(message)).Rows;

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
