using System.Text.Json;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// The LNEFT bounds of seed 2 from a magnetic-moment limit (Tables 3-4, 7-8) and/or the CEvNS limits of eq. (3.16)
/// (Tables 5-6), and their JSON form; shared by <c>eft bounds</c> and <c>fit --eft</c> so both print the same table.
/// </summary>
public static class EftBoundSet
{
    /// <summary>The bounds: moment tables when <paramref name="muLimit"/> is given, CEvNS tables when <paramref name="cevns"/> is.</summary>
    /// <param name="muLimit">Magnetic-moment limit in mu_B, or null.</param>
    /// <param name="cevns">Eq. (3.16) limits, or null.</param>
    /// <param name="nuclei">The nuclei the eq. (3.16) tensor limit refers to (null: seed 2's Cs and I).</param>
    /// <param name="cT">c_T of the nonperturbative matching.</param>
    /// <param name="scale">Scale of the coefficients.</param>
    /// <param name="running">Running and matching.</param>
    public static IReadOnlyList<CoefficientBound> Compute(double? muLimit, CevnsLimits? cevns, IReadOnlyList<TargetNucleus>? nuclei,
        ChiralTensorConstant cT, BoundScale scale, RunningAndMatching running)
    {
        var bounds = new List<CoefficientBound>();
        if (muLimit is { } limit)
            bounds.AddRange(new BoundTables(running).FromMagneticMoment(limit, cT, scale));
        if (cevns is not null)
            bounds.AddRange(new CevnsBoundTables(running, cevns, nuclei).Bounds(scale));
        return bounds;
    }

    /// <summary>Writes the properties <c>ct</c>, <c>scale</c>, <c>bounds</c> (a list of <c>{coefficient, flavors, scale, bound, unit, source, ...}</c>) and <c>notes</c> into the open object of <paramref name="w"/>.</summary>
    public static void WriteProperties(Utf8JsonWriter w, ChiralTensorConstant cT, BoundScale scale, IReadOnlyList<CoefficientBound> bounds)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(bounds);
        w.WriteStartObject("ct");
        w.WriteNumber("value", cT.Value);
        w.WriteNumber("uncertainty", cT.Uncertainty);
        w.WriteEndObject();
        w.WriteString("scale", ScaleName(scale));
        w.WriteStartArray("bounds");
        foreach (var b in bounds)
        {
            w.WriteStartObject();
            w.WriteString("coefficient", b.Operator.Name);
            w.WriteString("flavors", b.Flavors);
            w.WriteString("scale", b.ScaleName);
            w.WriteNumber("bound", b.Bound);
            w.WriteString("unit", b.Operator.Unit);
            w.WriteString("source", b.Source == BoundSource.MagneticMoment ? "magnetic-moment" : "cevns-direct");
            WriteOptional(w, "combinationBound", b.CombinationBound);
            WriteOptional(w, "perturbativeShift", b.PerturbativeShift);
            WriteOptional(w, "indirectPerCt", b.IndirectPerCt);
            WriteOptional(w, "indirectConstant", b.IndirectConstant);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        w.WriteStringValue("bound: upper limit on |L| (one operator at a time); tensors from a moment limit are divided by |c_T - x| with c_T's uncertainty propagated linearly.");
        w.WriteStringValue("combinationBound: limit on |c_T L| (2GeV) or |(c_T - perturbativeShift) L| (mW), independent of c_T (seed 2 Tables 3-4).");
        w.WriteStringValue("indirectPerCt, indirectConstant: CEvNS indirect term (indirectPerCt c_T - indirectConstant) relative to the direct bound (seed 2 Tables 5-6).");
        w.WriteStringValue("cevns-direct tensor bounds count two right-handed flavours as seed 2 does (Tables 5-6), so they are sqrt(2) below a one-flavour coupling limit.");
        w.WriteEndArray();
    }

    /// <summary>The command-line name of <paramref name="scale"/>: 2GeV or mW.</summary>
    public static string ScaleName(BoundScale scale) => scale == BoundScale.Reference ? "2GeV" : "mW";

    private static void WriteOptional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
    }
}
