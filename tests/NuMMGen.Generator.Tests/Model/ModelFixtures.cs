using NuMMGen.Fluxes.Reactor;
using NuMMGen.Generator.Random;
using MathNet.Numerics.Distributions;
using NuMMGen.Fluxes;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Fluxes.Solar;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>Shared setups for the rate and sampling tests, and a chi^2 helper.</summary>
internal static class ModelFixtures
{
    public static readonly SolarSource Solar = new();
    public static readonly SnsSource Sns = new();

    /// <summary>A universal (flavour-diagonal) magnetic moment of <paramref name="mu"/> Bohr magnetons.</summary>
    public static StateCouplings Moment(double mu) => new(MagneticMoment: CouplingMatrix.Universal(mu));

    /// <summary>nu-e on pseudocumene (C9H12, free electrons), 100 t x 1 yr, recoil window [a, b].</summary>
    public static EventModelSetup SolarOnPc(string[] components, StateCouplings hypothesis, double aKeV = 50, double bKeV = 2000) => new(
        Solar, components, Material.FromFormula("PC", "C9H12"), 100 * Units.Tonne, Units.Year,
        [ScatteringProcess.NeutrinoElectron], ElectronBinding.Free, aKeV * Units.KeV, bKeV * Units.KeV,
        new CrossSectionSettings(), hypothesis);

    /// <summary>CEvNS on CsI at the SNS (COHERENT 2017 defaults), 14.6 kg, 1 POT exposure scaled by the source's POT.</summary>
    public static EventModelSetup SnsOnCsI(StateCouplings hypothesis, double aKeV = 3, double bKeV = 100) => new(
        Sns, null, Material.FromFormula("CsI", "CsI"), 14.57, Sns.ProtonsOnTarget,
        [ScatteringProcess.Cevns], ElectronBinding.Free, aKeV * Units.KeV, bKeV * Units.KeV, new CrossSectionSettings(), hypothesis);

    /// <summary>Reactor antineutrinos (3 GW, 13.9 m) on germanium atoms in the stepping approximation, 1 kg x 1 day, 1-200 keV.</summary>
    public static EventModelSetup ReactorOnGe() => new(
        new ReactorSource(new ReactorOptions { PowerGW = 3, BaselineM = 13.9 }), null, Material.FromFormula("Ge", "Ge"), 1.0,
        Units.Day, [ScatteringProcess.NeutrinoElectron], ElectronBinding.Stepping, 1 * Units.KeV, 200 * Units.KeV,
        new CrossSectionSettings(), StateCouplings.StandardModel);

    /// <summary>
    /// Pearson chi^2 of observed counts against expected probabilities (bins with expectation below 5 merged into
    /// their neighbour) and its p-value (MARLEY src/tests style; docs design.md 3).
    /// </summary>
    public static (double Chi2, int Dof, double PValue) ChiSquare(IReadOnlyList<double> observed, IReadOnlyList<double> probability, int n)
    {
        double chi2 = 0, o = 0, e = 0;
        var bins = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            o += observed[i];
            e += probability[i] * n;
            if (e < 5 && i < observed.Count - 1)
                continue;
            chi2 += (o - e) * (o - e) / e;
            bins++;
            (o, e) = (0, 0);
        }
        var dof = bins - 1;
        return (chi2, dof, 1 - ChiSquared.CDF(dof, chi2));
    }

    /// <summary>Index of the bin of <paramref name="x"/> in increasing <paramref name="edges"/>, or -1.</summary>
    public static int Bin(ReadOnlySpan<double> edges, double x)
    {
        if (!(x >= edges[0]) || !(x < edges[^1]))
            return -1;
        var i = 0;
        while (x >= edges[i + 1]) i++;
        return i;
    }

    /// <summary>
    /// <paramref name="n"/> events of the mixture (or of <paramref name="channel"/>): one at a time, or
    /// <paramref name="batched"/> through the span methods the generator's block sampler uses.
    /// </summary>
    public static InteractionEvent[] Draw(EventModel model, RandomStream random, int n, bool batched, int? channel = null)
    {
        var events = new InteractionEvent[n];
        if (batched)
        {
            // Spans of 1000: mixture chunks of 256 and rounds of 64 and their tails all occur.
            for (var done = 0; done < n; done += 1000)
            {
                var span = events.AsSpan(done, Math.Min(1000, n - done));
                if (channel is { } c)
                    model.Sample(c, random, span);
                else
                    model.SampleMixture(random, span);
            }
            return events;
        }
        for (var k = 0; k < n; k++)
            events[k] = channel is { } c ? model.Sample(c, random) : model.SampleMixture(random);
        return events;
    }

    /// <summary>n + 1 equally spaced edges on [lo, hi].</summary>
    public static double[] Edges(double lo, double hi, int n) => Enumerable.Range(0, n + 1).Select(i => lo + (hi - lo) * i / n).ToArray();
}
