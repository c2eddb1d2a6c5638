using System.CommandLine;
using System.Text.Json;
using NuMMGen.Cli.Hosting;
using NuMMGen.Physics;
using NuMMGen.Physics.Eft;
using Spectre.Console;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen eft bounds</c>: upper bounds on the LNEFT Wilson coefficients, one operator at a time, from a magnetic-moment
/// limit (seed 2 Tables 3-4, 7-8) and/or the CEvNS limits of eq. (3.16) (Tables 5-6).
/// </summary>
public static class EftBoundsCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var muLimit = new Option<double?>("--mu-limit") { Description = "Magnetic-moment limit in Bohr magnetons (e.g. 2.8e-11, Borexino): Tables 3-4 and 7-8." };
        var ct = new Option<string>("--ct")
        {
            Description = "c_T of the nonperturbative matching: 'model' (-3.2, default), 'lattice' (-1.0 +- 0.2) or a number.",
            DefaultValueFactory = _ => "model",
        };
        var ctSigma = new Option<double>("--ct-sigma") { Description = "Uncertainty of a numeric --ct, propagated linearly into the bounds (default 0).", DefaultValueFactory = _ => 0.0 };
        var scale = new Option<string>("--scale") { Description = "Scale of the coefficients: 2GeV (default) or mW.", DefaultValueFactory = _ => "2GeV" };
        scale.AcceptOnlyFromAmong("2GeV", "mW");
        var fromCevns = new Option<bool>("--from-cevns") { Description = "Also give the CEvNS bounds (Tables 5-6) from --cevns-dipole-limit/--cevns-tensor-limit or --fit-result." };
        var dipoleLimit = new Option<double>("--cevns-dipole-limit")
        {
            Description = "Limit on (1/2) A_M^2/(v^2 Z^2 F^2), seed 2 eq. 3.16 (default 7.2e-8, COHERENT 2017).",
            DefaultValueFactory = _ => CevnsLimits.Coherent2017.Dipole,
        };
        var tensorLimit = new Option<double>("--cevns-tensor-limit")
        {
            Description = "Limit on sqrt(xi_T^2/(N^2 F^2)), seed 2 eq. 3.16 (default 0.591, COHERENT 2017).",
            DefaultValueFactory = _ => CevnsLimits.Coherent2017.Tensor,
        };
        var fitResult = new Option<FileInfo?>("--fit-result") { Description = "The JSON of 'nummgen fit --json': its limits90.mu (unless --mu-limit is given) and, for a CEvNS fit, its cevnsEq316 limits (Tables 5-6)." };
        var mixing = new Option<string>("--mixing") { Description = "Tensor-to-dipole mixing: leading-log (default, as seed 2) or resummed.", DefaultValueFactory = _ => "leading-log" };
        mixing.AcceptOnlyFromAmong("leading-log", "resummed");
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("bounds", "Bounds on LNEFT dipole and tensor coefficients from a magnetic-moment limit and/or CEvNS (seed 2 Tables 3-8).")
        {
            muLimit, ct, ctSigma, scale, fromCevns, dipoleLimit, tensorLimit, fitResult, mixing, json,
        };
        command.SetAction((parse, ct2) => context.RunHostedAsync(parse, ct2, (_, _) =>
        {
            var mu = parse.GetValue(muLimit);
            var file = parse.GetValue(fitResult);
            var fromFile = file is null ? null : FitResultLimits.Load(file.FullName);
            mu ??= fromFile?.Mu;
            CevnsLimits? cevns = fromFile?.Cevns;
            if (cevns is null && parse.GetValue(fromCevns))
            {
                double tensor = parse.GetValue(tensorLimit);
                if (double.IsNaN(tensor))
                    throw new InputException("--cevns-tensor-limit: must be a finite positive number.");
                cevns = new CevnsLimits(parse.GetValue(dipoleLimit), tensor).Validate("--cevns-dipole-limit/--cevns-tensor-limit");
            }
            if (mu is null && cevns is null)
            {
                throw new InputException("--mu-limit: give a magnetic-moment limit in Bohr magnetons, --from-cevns for the CEvNS bounds, or --fit-result.");
            }
            var cT = ChiralTensorConstant.Parse(parse.GetValue(ct)!, parse.GetValue(ctSigma));
            var boundScale = parse.GetValue(scale) == "mW" ? BoundScale.HighScale : BoundScale.Reference;
            var running = new RunningAndMatching(scheme: parse.GetValue(mixing) == "resummed" ? MixingScheme.Resummed : MixingScheme.LeadingLog);
            var bounds = EftBoundSet.Compute(mu, cevns, fromFile?.Cevns is null ? null : fromFile.Nuclei, cT, boundScale, running);
            if (parse.GetValue(json))
            {
                WriteJson(context.Output.Out, mu, cT, boundScale, bounds);
            }
            else
            {
                WriteTable(context.Output.Console, cT, bounds);
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void WriteJson(TextWriter output, double? muLimit, ChiralTensorConstant cT, BoundScale scale, IReadOnlyList<CoefficientBound> bounds)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            if (muLimit is { } mu)
            {
                w.WriteNumber("muLimitMuB", mu);
            }
            EftBoundSet.WriteProperties(w, cT, scale, bounds);
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes <paramref name="bounds"/> as a table on <paramref name="console"/>.</summary>
    public static void WriteTable(IAnsiConsole console, ChiralTensorConstant cT, IReadOnlyList<CoefficientBound> bounds)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(bounds);
        var table = new Table().AddColumns("coefficient", "flavours", "scale", "source", "bound", "unit", "combination bound");
        foreach (var b in bounds)
        {
            var combination = b.CombinationBound is { } c
                ? (b.PerturbativeShift is { } x && x != 0 ? $"|(c_T - {x:0.###}) L| < {c:0.00E+0}" : $"|c_T L| < {c:0.00E+0}")
                : b.IndirectPerCt is { } k ? $"indirect ({k:0.####} c_T - {b.IndirectConstant:0.####})" : "";
            table.AddRow(b.Operator.Name, b.Flavors, b.ScaleName, b.Source == BoundSource.MagneticMoment ? "moment" : "CEvNS", $"{b.Bound:0.00E+0}", b.Operator.Unit, Markup.Escape(combination));
        }
        console.Write(table);
        console.WriteLine($"c_T = {cT.Value} +- {cT.Uncertainty}");
    }
}
