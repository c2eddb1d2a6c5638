using System.Text.Json;
using NuMMGen.Physics;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// Reads the two CEvNS limits of seed 2 eq. (3.16) from a fit-result JSON file:
/// <c>{ "cevnsDipoleLimit": 7.2e-8, "cevnsTensorLimit": 0.591 }</c> (other keys are ignored). Provisional: the
/// fitter's result format will replace this reader.
/// </summary>
public static class FitResultLimits
{
    /// <summary>Loads the limits; every problem is an <see cref="InputException"/> naming the file and key.</summary>
    public static CevnsLimits Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"--fit-result: file '{path}' does not exist.");
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new CevnsLimits(Number(doc.RootElement, "cevnsDipoleLimit", path), Number(doc.RootElement, "cevnsTensorLimit", path)).Validate($"--fit-result {path}");
        }
        catch (JsonException e)
        {
            throw new InputException($"--fit-result: '{path}' is not valid JSON ({e.Message}).", e);
        }
    }

    private static double Number(JsonElement root, string key, string path) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new InputException($"--fit-result: '{path}' needs a number \"{key}\".");
}
