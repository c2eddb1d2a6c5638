using System.Xml.Linq;

namespace NuMMGen.Architecture.Tests;

public class DependencyRuleTests
{
    [Fact]
    public void SourceProjectsFollowTheOneWayDependencyRule()
    {
        var graph = DependencyRule.ReadReferences(RepositoryLayout.Root);
        Assert.Equal(DependencyRule.Allowed.Keys.OrderBy(k => k), graph.Keys.OrderBy(k => k));
        Assert.Empty(DependencyRule.Violations(graph));
    }

    [Fact]
    public void ACheckerSeesAReferenceAgainstTheRule()
    {
        // The rule must be able to fail: Physics pointing back at Generator is a violation.
        var graph = new Dictionary<string, List<string>> { ["Physics"] = ["Generator"], ["Fluxes"] = ["Physics"] };
        Assert.Equal(["src/Physics must not reference src/Generator"], DependencyRule.Violations(graph));
        Assert.Equal(["src/Fluxes must not reference src/Detectors"],
            DependencyRule.Violations(new Dictionary<string, List<string>> { ["Fluxes"] = ["Detectors"] }));
    }

    [Fact]
    public void PhysicsDependsOnMathNetOnly()
    {
        var project = Path.Combine(RepositoryLayout.Root, "src", "Physics", "NuMMGen.Physics.csproj");
        var packages = XDocument.Load(project).Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value);
        Assert.All(packages, p => Assert.Contains(p, DependencyRule.PhysicsPackages));
    }
}
