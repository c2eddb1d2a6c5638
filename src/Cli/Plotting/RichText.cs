namespace NuMMGen.Cli.Plotting;

/// <summary>Vertical position of a run of text.</summary>
public enum TextShift
{
    /// <summary>On the baseline.</summary>
    Normal,

    /// <summary>Subscript.</summary>
    Sub,

    /// <summary>Superscript.</summary>
    Super,
}

/// <summary>A run of text at one vertical position.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Shift">Baseline, subscript or superscript.</param>
public readonly record struct TextRun(string Text, TextShift Shift);

/// <summary>
/// The small markup of plot text: <c>_{...}</c> is a subscript, <c>^{...}</c> a superscript (no nesting); a single
/// character may follow <c>_</c> or <c>^</c> without braces; a backslash makes the next character literal (<see cref="Escape"/>,
/// for names from configs such as <c>7Be_862</c>). Everything else is literal (Unicode: μ, ν, ±, ×).
/// </summary>
public static class RichText
{
    /// <summary>Splits <paramref name="markup"/> into runs.</summary>
    public static IReadOnlyList<TextRun> Parse(string markup)
    {
        var runs = new List<TextRun>();
        var current = new System.Text.StringBuilder();
        void Flush(TextShift shift)
        {
            if (current.Length > 0)
            {
                runs.Add(new TextRun(current.ToString(), shift));
                current.Clear();
            }
        }
        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            if (c == '\\' && i + 1 < markup.Length)
            {
                current.Append(markup[++i]);
                continue;
            }
            if ((c == '_' || c == '^') && i + 1 < markup.Length)
            {
                var shift = c == '_' ? TextShift.Sub : TextShift.Super;
                string script;
                if (markup[i + 1] == '{' && markup.IndexOf('}', i + 2) is var close && close > 0)
                {
                    script = markup[(i + 2)..close];
                    i = close;
                }
                else
                {
                    script = markup[i + 1].ToString();
                    i++;
                }
                Flush(TextShift.Normal);
                current.Append(script);
                Flush(shift);
                continue;
            }
            current.Append(c);
        }
        Flush(TextShift.Normal);
        return runs;
    }

    /// <summary>Markup that shows <paramref name="text"/> literally (a backslash before each <c>_</c>, <c>^</c> and <c>\</c>).</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("^", "\\^", StringComparison.Ordinal);

    /// <summary>The text without markup (<c>"μ_{ν}"</c> gives <c>"μν"</c>).</summary>
    public static string Plain(string markup) => string.Concat(Parse(markup).Select(r => r.Text));

    /// <summary>
    /// Estimated width in px at <paramref name="fontSize"/> (DejaVu Sans averages about 0.6 em per character; scripts are
    /// drawn at 70 %). Used for layout only; generous rather than tight.
    /// </summary>
    public static double EstimateWidth(string markup, double fontSize) =>
        Parse(markup).Sum(r => r.Text.Sum(CharWidth) * fontSize * (r.Shift == TextShift.Normal ? 1 : ScriptScale));

    /// <summary>Size of sub- and superscripts relative to the text.</summary>
    public const double ScriptScale = 0.7;

    private static double CharWidth(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or 'i' or 'l' or 'j' or '\'' or '|' or '!' => 0.32,
        '(' or ')' or '[' or ']' or 'f' or 't' or 'r' or 'I' => 0.40,
        'm' or 'w' or 'M' or 'W' => 0.92,
        >= 'A' and <= 'Z' => 0.70,
        _ => 0.62,
    };
}
