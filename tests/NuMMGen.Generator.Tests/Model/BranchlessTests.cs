using NuMMGen.Generator.Sampling;

namespace NuMMGen.Generator.Tests.Model;

/// <summary><see cref="Branchless"/> gives what the conditional operator gives, for both outcomes and any pair of ints.</summary>
public class BranchlessTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, -3)]
    [InlineData(int.MinValue, int.MaxValue)]
    [InlineData(5, 5)]
    public void Select_and_bit_agree_with_the_conditional_operator(int a, int b)
    {
        foreach (var condition in new[] { true, false })
        {
            Assert.Equal(condition ? a : b, Branchless.Select(condition, a, b));
            Assert.Equal(condition ? 1 : 0, Branchless.Bit(condition));
        }
        // From comparisons, as the samplers use them.
        Assert.Equal(1, Branchless.Bit(2.0 < 3.0) + Branchless.Bit(3UL < 2UL));
    }
}
