using System.Xml.Linq;

namespace NuMMGen.Architecture.Tests;

/// <summary>
/// The one-way dependency rule of ARCHITECTURE.md: which src project may reference which. Physics is the
/// base; Fluxes and Detectors sit on Physics and know nothing of each other; Generator combines them;
/// Fitting sits on Generator; Cli may use everything.
/// </summary>
public static class DependencyRule
{
    /// <summary>Allowed project references, by src folder name.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Physics"] = [],
        ["Fluxes"] = ["Physics"],
        ["Detectors"] = ["Physics"],
        ["Generator"] = ["Physics", "Fluxes", "Detectors"],
        ["Fitting"] = ["Physics", "Fluxes", "Detectors", "Generator"],
        ["Cli"] = ["Physics", "Fluxes", "Detectors", "Generator", "Fitting"],
    };

    /// <summary>Package references allowed in Physics (design notes: MathNet.Numerics only).</summary>
    public static readonly IReadOnlySet<string> PhysicsPackages = new HashSet<string> { "MathNet.Numerics" };

    /// <summary>Reads the project references of every src project: folder name to referenced folder names.</summary>
    public static Dictionary<string, List<string>> ReadReferences(string root)
    {
        var graph = new Dictionary<string, List<string>>();
        foreach (var project in Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(project)!);
            graph[name] = XDocument.Load(project).Descendants("ProjectReference")
                .Select(e => Path.GetFileName(Path.GetDirectoryName(e.Attribute("Include")!.Value.Replace('\\', '/'))!))
                .ToList();
        }
        return graph;
    }

    /// <summary>Every reference that breaks the rule (or names an unknown project), as readable lines.</summary>
    public static List<string> Violations(IReadOnlyDictionary<string, List<string>> graph)
    {
        var violations = new List<string>();
        foreach (var (project, references) in graph)
        {
            if (!Allowed.TryGetValue(project, out var allowed))
            {
                violations.Add($"src/{project} is not in the dependency rule; add it to ARCHITECTURE.md and DependencyRule.Allowed");
                continue;
            }
            violations.AddRange(references.Where(r => !allowed.Contains(r)).Select(r => $"src/{project} must not reference src/{r}"));
        }
        return violations;
    }
}
