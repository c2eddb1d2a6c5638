using System.Runtime.CompilerServices;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Choices on random outcomes without a jump: an alias column keeping its own index or giving its alias, a Poisson
/// candidate kept or not, the flavour at interaction. The outcome is a coin flip the branch predictor cannot learn, and the
/// JIT had compiled the alias draws' conditional expressions (a choice between two loaded values) into jumps, mispredicted
/// on a large share of draws (COHERENT sampling 57 against 65 ns/event once they stopped branching). Here the comparison's
/// flag becomes 0 or 1 and the choice is arithmetic on it.
/// </summary>
internal static class Branchless
{
    /// <summary>1 when <paramref name="condition"/> holds, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bit(bool condition) => Unsafe.As<bool, byte>(ref condition);

    /// <summary><paramref name="condition"/> ? <paramref name="ifTrue"/> : <paramref name="ifFalse"/>, by masking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Select(bool condition, int ifTrue, int ifFalse) => ifFalse ^ ((ifTrue ^ ifFalse) & -Bit(condition));
}
