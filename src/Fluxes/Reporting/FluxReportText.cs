using System.Globalization;
using System.Text;

namespace NuMMGen.Fluxes.Reporting;

/// <summary>Plain-text rendering of a <see cref="FluxReport"/> (fixed-width columns).</summary>
internal static class FluxReportText
{
    public static string Format(FluxReport r)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"Source: {r.Source} - {r.Description}");
        if (r.ProtonsOnTarget is { } pot)
        {
            sb.AppendLine(ci, $"Protons on target: {pot:0.0000E+00} (multiply per-POT fluences by it)");
        }
        sb.AppendLine(ci, $"{"component",-12} {"kind",-9} {"flavor",-8} {"flux [" + r.FluxUnit + "]",-24} {"unc.",6} {"E_line",9} {"E_min",9} {"E_max",9} {"<E>",9}  [MeV]");
        foreach (var c in r.Components)
        {
            var line = c.LineEnergyMeV is { } le ? le.ToString("F4", ci) : "-";
            sb.AppendLine(ci, $"{c.Name,-12} {c.Kind,-9} {c.Flavor,-8} {c.IntegratedFlux,-24:0.0000E+00} {c.RelativeUncertainty * 100,5:F1}% {line,9} {c.MinEnergyMeV,9:F4} {c.MaxEnergyMeV,9:F4} {c.MeanEnergyMeV,9:F4}");
        }
        if (r.AtEnergy is { } at)
        {
            sb.AppendLine();
            sb.AppendLine(ci, $"At E_nu = {r.EnuMeV:G6} MeV:");
            sb.AppendLine(ci, $"{"component",-12} {"pee",8} {"P(e)",8} {"P(mu)",8} {"P(tau)",8} {"P(nu1)",8} {"P(nu2)",8} {"P(nu3)",8}  {"spectrum [" + r.FluxUnit + " MeV^-1]",-30}");
            foreach (var a in at)
            {
                var f = a.FlavorProbabilities;
                var m = a.MassStateProbabilities;
                sb.AppendLine(ci, $"{a.Component,-12} {a.Pee,8:F5} {f.E,8:F5} {f.Mu,8:F5} {f.Tau,8:F5} {m[0],8:F5} {m[1],8:F5} {m[2],8:F5}  {a.SpectrumPerMeV,-30:0.0000E+00}");
            }
        }
        return sb.ToString();
    }
}
