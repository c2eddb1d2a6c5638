namespace NuMMGen.Cli.Tests;

public class HostTests
{
    [Fact]
    public void VersionPrintsTheAssemblyVersionAsARealProcess()
    {
        var r = CliRunner.RunProcess("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("0.1.0", r.Out.Trim());
    }

    [Theory]
    [InlineData]
    [InlineData("xsec")]
    [InlineData("flux")]
    public void HelpExistsForEveryCommand(params string[] command)
    {
        var r = CliRunner.Run([.. command, "--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
    }

    [Fact]
    public void EveryCommandHasHelpText()
    {
        var root = NummgenApp.BuildRoot(new Hosting.CliContext(new Hosting.CliOutput(TextWriter.Null, TextWriter.Null, false)));
        Assert.NotEmpty(root.Subcommands);
        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            Assert.All(command.Options.Where(o => o.Name != "--help"), o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{command.Name} {o.Name}"));
        }
    }

    [Fact]
    public void UnknownCommandIsBadUsage()
    {
        var r = CliRunner.RunProcess("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("frobnicate", r.Error);
    }

    [Fact]
    public void NoCommandIsBadUsage()
    {
        var r = CliRunner.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error:", r.Error);
    }
}
