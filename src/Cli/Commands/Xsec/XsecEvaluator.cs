using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Units;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// Checks an <see cref="XsecQuery"/> (every bad value raises an <see cref="InputException"/> naming the
/// option and what is allowed), converts it to base units and evaluates the cross section.
/// </summary>
public static class XsecEvaluator
{
    /// <summary>Validates the query and computes the totals and, if asked, dsigma/dT.</summary>
    public static XsecResult Evaluate(XsecQuery q)
    {
        var process = q.Process.ToLowerInvariant() switch
        {
            "nue" => ScatteringProcess.NeutrinoElectron,
            "cevns" => ScatteringProcess.Cevns,
            _ => throw new InputException($"--process: unknown process '{q.Process}'; allowed: nue, cevns."),
        };
        if (!FlavorInfo.TryParse(q.Flavor, out var flavor))
        {
            throw new InputException($"--flavor: unknown flavour '{q.Flavor}'; allowed: {string.Join(", ", FlavorInfo.Names)}.");
        }
        RequirePositive("--enu", q.EnuMeV, "a neutrino energy in MeV");
        if (q.Sin2ThetaW is <= 0 or >= 1 || !double.IsFinite(q.Sin2ThetaW))
        {
            throw new InputException($"--sin2w must lie strictly between 0 and 1; got {q.Sin2ThetaW}.");
        }
        if (q.MuB < 0 || !double.IsFinite(q.MuB))
        {
            throw new InputException($"--mu must be >= 0: it is the magnitude of the effective magnetic moment in Bohr magnetons (the cross section depends on mu^2); got {q.MuB}.");
        }
        var couplings = BuildCouplings(q);
        var formFactor = q.FormFactor.ToLowerInvariant() switch
        {
            "helm" => FormFactorModel.Helm,
            "klein-nystrand" => FormFactorModel.KleinNystrand,
            "none" => FormFactorModel.None,
            _ => throw new InputException($"--form-factor: unknown model '{q.FormFactor}'; allowed: helm, klein-nystrand, none."),
        };
        IRecoilCrossSection xs;
        try
        {
            xs = CrossSectionCatalog.Resolve(process, q.Target, new CrossSectionSettings(q.Sin2ThetaW, q.Radiative, formFactor));
        }
        catch (InputException e)
        {
            throw new InputException($"--target: {e.Message}", e);
        }

        var enu = q.EnuMeV * Units.MeV;
        var tMax = xs.MaxRecoil(enu);
        if (q.TMinKeV < 0 || !double.IsFinite(q.TMinKeV) || q.TMinKeV * Units.KeV >= tMax)
        {
            throw new InputException($"--tmin-kev must lie in [0, T_max) with T_max = {tMax / Units.KeV:G6} keV for E = {q.EnuMeV:G6} MeV on {xs.TargetName}; got {q.TMinKeV}.");
        }
        XsecComponents? differential = null;
        if (q.RecoilKeV is { } recoilKeV)
        {
            RequirePositive("--recoil-kev", recoilKeV, "a recoil kinetic energy in keV");
            if (recoilKeV * Units.KeV > tMax)
            {
                throw new InputException($"--recoil-kev {recoilKeV:G6} is above T_max = {tMax / Units.KeV:G6} keV for E = {q.EnuMeV:G6} MeV on {xs.TargetName}.");
            }
            differential = Units.KeV * xs.Differential(flavor, enu, recoilKeV * Units.KeV, couplings);
        }
        var total = xs.Total(flavor, enu, couplings, q.TMinKeV * Units.KeV);
        return new XsecResult(q, q.Process.ToLowerInvariant(), xs.TargetName, flavor.ToName(), PerWhat(process, xs),
            tMax / Units.KeV, total, differential, Notes(process, q, total));
    }

    private static Couplings BuildCouplings(XsecQuery q)
    {
        foreach (var (name, value) in new[]
                 {
                     ("--tensor-e", q.TensorEPerGeV2), ("--tensor-u", q.TensorUPerGeV2), ("--tensor-d", q.TensorDPerGeV2),
                     ("--tensor-s", q.TensorSPerGeV2), ("--scalar-e", q.ScalarEPerGeV2), ("--scalar-p", q.ScalarPPerGeV2),
                     ("--scalar-n", q.ScalarNPerGeV2),
                 })
        {
            if (!double.IsFinite(value))
            {
                throw new InputException($"{name} must be a finite coupling in GeV^-2; got {value}.");
            }
        }
        return new Couplings(
            MuEff: q.MuB,
            TensorE: Couplings.FromGeV(q.TensorEPerGeV2),
            TensorU: Couplings.FromGeV(q.TensorUPerGeV2),
            TensorD: Couplings.FromGeV(q.TensorDPerGeV2),
            TensorS: Couplings.FromGeV(q.TensorSPerGeV2),
            ScalarE: Couplings.FromGeV(q.ScalarEPerGeV2),
            ScalarP: Couplings.FromGeV(q.ScalarPPerGeV2),
            ScalarN: Couplings.FromGeV(q.ScalarNPerGeV2));
    }

    private static void RequirePositive(string option, double value, string what)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new InputException($"{option} must be {what} greater than 0; got {value}.");
        }
    }

    private static string PerWhat(ScatteringProcess process, IRecoilCrossSection xs) => process switch
    {
        ScatteringProcess.Cevns => "nucleus",
        _ when string.Equals(xs.TargetName, CrossSectionCatalog.FreeElectron, StringComparison.Ordinal) => "electron",
        _ => "atom",
    };

    private static List<string> Notes(ScatteringProcess process, XsecQuery q, XsecComponents total)
    {
        var notes = new List<string>();
        if (double.IsPositiveInfinity(total.Magnetic))
        {
            notes.Add("The magnetic total diverges as ln(1/T_min) when T_min = 0 (1/T pole of the dipole term): give --tmin-kev for a finite value.");
        }
        if (process == ScatteringProcess.NeutrinoElectron && (q.TensorUPerGeV2 != 0 || q.TensorDPerGeV2 != 0 || q.TensorSPerGeV2 != 0 || q.ScalarPPerGeV2 != 0 || q.ScalarNPerGeV2 != 0))
        {
            notes.Add("Quark and nucleon couplings do not enter neutrino-electron scattering; they were ignored.");
        }
        if (process == ScatteringProcess.Cevns && (q.TensorEPerGeV2 != 0 || q.ScalarEPerGeV2 != 0))
        {
            notes.Add("Electron couplings do not enter CEvNS; they were ignored.");
        }
        if (process == ScatteringProcess.Cevns && q.Radiative)
        {
            notes.Add("--radiative applies to nue only; it was ignored.");
        }
        return notes;
    }
}
