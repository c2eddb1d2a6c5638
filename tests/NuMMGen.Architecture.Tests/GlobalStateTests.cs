using System.Reflection;
using System.Runtime.CompilerServices;

namespace NuMMGen.Architecture.Tests;

/// <summary>
/// No global mutable state (design notes section 2): two pipelines must run side by side in one process.
/// Every static field in the NuMMGen libraries is a constant or readonly.
/// </summary>
public class GlobalStateTests
{
    private static readonly string[] Libraries =
        ["NuMMGen.Physics", "NuMMGen.Fluxes", "NuMMGen.Detectors", "NuMMGen.Generator", "NuMMGen.Fitting"];

    [Fact]
    public void LibrariesHaveNoWritableStaticFields()
    {
        var writable = new List<string>();
        foreach (var name in Libraries)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            Assert.True(File.Exists(path), $"{path} missing: the architecture tests reference every library");
            foreach (var type in Assembly.LoadFrom(path).GetTypes())
            {
                if (type.IsDefined(typeof(CompilerGeneratedAttribute)))
                {
                    continue;
                }
                writable.AddRange(type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.IsDefined(typeof(CompilerGeneratedAttribute)))
                    .Select(f => $"{type.FullName}.{f.Name}"));
            }
        }
        Assert.Empty(writable);
    }
}
