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
}
