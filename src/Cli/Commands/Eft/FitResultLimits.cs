using System.Text.Json;
using NuMMGen.Physics;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>The limits an EFT interpretation takes from a fit result.</summary>
/// <param name="Mu">The 90 % CL magnetic-moment limit in mu_B (<c>limits90.mu</c>), or null.</param>
/// <param name="Cevns">The eq. (3.16) equivalents of a CEvNS fit (<c>cevnsEq316</c>), or null.</param>
/// <param name="Nuclei">The nuclei of the CEvNS fit (<c>cevnsEq316.nuclei</c>, each <c>{z, n}</c>), or null.</param>
public sealed record FitResultLimits(double? Mu, CevnsLimits? Cevns, IReadOnlyList<TargetNucleus>? Nuclei)
{
    /// <summary>
    /// Reads the JSON of <c>nummgen fit --json</c>: <c>limits90.mu</c> (mu_B) and, for CEvNS fits, <c>cevnsEq316.dipole</c>,
    /// <c>cevnsEq316.tensor</c> (null when no tensor coupling was fitted) and <c>cevnsEq316.nuclei</c>. Every problem is an <see cref="InputException"/>
    /// naming the file and key.
    /// </summary>
    public static FitResultLimits Load(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"--fit-result: file '{path}' does not exist.");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("limits90", out var limits) || limits.ValueKind != JsonValueKind.Object)
                throw new InputException($"--fit-result: '{path}' is not the output of 'nummgen fit --json' (no \"limits90\" object).");
            double? mu = OptionalNumber(limits, "mu", path, "limits90.mu");
            CevnsLimits? cevns = null;
            TargetNucleus[]? nuclei = null;
            if (root.TryGetProperty("cevnsEq316", out var eq) && eq.ValueKind == JsonValueKind.Object)
            {
                double dipole = OptionalNumber(eq, "dipole", path, "cevnsEq316.dipole")
                    ?? throw new InputException($"--fit-result: '{path}' needs a number \"cevnsEq316.dipole\".");
                double? tensor = OptionalNumber(eq, "tensor", path, "cevnsEq316.tensor");
                cevns = (tensor is { } t ? new CevnsLimits(dipole, t) : CevnsLimits.DipoleOnly(dipole)).Validate($"--fit-result {path}");
                if (eq.TryGetProperty("nuclei", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    nuclei = list.EnumerateArray().Select(j => new TargetNucleus(
                        OptionalNumber(j, "z", path, "cevnsEq316.nuclei[].z") ?? throw new InputException($"--fit-result: '{path}': a nucleus needs \"z\"."),
                        OptionalNumber(j, "n", path, "cevnsEq316.nuclei[].n") ?? throw new InputException($"--fit-result: '{path}': a nucleus needs \"n\"."))).ToArray();
                    if (nuclei.Length == 0)
                        throw new InputException($"--fit-result: '{path}': \"cevnsEq316.nuclei\" is empty.");
                }
            }
            if (mu is null && cevns is null)
                throw new InputException($"--fit-result: '{path}' has neither a limit \"limits90.mu\" nor \"cevnsEq316\".");
            return new FitResultLimits(mu, cevns, nuclei);
        }
        catch (JsonException e)
        {
            throw new InputException($"--fit-result: '{path}' is not valid JSON ({e.Message}).", e);
        }
    }

    private static double? OptionalNumber(JsonElement parent, string key, string path, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        if (v.ValueKind != JsonValueKind.Number)
            throw new InputException($"--fit-result: '{path}': \"{name}\" must be a number or null.");
        double x = v.GetDouble();
        return x > 0 && double.IsFinite(x) ? x : throw new InputException($"--fit-result: '{path}': \"{name}\" = {x} must be finite and positive.");
    }
}
