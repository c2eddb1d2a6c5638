namespace NuMMGen.Generator.Random;

/// <summary>Creates the reproducible random streams of a run from (master seed, stage, block).</summary>
public static class RandomStreams
{
    /// <summary>
    /// The stream for <paramref name="block"/> of <paramref name="stage"/> in the run with
    /// <paramref name="masterSeed"/>. The same three numbers always give the same sequence, on any thread.
    /// </summary>
    public static RandomStream Create(ulong masterSeed, ulong stage, ulong block) =>
        new(new StreamKey(masterSeed, stage, block));

    /// <summary>The stream for <paramref name="key"/>; see <see cref="Create(ulong, ulong, ulong)"/>.</summary>
    public static RandomStream Create(StreamKey key) => new(key);
}
