using System.CommandLine;
using System.Text.Json;
using NuMMGen.Cli.Hosting;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Eft;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen eft moment</c>: the neutrino magnetic moment induced at one loop by a scalar or tensor coupling G_X to a
/// charged fermion (seed 1 eqs. 10, 11, 22) and, with <c>--mu-limit</c>, the bound on G_X for each of e, mu, tau, u, d, s.
/// </summary>
public static class EftMomentCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var gx = new Option<double?>("--gx") { Description = "Coupling G_X (> 0) in --gx-unit." };
        var unit = new Option<string>("--gx-unit") { Description = "Unit of --gx: GF (default, Fermi constants) or GeV-2.", DefaultValueFactory = _ => "GF" };
        unit.AcceptOnlyFromAmong("GF", "GeV-2");
        var fermion = new Option<string>("--fermion") { Description = "Charged fermion in the loop: e, mu, tau, u, d, s.", DefaultValueFactory = _ => "e" };
        var form = new Option<string>("--form") { Description = "Interaction: scalar (eq. 10), tensor (eq. 11) or uv (charged-scalar completion, eq. 22).", Required = true };
        form.AcceptOnlyFromAmong("scalar", "tensor", "uv");
        var mPhi = new Option<double?>("--mphi") { Description = "uv only: charged-scalar mass in GeV (default: y_c y_s = 1, m_phi = (8 G_X)^-1/2)." };
        var muLimit = new Option<double?>("--mu-limit") { Description = "A moment limit in Bohr magnetons: print the bound on G_X it implies for e, mu, tau, u, d, s." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("moment", "Loop-induced neutrino magnetic moment from a scalar or tensor coupling (seed 1), and the inverse bound on G_X.")
        {
            gx, unit, fermion, form, mPhi, muLimit, json,
        };
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (_, _) =>
        {
            var loopForm = parse.GetValue(form) switch { "scalar" => LoopForm.Scalar, "tensor" => LoopForm.Tensor, _ => LoopForm.UvCompletion };
            var f = ChargedFermionExtensions.Parse(parse.GetValue(fermion)!);
            var phi = parse.GetValue(mPhi);
            if (phi is { } p && !(double.IsFinite(p) && p > 0))
            {
                throw new InputException($"--mphi: the scalar mass must be a positive number of GeV (got {p}).");
            }
            if (phi is not null && loopForm != LoopForm.UvCompletion)
            {
                throw new InputException("--mphi: only meaningful with --form uv.");
            }
            var phiMeV = phi * Units.GeV;
            var value = parse.GetValue(gx);
            var limit = parse.GetValue(muLimit);
            if (value is null && limit is null)
            {
                throw new InputException("--gx: give a coupling (or --mu-limit for the bound on G_X).");
            }
            var perGf = parse.GetValue(unit) == "GF";
            double? gxMeV = null;
            if (value is { } g)
            {
                if (!(double.IsFinite(g) && g > 0))
                {
                    throw new InputException($"--gx: the coupling must be a positive number (got {g}).");
                }
                gxMeV = perGf ? g * PhysicalConstants.FermiConstant : Couplings.FromGeV(g);
            }
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteString("form", parse.GetValue(form));
                if (phiMeV is { } pm)
                {
                    w.WriteNumber("mPhiGeV", pm / Units.GeV);
                }
                if (gxMeV is { } gm)
                {
                    w.WriteString("fermion", f.Symbol());
                    w.WriteNumber("gxPerGeV2", Couplings.ToGeV(gm));
                    w.WriteNumber("gxOverGF", gm / PhysicalConstants.FermiConstant);
                    w.WriteNumber("fermionMassMeV", StandardModelInputs.Default.Mass(f));
                    w.WriteNumber("muOverMuB", LoopInducedMoments.MomentInBohrMagnetons(loopForm, gm, f, phiMeV));
                    w.WriteString("equation", loopForm switch { LoopForm.Scalar => "seed 1 eq. 10", LoopForm.Tensor => "seed 1 eq. 11", _ => "seed 1 eq. 22" });
                }
                if (limit is { } l)
                {
                    w.WriteNumber("muLimitMuB", l);
                    w.WriteStartArray("gxBounds");
                    foreach (var each in ChargedFermionExtensions.All)
                    {
                        var bound = LoopInducedMoments.CouplingBound(l, loopForm, each, phiMeV);
                        w.WriteStartObject();
                        w.WriteString("fermion", each.Symbol());
                        if (bound is { } b)
                        {
                            w.WriteNumber("gxPerGeV2", Couplings.ToGeV(b));
                            w.WriteNumber("gxOverGF", b / PhysicalConstants.FermiConstant);
                        }
                        else
                        {
                            w.WriteNull("gxPerGeV2");
                            w.WriteNull("gxOverGF");
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteStartArray("notes");
                w.WriteStringValue("Quarks: N_C |Q_q| times the lepton formula, MS-bar masses at 2 GeV (PDG 2020). Magnitudes.");
                w.WriteStringValue("A null G_X bound: the limit lies above the largest moment the formula gives in its range of validity.");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            if (parse.GetValue(json))
            {
                context.Output.Out.WriteLine(text);
            }
            else
            {
                WriteText(context.Output.Out, JsonDocument.Parse(text).RootElement);
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void WriteText(TextWriter output, JsonElement j)
    {
        if (j.TryGetProperty("muOverMuB", out var mu))
        {
            output.WriteLine($"{j.GetProperty("form").GetString()} coupling to {j.GetProperty("fermion").GetString()}: G_X = {j.GetProperty("gxOverGF").GetDouble():G4} G_F = {j.GetProperty("gxPerGeV2").GetDouble():G4} GeV^-2");
            output.WriteLine($"  mu_nu = {mu.GetDouble():G4} mu_B ({j.GetProperty("equation").GetString()})");
        }
        if (j.TryGetProperty("gxBounds", out var bounds))
        {
            output.WriteLine($"bounds on G_X from mu_nu < {j.GetProperty("muLimitMuB").GetDouble():G3} mu_B:");
            foreach (var b in bounds.EnumerateArray())
            {
                var g = b.GetProperty("gxOverGF");
                output.WriteLine($"  {b.GetProperty("fermion").GetString(),-4} " + (g.ValueKind == JsonValueKind.Null ? "none within the formula's validity" : $"G_X < {g.GetDouble():G3} G_F"));
            }
        }
    }
}
