using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace NuMMGen.Generator.Config;

/// <summary>
/// JSON binding of <see cref="GeneratorConfig"/>: comments and trailing commas allowed, unknown keys rejected
/// with a message naming the key and the allowed ones, <c>key.path=value</c> overrides, and the canonical
/// (compact, defaults filled, declaration order) serialisation used for provenance.
/// </summary>
internal static partial class ConfigJson
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly JsonSerializerOptions CanonicalOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        IgnoreReadOnlyProperties = true,
        WriteIndented = false,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses <paramref name="json"/>, applies the overrides and binds the result.</summary>
    public static GeneratorConfig Bind(string json, string origin, IEnumerable<string>? overrides)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new GeneratorConfigException($"{origin}: malformed JSON: {e.Message}", e);
        }
        if (root is not JsonObject obj)
            throw new GeneratorConfigException($"{origin}: expected a JSON object at the top level.");
        foreach (string assignment in overrides ?? [])
            ApplyOverride(obj, assignment);
        try
        {
            return obj.Deserialize<GeneratorConfig>(ReadOptions)
                   ?? throw new GeneratorConfigException($"{origin}: empty configuration; expected a JSON object.");
        }
        catch (JsonException e)
        {
            throw new GeneratorConfigException($"{origin}: {Describe(e)}", e);
        }
    }

    /// <summary>The canonical JSON of a resolved config: compact, every key present, in declaration order.</summary>
    public static string Canonical(GeneratorConfig config) => JsonSerializer.Serialize(config, CanonicalOptions);

    /// <summary>Sets <c>a.b.c=value</c> in <paramref name="root"/>, matching existing keys case-insensitively.</summary>
    private static void ApplyOverride(JsonObject root, string assignment)
    {
        int eq = assignment.IndexOf('=', StringComparison.Ordinal);
        string[] path = eq > 0 ? assignment[..eq].Trim().Split('.') : [];
        if (path.Length == 0 || path.Any(string.IsNullOrWhiteSpace))
            throw new GeneratorConfigException($"--set {assignment}: expected key.path=value, e.g. target.massKg=10.");
        string text = assignment[(eq + 1)..].Trim();
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(text, documentOptions: DocumentOptions);
        }
        catch (JsonException)
        {
            value = JsonValue.Create(text);
        }
        JsonObject node = root;
        for (int i = 0; i < path.Length - 1; i++)
        {
            string key = ExistingKey(node, path[i]);
            if (node[key] is not JsonObject child)
            {
                child = new JsonObject();
                node[key] = child;
            }
            node = child;
        }
        node[ExistingKey(node, path[^1])] = value;
    }

    private static string ExistingKey(JsonObject node, string key) =>
        node.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;

    /// <summary>Rewrites a System.Text.Json error as "key: problem", listing the allowed keys for an unknown one.</summary>
    private static string Describe(JsonException e)
    {
        string path = e.Path is null ? "" : e.Path.TrimStart('$').TrimStart('.');
        var unmapped = UnmappedPattern().Match(e.Message);
        if (unmapped.Success)
        {
            string key = path.Length == 0 ? unmapped.Groups["key"].Value : path;
            var type = FindType(unmapped.Groups["type"].Value);
            string allowed = type is null ? "" : "; allowed keys here: " + string.Join(", ", Keys(type));
            return $"unknown key '{key}'{allowed}.";
        }
        string where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
        string problem = e.Message.Split(" Path:")[0];
        return path.Length == 0 ? problem + where : $"{path}: {problem}{where}";
    }

    private static IEnumerable<string> Keys(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        .Select(ConfigParameters.JsonName);

    private static Type? FindType(string fullName) =>
        new[] { typeof(GeneratorConfig).Assembly, typeof(Fluxes.Config.FluxConfig).Assembly, typeof(Physics.InputException).Assembly }
            .Select(a => a.GetType(fullName)).FirstOrDefault(t => t is not null);

    [GeneratedRegex("The JSON property '(?<key>[^']*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex UnmappedPattern();
}
