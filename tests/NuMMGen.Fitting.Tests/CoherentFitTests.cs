using NuMMGen.Detectors.Timing;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fitting.Tests;

/// <summary>
/// The 2D (PE x time) fit of the COHERENT CsI[Na] 2017 data release (arXiv:1804.09459; D. Akimov et al., Science 357,
/// 1123 (2017): 134 +- 22 CEvNS events observed).
/// </summary>
public sealed class CoherentFitTests(CoherentFitFixture f) : IClassFixture<CoherentFitFixture>
{
    private const string Coincidence = "coincidence-beam-on-pe6-30-t0-6us.csv";

    [Fact]
    public void Real_data_fit_reproduces_the_published_134_pm_22_CEvNS_events()
    {
        var data = ObservedData.Load(f.DataFile(Coincidence));
        var counts = data.CountsIn(f.Edges, f.TimeEdgesUs, f.Model.PulseCentreUs);
        Assert.Equal(547, counts.Sum()); // the release's C beam-on counts in 6-30 PE, 0-6 us (independent sum of the file)
        var fit = SignalCountFit.Measure(f.Model, counts);
        Assert.True(fit.Converged);
        // Within the combined 1-sigma errors of ours and the published count, and an error of the published size.
        Assert.InRange(fit.Count, 134 - Math.Sqrt(22 * 22 + fit.Error * fit.Error), 134 + Math.Sqrt(22 * 22 + fit.Error * fit.Error));
        Assert.InRange(fit.Error, 0.5 * 22, 1.5 * 22);
        Assert.True(fit.Lower < fit.Count && fit.Count < fit.Upper);
    }

    [Fact]
    public void Anticoincidence_data_fit_has_no_CEvNS_signal()
    {
        // The AC window sees the steady state only: the free CEvNS count must be compatible with zero.
        var data = ObservedData.Load(f.DataFile("anticoincidence-beam-on-pe6-30-t0-6us.csv"));
        var fit = SignalCountFit.Measure(f.Model, data.CountsIn(f.Edges, f.TimeEdgesUs, f.Model.PulseCentreUs));
        Assert.InRange(fit.Count, 0, 2 * fit.Error + 1e-9);
    }

    [Fact]
    public void Two_dimensional_templates_sum_over_time_to_the_one_dimensional_templates()
    {
        var t = f.Model.Templates;
        int nt = t.TimeBinCount;
        Assert.Equal(12, nt);
        double[] Marginal(double[] cells) =>
            Enumerable.Range(0, cells.Length / nt).Select(b => Enumerable.Range(0, nt).Sum(k => cells[b * nt + k])).ToArray();
        Close(f.OneD.Sm, Marginal(t.Sm));
        Close(f.OneD.MagneticPerMu2, Marginal(t.MagneticPerMu2));
        for (int k = 0; k < t.Backgrounds.Count; k++)
            Close(f.OneD.Backgrounds[k].Counts, Marginal(t.Backgrounds[k].Counts));
        // The prompt (numu) and delayed (nue, numubar) parts add up to the SM template.
        var sum = t.SmByComponent.Values.Aggregate(new double[t.Sm.Length], (a, c) => a.Zip(c, (x, y) => x + y).ToArray());
        Close(t.Sm, sum);
    }

    [Fact]
    public void Our_SNS_time_templates_agree_with_the_released_arrival_time_PDFs()
    {
        // Our timing (Gaussian 360 ns FWHM pulse, pion then muon exponential decays, pulse centre 0.72 us) against the
        // release's arrivalTimePDF_{prompt,delayed}Neutrinos.txt in the 0.5-us bins of 0-6 us, both normalised inside the
        // window. Measured: largest difference 0.025 for the prompt numu in 1.0-1.5 us (ours 0.051, release 0.026: the Gaussian
        // pulse has a longer tail than the real SNS pulse), 0.012 for the delayed flavours in 0.5-1.0 us (0.118 vs 0.130); all
        // other bins within 0.01. Tolerance 0.03 per bin (absolute probability), and the bins must sum to 1.
        var model = EventModel.Build(f.Resolved.Setup);
        var timeEdges = f.TimeEdgesUs.Select(u => u * Units.Us).ToArray();
        var fractions = DetectedRates.TimeFractions(model, f.Resolved.Detector!, timeEdges);
        foreach (var (component, released) in new[] { ("numu", ArrivalTimePdf.CoherentPromptNeutrinos()), ("nue", ArrivalTimePdf.CoherentDelayedNeutrinos()),
                     ("numubar", ArrivalTimePdf.CoherentDelayedNeutrinos()) })
        {
            int c = Enumerable.Range(0, model.Channels.Count).First(i => model.Channels[i].Component == component);
            double window = released.Probability(timeEdges[0], timeEdges[^1]);
            for (int k = 0; k < fractions[c].Length; k++)
            {
                double theirs = released.Probability(timeEdges[k], timeEdges[k + 1]) / window;
                Assert.True(Math.Abs(fractions[c][k] - theirs) < 0.03, $"{component} bin {k}: ours {fractions[c][k]:G4}, release {theirs:G4}");
            }
            Assert.Equal(1.0, fractions[c].Sum(), 1e-9);
        }
    }

