using System.CommandLine;
using NuMMGen.Cli.Hosting;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen xsec</c>: the physics query. Prints the total and (with <c>--recoil-kev</c>) the differential
/// cross section of one neutrino flavour on one target, split into SM, magnetic, tensor and scalar parts.
/// </summary>
public static class XsecCommand
{
    /// <summary>Builds the command and its options.</summary>
    public static Command Create(CliContext context)
    {
        var process = new Option<string>("--process")
        {
            Description = "Process: nue (neutrino-electron elastic) or cevns (coherent elastic neutrino-nucleus).",
            Required = true,
        };
        process.AcceptOnlyFromAmong("nue", "cevns");
        var target = new Option<string>("--target")
        {
            Description = "Target: 'e' (free electron) or an element with shell data (Ge, Xe) for nue; a nuclide (Cs133, I127, Ge72, Ar40, Xe132, ...) or an element (Cs, Ge, ...; natural abundance) for cevns.",
            Required = true,
        };
        var flavor = new Option<string>("--flavor")
        {
            Description = "Neutrino flavour: nue, numu, nutau, nuebar, numubar, nutaubar.",
            Required = true,
        };
        var enu = new Option<double>("--enu") { Description = "Neutrino energy in MeV (> 0).", Required = true };
        var recoil = new Option<double?>("--recoil-kev") { Description = "Recoil kinetic energy T in keV for dsigma/dT (0 < T <= T_max)." };
        var tMin = new Option<double>("--tmin-kev")
        {
            Description = "Lower recoil bound in keV for the total cross sections (default 0; the magnetic total of a free target diverges without one).",
            DefaultValueFactory = _ => 0.0,
        };
        var mu = new Option<double>("--mu") { Description = "Effective magnetic moment in Bohr magnetons (>= 0).", DefaultValueFactory = _ => 0.0 };
        var tensorE = CouplingOption("--tensor-e", "Tensor coupling to electrons C_T in GeV^-2 (operator (nubar_N sigma P_L nu)(ebar sigma P_L e)).");
        var tensorU = CouplingOption("--tensor-u", "Tensor coupling to u quarks in GeV^-2 (seed 2's L^{T,RR}_{nu N u}).");
        var tensorD = CouplingOption("--tensor-d", "Tensor coupling to d quarks in GeV^-2 (seed 2's L^{T,RR}_{nu N d}).");
        var tensorS = CouplingOption("--tensor-s", "Tensor coupling to s quarks in GeV^-2 (seed 2's L^{T,RR}_{nu N s}).");
        var scalarE = CouplingOption("--scalar-e", "Scalar coupling to electrons C_S in GeV^-2 (operator (nubar_N P_L nu)(ebar P_L e)).");
        var scalarP = CouplingOption("--scalar-p", "Scalar coupling to protons in GeV^-2 (operator (nubar_N P_L nu)(pbar p), coherent in CEvNS).");
        var scalarN = CouplingOption("--scalar-n", "Scalar coupling to neutrons in GeV^-2 (operator (nubar_N P_L nu)(nbar n), coherent in CEvNS).");
        var sin2w = new Option<double>("--sin2w")
        {
            Description = "Weak mixing angle sin^2 theta_W (default 0.23857, low-energy MS-bar as in seed 2).",
            DefaultValueFactory = _ => PhysicalConstants.DefaultSin2ThetaW,
        };
        var radiative = new Option<bool>("--radiative") { Description = "nue only: apply the Bahcall-Kamionkowski-Sirlin radiative corrections." };
        var formFactor = new Option<string>("--form-factor")
        {
            Description = "cevns only: nuclear form factor, helm (default), klein-nystrand or none.",
            DefaultValueFactory = _ => "helm",
        };
        formFactor.AcceptOnlyFromAmong("helm", "klein-nystrand", "none");
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };

        var command = new Command("xsec", "Cross sections of one neutrino flavour on one target: SM, magnetic, tensor and scalar parts.")
        {
            process, target, flavor, enu, recoil, tMin, mu, tensorE, tensorU, tensorD, tensorS, scalarE, scalarP, scalarN,
            sin2w, radiative, formFactor, json,
        };
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (_, _) =>
        {
            var query = new XsecQuery(
                Process: parse.GetValue(process)!,
                Target: parse.GetValue(target)!,
                Flavor: parse.GetValue(flavor)!,
                EnuMeV: parse.GetValue(enu),
                RecoilKeV: parse.GetValue(recoil),
                TMinKeV: parse.GetValue(tMin),
                MuB: parse.GetValue(mu),
                TensorEPerGeV2: parse.GetValue(tensorE),
                TensorUPerGeV2: parse.GetValue(tensorU),
                TensorDPerGeV2: parse.GetValue(tensorD),
                TensorSPerGeV2: parse.GetValue(tensorS),
                ScalarEPerGeV2: parse.GetValue(scalarE),
                ScalarPPerGeV2: parse.GetValue(scalarP),
                ScalarNPerGeV2: parse.GetValue(scalarN),
                Sin2ThetaW: parse.GetValue(sin2w),
                Radiative: parse.GetValue(radiative),
                FormFactor: parse.GetValue(formFactor)!);
            var result = XsecEvaluator.Evaluate(query);
            if (parse.GetValue(json))
            {
                XsecFormatter.WriteJson(result, context.Output.Out);
            }
            else
            {
                XsecFormatter.WriteTable(result, context.Output.Console);
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Option<double> CouplingOption(string name, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => 0.0 };
}
