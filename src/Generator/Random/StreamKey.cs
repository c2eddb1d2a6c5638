namespace NuMMGen.Generator.Random;

/// <summary>
/// Identifies one reproducible random stream: the run's master seed, the pipeline stage that consumes the
/// stream (a small constant chosen by the caller, e.g. 1 = event sampling, 2 = detector response), and the
/// block index (a fixed number of events per block, independent of the thread count).
/// </summary>
/// <param name="MasterSeed">The run's master seed (any 64-bit value).</param>
/// <param name="Stage">The consuming stage (any 64-bit value, fixed per stage in the code).</param>
/// <param name="Block">The block index within the stage (0, 1, 2, ...).</param>
public readonly record struct StreamKey(ulong MasterSeed, ulong Stage, ulong Block)
{
    // Odd multipliers that spread stage and block before mixing (arbitrary odd constants).
    private const ulong StageMultiplier = 0xD1B54A32D192ED03UL;
    private const ulong BlockMultiplier = 0xAEF17502108EF2D9UL;

    /// <summary>
    /// The 64-bit seed for SplitMix64: Mix(Mix(Mix(master) + stage * c1) + block * c2). Mix is a bijection
    /// and the multipliers are odd, so for a fixed master seed and stage, distinct blocks always give distinct
    /// seeds (and likewise distinct stages for a fixed block); other coincidences have probability 2^-64.
    /// </summary>
    public ulong ToSeed()
    {
        ulong h = SplitMix64.Mix(MasterSeed);
        h = SplitMix64.Mix(h + Stage * StageMultiplier);
        return SplitMix64.Mix(h + Block * BlockMultiplier);
    }

    /// <summary>Formats the key as "seed/stage/block" for logs and provenance.</summary>
    public override string ToString() => $"{MasterSeed}/{Stage}/{Block}";
}
