using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace NuMMGen.Generator.Config;

/// <summary>One declared parameter of the generator config.</summary>
/// <param name="Key">Dotted JSON key, e.g. <c>target.massKg</c>.</param>
/// <param name="Type">The value type as written in JSON (number, integer, string, bool, list of strings).</param>
/// <param name="Default">The default as JSON text (<c>null</c> when there is none).</param>
/// <param name="Range">Valid range or allowed values (empty: unrestricted).</param>
/// <param name="Required">True when the key must be given.</param>
/// <param name="Doc">One-line description.</param>
public sealed record ConfigParameter(string Key, string Type, string Default, string Range, bool Required, string Doc);

/// <summary>
/// The parameters of <see cref="GeneratorConfig"/>, read from their <see cref="ParameterAttribute"/>
/// declarations: listing (<see cref="Describe"/>) and range validation (<see cref="Validate"/>). The
/// <c>flux</c> section is validated by the flux library.
/// </summary>
public static class ConfigParameters
{
    /// <summary>Every declared parameter with its default, range and doc, in declaration order.</summary>
    public static IReadOnlyList<ConfigParameter> Describe()
    {
        var list = new List<ConfigParameter>();
        Walk(new GeneratorConfig(), "", (key, property, attribute, value) =>
            list.Add(new ConfigParameter(key, TypeName(property.PropertyType), DefaultText(value), attribute.DescribeRange(),
                attribute.Required, attribute.Doc)), describing: [typeof(GeneratorConfig)]);
        return list;
    }

    /// <summary>Checks every declared parameter of <paramref name="config"/> against its range.</summary>
    /// <exception cref="GeneratorConfigException">The first key that is missing or outside its range, named.</exception>
    public static void Validate(GeneratorConfig config) =>
        Walk(config, "", (key, _, attribute, value) => Check(key, attribute, value));

    /// <summary>The camelCase JSON name of a property.</summary>
    internal static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>True for the section records of this namespace (recursed into).</summary>
    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(GeneratorConfig).Namespace;

    /// <summary>
    /// Visits every declared parameter under <paramref name="section"/>, recursing into sections and into each element
    /// of a list of sections (keys <c>list[i].key</c>). With <paramref name="describing"/> (the section types on the
    /// path), absent optional sections are described from their defaults and a list of sections as <c>list[].key</c>.
    /// </summary>
    private static void Walk(object section, string prefix, Action<string, PropertyInfo, ParameterAttribute, object?> visit,
        Type[]? describing = null)
    {
        foreach (var property in section.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            string key = prefix + JsonName(property);
            object? value = property.GetValue(section);
            var elementType = property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : null;
            if (property.GetCustomAttribute<ParameterAttribute>() is { } attribute)
                visit(key, property, attribute, value);
            if (elementType is not null && IsSection(elementType))
            {
                if (describing is not null)
                {
                    if (!describing.Contains(elementType))
                        Walk(Activator.CreateInstance(elementType)!, key + "[].", visit, [.. describing, elementType]);
                }
                else if (value is Array items)
                {
                    for (int i = 0; i < items.Length; i++)
                    {
                        if (items.GetValue(i) is not { } item)
                            throw new GeneratorConfigException($"{key}[{i}]: null; expected an object.");
                        Walk(item, $"{key}[{i}].", visit);
                    }
                }
            }
            else if (property.GetCustomAttribute<ParameterAttribute>() is null && IsSection(property.PropertyType))
            {
                var type = property.PropertyType;
                if (value is not null)
                    Walk(value, key + ".", visit, describing is null ? null : [.. describing, type]);
                else if (describing is not null && !describing.Contains(type))
                    Walk(Activator.CreateInstance(type)!, key + ".", visit, [.. describing, type]);
            }
        }
    }

    private static void Check(string key, ParameterAttribute p, object? value)
    {
        if (value is null)
        {
            if (p.Required)
                throw new GeneratorConfigException($"{key}: missing; expected {Expected(p)}.");
            return;
        }
        switch (value)
        {
            case double d:
                CheckNumber(key, p, d);
                break;
            case int i:
                CheckNumber(key, p, i);
                break;
            case string s:
                CheckText(key, p, s);
                break;
            case string[] list:
                foreach (string s in list)
                    CheckText(key, p, s);
                break;
            case double[] numbers:
                foreach (double d in numbers)
                    CheckNumber(key, p, d);
                break;
        }
    }

    private static void CheckNumber(string key, ParameterAttribute p, double value)
    {
        bool ok = double.IsFinite(value)
                  && (double.IsNaN(p.Min) || (p.MinExclusive ? value > p.Min : value >= p.Min))
                  && (double.IsNaN(p.Max) || value <= p.Max);
        if (!ok)
            throw new GeneratorConfigException($"{key} = {value.ToString(CultureInfo.InvariantCulture)}: expected {Expected(p)}.");
    }

    private static void CheckText(string key, ParameterAttribute p, string? value)
    {
        if (value is null || (p.Allowed is not null && !p.Allowed.Contains(value, StringComparer.OrdinalIgnoreCase)))
            throw new GeneratorConfigException($"{key} = {value ?? "null"}: expected {Expected(p)}.");
    }

    private static string Expected(ParameterAttribute p)
    {
        string range = p.Allowed is not null ? "one of " + string.Join(", ", p.Allowed) : p.DescribeRange();
        return range.Length == 0 ? p.Doc.TrimEnd('.') : $"{range} ({p.Doc.TrimEnd('.')})";
    }

    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(double) ? "number"
            : type == typeof(int) ? "integer"
            : type == typeof(bool) ? "bool"
            : type == typeof(string[]) ? "list of strings"
            : type == typeof(double[]) ? "list of numbers"
            : type.IsArray ? "list of objects"
            : "string";
    }

    private static string DefaultText(object? value) => JsonSerializer.Serialize(value);
}
