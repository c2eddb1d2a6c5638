using NuMMGen.Generator.Model;

namespace NuMMGen.Cli.Hosting;

/// <summary>The event models the program builds from a setup.</summary>
public static class ModelFactories
{
    /// <summary>The production model: the rate engine and exact sampler, <see cref="EventModel.Build"/>.</summary>
    public static IEventModel Default(EventModelSetup setup) => EventModel.Build(setup);
}
