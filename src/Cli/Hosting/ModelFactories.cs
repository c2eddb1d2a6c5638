using NuMMGen.Generator.Model;

namespace NuMMGen.Cli.Hosting;

/// <summary>The event models the program builds from a setup.</summary>
public static class ModelFactories
{
    /// <summary>
    /// The production model. The rate engine and exact sampler (<c>EventModel.Build</c>) are developed on
    /// their own branch; until they are merged this reports that they are missing (exit code 1).
    /// </summary>
    public static IEventModel Default(EventModelSetup setup) =>
        throw new NotSupportedException("the event model (EventModel.Build: rate engine and sampler) is not part of this build yet.");
}
