using System.Globalization;
using System.Text.Json;
using NuMMGen.Physics.CrossSections;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>Writes an <see cref="XsecResult"/> as the documented JSON object or as a readable table.</summary>
public static class XsecFormatter
{
    /// <summary>
    /// One JSON object: <c>process, target, flavor, enuMeV, tMaxKeV, tMinKeV, per, sin2ThetaW,
    /// totalCm2 {sm, magnetic, tensor, scalar, sum}</c>, with <c>--recoil-kev</c> also <c>recoilKeV</c> and
    /// <c>dsigmaDtCm2PerKeV {...}</c>, and <c>notes</c>. A divergent total is written as null.
    /// </summary>
    public static void WriteJson(XsecResult r, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("process", r.Process);
            w.WriteString("target", r.Target);
            w.WriteString("flavor", r.Flavor);
            w.WriteNumber("enuMeV", r.Query.EnuMeV);
            w.WriteNumber("tMaxKeV", r.TMaxKeV);
            w.WriteNumber("tMinKeV", r.Query.TMinKeV);
            w.WriteString("per", r.PerWhat);
            w.WriteNumber("sin2ThetaW", r.Query.Sin2ThetaW);
            if (r.Process == "cevns")
            {
                w.WriteString("formFactor", r.Query.FormFactor.ToLowerInvariant());
            }
            else
            {
                w.WriteBoolean("radiativeCorrections", r.Query.Radiative);
            }
            w.WriteNumber("muB", r.Query.MuB);
            WriteComponents(w, "totalCm2", r.TotalCm2);
            if (r.DsigmaDtCm2PerKeV is { } d)
            {
                w.WriteNumber("recoilKeV", r.Query.RecoilKeV!.Value);
                WriteComponents(w, "dsigmaDtCm2PerKeV", d);
            }
            w.WriteStartArray("notes");
            foreach (var note in r.Notes)
            {
                w.WriteStringValue(note);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A table of the four parts and their sum, total and differential side by side.</summary>
    public static void WriteTable(XsecResult r, IAnsiConsole console)
    {
        var q = r.Query;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Process} {r.Flavor} on {r.Target} (per {r.PerWhat}), E = {q.EnuMeV:G6} MeV, T_max = {r.TMaxKeV:G6} keV, sin^2 theta_W = {q.Sin2ThetaW:G6}"));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("part");
        table.AddColumn(new TableColumn(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"total, T >= {q.TMinKeV:G6} keV [cm^2]"))).RightAligned());
        if (r.DsigmaDtCm2PerKeV is not null)
        {
            table.AddColumn(new TableColumn(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"dsigma/dT at {q.RecoilKeV:G6} keV [cm^2/keV]"))).RightAligned());
        }
        var names = new[] { "SM", "magnetic", "tensor", "scalar", "sum" };
        var totals = Parts(r.TotalCm2);
        var diffs = r.DsigmaDtCm2PerKeV is { } d ? Parts(d) : null;
        for (var i = 0; i < names.Length; i++)
        {
            var row = new List<string> { names[i], Format(totals[i]) };
            if (diffs is not null)
            {
                row.Add(Format(diffs[i]));
            }
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
        foreach (var note in r.Notes)
        {
            console.WriteLine("note: " + note);
        }
    }

    private static double[] Parts(XsecComponents c) => [c.Sm, c.Magnetic, c.Tensor, c.Scalar, c.Sum];

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "diverges" : value.ToString("0.000000E+00", CultureInfo.InvariantCulture);

    private static void WriteComponents(Utf8JsonWriter w, string name, XsecComponents c)
    {
        w.WriteStartObject(name);
        WriteNumberOrNull(w, "sm", c.Sm);
        WriteNumberOrNull(w, "magnetic", c.Magnetic);
        WriteNumberOrNull(w, "tensor", c.Tensor);
        WriteNumberOrNull(w, "scalar", c.Scalar);
        WriteNumberOrNull(w, "sum", c.Sum);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
