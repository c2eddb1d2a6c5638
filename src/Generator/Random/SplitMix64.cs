namespace NuMMGen.Generator.Random;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA;
/// constants as in the public-domain reference code of S. Vigna, prng.di.unimi.it/splitmix64.c).
/// Used only to hash stream keys and to seed <see cref="RandomStream"/>; not for sampling.
/// </summary>
public struct SplitMix64
{
    /// <summary>The golden-ratio increment 2^64 / phi, odd.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>Creates a generator whose internal state is <paramref name="seed"/> (any value is valid).</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Advances the state by <see cref="Gamma"/> and returns the mixed value.</summary>
    public ulong Next()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>
    /// The SplitMix64 output function (a variant of the MurmurHash3 finaliser): a bijection on 64-bit values,
    /// so distinct inputs always give distinct outputs.
    /// </summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
