using System.CommandLine;
using NuMMGen.Generator.Config;

namespace NuMMGen.Cli.Commands;

/// <summary>The options that load a generator config: <c>--config FILE</c> and repeatable <c>--set key.path=value</c>.</summary>
public sealed class ConfigOptions
{
    /// <summary><c>--config</c>: the generator configuration file.</summary>
    public Option<FileInfo> Config { get; } = new("--config")
    {
        Description = "Generator configuration (JSON, comments allowed; see configs/ and the README).",
        Required = true,
    };

    /// <summary><c>--set</c>: overrides of config keys.</summary>
    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a config key, e.g. --set target.massKg=10 --set hypothesis.muB=1e-11 (value is JSON or text; repeatable).",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Set);
    }

    /// <summary>Loads and resolves the config named on the command line (input errors name the key).</summary>
    public ResolvedGeneratorConfig Resolve(ParseResult parse) =>
        GeneratorConfig.Load(parse.GetValue(Config)!.FullName, parse.GetValue(Set)).Resolve();
}
