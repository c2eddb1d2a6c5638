using NuMMGen.Detectors.IO;
using NuMMGen.Generator.Detection;
using Xunit.Abstractions;

namespace NuMMGen.Generator.Tests.Presets;

/// <summary>The COHERENT 2017 and Borexino Phase-II presets against the published numbers.</summary>
public class CoherentAndBorexinoValidationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Source: D. Akimov et al. (COHERENT), Science 357, 1123 (2017): SM prediction 173 +- 48 CEvNS events for the
    /// 2017 data set. configs/coherent-csi-2017.json gives 167.4 (-3.2 %) in 6-30 PE and 0-6 us. Why it differs:
    /// (1) protons on target: 7.47594 GWh over 1 GeV per proton = 1.68e23; a mean proton energy of 0.955 GeV would give
    /// 1.76e23 and +4.8 %; (2) the Helm form factor here vs the Klein-Nystrand one of the collaboration (a few %); (3) the
    /// constant QF 0.0878 (energy-independent) and the acceptance evaluated at 1-PE bin centres as the release prescribes;
    /// (4) the region: 173 is for the collaboration's full analysis, ours is the 6-30 PE, 0-6 us box with the
    /// released arrival-time model (pulse centre 0.72 us). The 28 % uncertainty of 173 dwarfs all of these.
    /// </summary>
    [Fact]
    public void Coherent_2017_predicted_CEvNS_counts_are_within_10_percent_of_173()
    {
        var (config, model) = PresetFixtures.Build("coherent-csi-2017.json");
        double counts = PresetFixtures.SignalInRegion(config, model);
        output.WriteLine($"COHERENT CsI 2017 SM CEvNS in 6-30 PE, 0-6 us: {counts:F1} (published 173 +- 48)");
        Assert.InRange(counts, 0.9 * 173, 1.1 * 173);
        var backgrounds = config.Detector!.Backgrounds.ToDictionary(b => b.Kind, b => b.Expected);
        output.WriteLine($"steady state {backgrounds["coherentSteadyState"]:F1}, prompt neutrons {backgrounds["coherentPromptNeutrons"]:F2}");
        Assert.InRange(backgrounds["coherentPromptNeutrons"], 1, 15);
    }

    /// <summary>
    /// Source: Borexino, Nature 562, 505 (2018): 7Be interaction rate 48.3 +- 1.1 (stat) cpd/100t, the rate of both
    /// lines over the full recoil spectrum (not a windowed rate); their B16-GS98 (HZ) expectation is 47.9 +- 2.8.
    /// Radiative corrections: the preset applies BKS (Bahcall, Kamionkowski, Sirlin, PRD 51, 6146 (1995)): 48.05
    /// cpd/100t; tree level with sin^2 theta_W = 0.23857 gives 49.60. BKS reproduces the SSM expectation (47.9) and is
    /// the choice; both are within 5 % of 48.3. 3.307e31 electrons per 100 t (PC + 1.5 g/L PPO).
    /// </summary>
    [Theory]
    [InlineData(true, 48.05)]
    [InlineData(false, 49.60)]
    public void Borexino_7Be_rate_in_cpd_per_100t_is_within_5_percent_of_48_3(bool radiative, double expected)
    {
        var (config, model) = PresetFixtures.Build("borexino-phase2.json", "components=[\"7Be_862\",\"7Be_384\"]", "recoil.minKeV=0",
            "detector=null", $"physics.radiativeCorrections={(radiative ? "true" : "false")}");
        double cpd = model.TotalExpected / (1291.51 * 0.713);
        output.WriteLine($"7Be rate, radiative corrections {radiative}: {cpd:F2} cpd/100t (measured 48.3 +- 1.1)");
        Assert.InRange(cpd, 0.95 * 48.3, 1.05 * 48.3);
        Assert.Equal(expected, cpd, 0.05);
    }

    /// <summary>
    /// Source: Fig. 2a source data of Borexino, Nature 562, 505 (2018) (TFC-subtracted N_h spectrum, events per day per
    /// 100 t per N_h). The preset's signal plus backgrounds folded into N_h bins, as a loose check of the response: the
    /// 210Po peak sits where the data has it (its position is a preset input taken from this figure), the 7Be Compton
    /// shoulder falls between N_h 270 and 310 in both, and chi^2/ndf is reported, not tested (the backgrounds are not
    /// fitted; pile-up and the 14C tail below N_h ~ 120 are not modelled). Tree-level cross sections keep it fast.
    /// </summary>
    [Fact]
    public void Borexino_Nh_spectrum_shape_follows_the_published_data()
    {
        var (config, model) = PresetFixtures.Build("borexino-phase2.json", "physics.radiativeCorrections=false");
        var d = config.Detector!;
        var edges = Enumerable.Range(0, 86).Select(i => 92.0 + 10 * i).ToArray();   // 92 .. 942
        var signal = DetectedRates.Folded(model, d, edges);
        double norm = 1291.51 * 0.713;
        var predicted = new double[edges.Length - 1];
        for (int j = 0; j < predicted.Length; j++)
        {
            predicted[j] = signal.Sum(c => c[j].Sum);
            foreach (var b in d.Backgrounds)
                predicted[j] += b.ExpectedIn(edges.AsSpan(j, 2))[0];
            predicted[j] /= norm * 10;   // events/(day 100 t N_h)
        }
        var table = DetectorTables.ReadEmbedded("borexino/Nature2018_Fig2a_DATA.txt", 7);
        var (data, error) = (new double[predicted.Length], new double[predicted.Length]);
        foreach (var row in table.Rows)
        {
            int j = (int)((row[1] - 92) / 10);
            if (j < 0 || j >= data.Length)
                continue;
            data[j] += row[4] / 10;
            error[j] += row[5] * row[5] / 100;
        }
        int Peak(double[] x) => Enumerable.Range(6, 10).MaxBy(j => x[j]);   // N_h 152 .. 252
        double chi2 = 0;
        for (int j = 3; j < data.Length; j++)
            chi2 += Math.Pow(predicted[j] - data[j], 2) / error[j];
        output.WriteLine($"210Po peak bin: model {edges[Peak(predicted)]}, data {edges[Peak(data)]}; chi2/ndf (N_h 122-942) = {chi2 / (data.Length - 3):F1}");
        for (int j = 0; j < data.Length; j += 5)
            output.WriteLine($"N_h {edges[j]}: model {predicted[j]:G3}, data {data[j]:G3}");
        Assert.InRange(edges[Peak(predicted)] - edges[Peak(data)], -10, 10);
        // The 7Be shoulder: from N_h 262-272 to 302-312 the spectrum drops by more than a factor 1.5 in both.
        Assert.True(data[17] / data[21] > 1.5 && predicted[17] / predicted[21] > 1.5,
            $"shoulder ratio data {data[17] / data[21]:F2}, model {predicted[17] / predicted[21]:F2}");
    }
}