    [Fact]
    public void Injected_signal_is_recovered_from_two_dimensional_Asimov_data()
    {
        var likelihood = f.Model.Likelihood();
        var theta = likelihood.InitialValues();
        theta[likelihood.IndexOf(f.Model.Templates.FluxParameter)] = 1.3;
        theta[likelihood.IndexOf(ExperimentModel.MuSquared)] = 0;
        var asimov = likelihood.Asimov(theta).Counts[0];
        var count = SignalCountFit.Measure(f.Model, asimov);
        Assert.Equal(1.3 * f.Model.Templates.Sm.Sum(), count.Count, 1e-3 * count.Count);
        // A magnetic moment of 5e-9 mu_B (mu2 = 2500) with nominal nuisances comes back from the best fit.
        theta[likelihood.IndexOf(f.Model.Templates.FluxParameter)] = 1;
        theta[likelihood.IndexOf(ExperimentModel.MuSquared)] = 2500;
        var withMu = likelihood.Asimov(theta);
        var best = new Fitter(likelihood).Fit(withMu);
        Assert.True(best.Converged);
        Assert.Equal(2500, best.Values[likelihood.IndexOf(ExperimentModel.MuSquared)], 0.02 * 2500);
    }

    [Fact]
    public void Two_dimensional_csv_reader_refuses_bad_files_naming_the_problem()
    {
        string dir = Directory.CreateTempSubdirectory("nummgen-2d-").FullName;
        try
        {
            string Write(string body)
            {
                string p = Path.Combine(dir, $"d{Guid.NewGuid():N}.csv");
                File.WriteAllText(p, "obs_low,obs_high,time_low,time_high,counts\n" + body);
                return p;
            }
            var good = ObservedData.Load(Write("6,8,0,0.5,3\n6,8,0.5,1,4\n8,10,0.5,1,1\n8,10,0,0.5,2\n"));
            Assert.Equal([6.0, 8, 10], good.BinEdges!);
            Assert.Equal([0.0, 0.5, 1], good.TimeEdgesUs!);
            Assert.Equal([3.0, 4, 2, 1], good.BinCounts!);
            void Refused(string body, string expected)
            {
                var e = Assert.ThrowsAny<NuMMGen.Physics.InputException>(() => ObservedData.Load(Write(body)));
                Assert.Contains(expected, e.Message, StringComparison.Ordinal);
            }
            Refused("6,8,0,0.5,3\n6,8,0.5,1,4\n8,10,0,0.5,2\n", "is missing");
            Refused("6,8,0,0.5,3\n6,8,0,0.5,4\n", "repeats line");
            Refused("6,8,0,0.5,3\n9,10,0,0.5,4\n", "contiguous");
            Refused("6,8,0,0.5,-1\n", "must be >= 0");
            Refused("6,8,0.5,0.5,1\n", "time_high");
            Refused("6,8,0,0.5\n", "expected 5 comma-separated values");
            Refused("6,8,0,0.5,3\n6,9,0.5,1,4\n", "obs_high");
            // 2D data cannot be fitted in 1D.
            Assert.ThrowsAny<NuMMGen.Physics.InputException>(() => good.CountsIn([6.0, 8, 10]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Close(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = Math.Max(expected.Max(Math.Abs), 1e-300);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9 * scale, $"bin {i}: {expected[i]} vs {actual[i]}");
    }
}
