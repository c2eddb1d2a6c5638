using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace NuMMGen.Cli.Plotting;

/// <summary>Colours: the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies).</summary>
public static partial class Palette
{
    /// <summary>Okabe-Ito in the order series use them: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.</summary>
    public static ImmutableArray<string> OkabeIto { get; } =
        ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Blue (Okabe-Ito).</summary>
    public const string Blue = "#0072B2";

    /// <summary>Vermillion (Okabe-Ito).</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Bluish green (Okabe-Ito).</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Orange (Okabe-Ito).</summary>
    public const string Orange = "#E69F00";

    /// <summary>Reddish purple (Okabe-Ito).</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Sky blue (Okabe-Ito).</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Black.</summary>
    public const string Black = "#000000";

    /// <summary>The i-th palette colour, cycling.</summary>
    public static string At(int index) => OkabeIto[((index % OkabeIto.Length) + OkabeIto.Length) % OkabeIto.Length];

    /// <summary>True for a colour written <c>#RRGGBB</c> (the only form the renderers accept).</summary>
    public static bool IsValid(string color) => HexColor().IsMatch(color);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
