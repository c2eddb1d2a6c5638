using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>Names from configs (e.g. the Borexino component 7Be_862) are drawn literally, not as subscripts.</summary>
public class RichTextEscapeTests
{
    [Theory]
    [InlineData("7Be_862")]
    [InlineData("a^b_{c}\\d")]
    [InlineData("plain")]
    public void EscapedTextIsOneLiteralRun(string text)
    {
        var runs = RichText.Parse(RichText.Escape(text));
        Assert.Equal(new TextRun(text, TextShift.Normal), Assert.Single(runs));
    }

    [Fact]
    public void UnescapedUnderscoreIsStillASubscript() =>
        Assert.Contains(RichText.Parse("7Be_862"), r => r.Shift == TextShift.Sub);
}
