namespace NuMMGen.Generator.Config;

/// <summary>
/// Declares one configuration parameter in place: its one-line doc, its valid range or allowed values and
/// whether it is required. The default is the property's initial value, so each parameter is declared once
/// (type, default, range and doc on one property). <see cref="ConfigParameters"/> reads these declarations
/// to validate a config and to list the parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>Declares a parameter with its one-line description (units in the key name).</summary>
    public ParameterAttribute(string doc) => Doc = doc;

    /// <summary>One-line description.</summary>
    public string Doc { get; }

    /// <summary>Lower bound for numbers (NaN: none).</summary>
    public double Min { get; init; } = double.NaN;

    /// <summary>Upper bound for numbers (NaN: none).</summary>
    public double Max { get; init; } = double.NaN;

    /// <summary>True when <see cref="Min"/> itself is not allowed.</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Allowed values of a string (or of each element of a string list), compared case-insensitively; null: any.</summary>
    public string[]? Allowed { get; init; }

    /// <summary>True when the key must be given (no default).</summary>
    public bool Required { get; init; }

    /// <summary>The range as text, e.g. "&gt; 0", "[1, 16777216]", "free | stepping"; empty when unrestricted.</summary>
    public string DescribeRange()
    {
        if (Allowed is not null)
            return string.Join(" | ", Allowed);
        bool hasMin = !double.IsNaN(Min), hasMax = !double.IsNaN(Max);
        if (hasMin && hasMax)
            return $"{(MinExclusive ? "(" : "[")}{Min}, {Max}]";
        if (hasMin)
            return $"{(MinExclusive ? ">" : ">=")} {Min}";
        return hasMax ? $"<= {Max}" : "";
    }
}
