namespace NuMMGen.Architecture.Tests;

/// <summary>Locates the repository checkout the tests run from.</summary>
internal static class RepositoryLayout
{
    /// <summary>The folder holding NuMMGen.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NuMMGen.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NuMMGen.sln not found above " + AppContext.BaseDirectory);
    }
}
