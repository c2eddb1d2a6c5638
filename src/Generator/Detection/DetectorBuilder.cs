using System.Globalization;
using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Observables;
using NuMMGen.Detectors.Quenching;
using NuMMGen.Detectors.Resolution;
using NuMMGen.Detectors.Response;
using NuMMGen.Detectors.Timing;
using NuMMGen.Generator.Config;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Detection;

/// <summary>What a detector config needs from the rest of the config: target, exposure and beam.</summary>
/// <param name="Material">Target material.</param>
/// <param name="TargetMassKg">Fiducial mass in kg.</param>
/// <param name="LiveTime">Live time in s (steady sources; pulsed: <c>detector.beamLiveDays</c>, or NaN).</param>
/// <param name="BeamEnergyGWh">Integrated beam energy on target in GWh (pulsed sources; 0 otherwise).</param>
/// <param name="Pulsed">True for a pulsed (spallation) source.</param>
/// <param name="BaseDirectory">Folder relative file names resolve against (null: current folder).</param>
public sealed record DetectorContext(Material Material, double TargetMassKg, double LiveTime, double BeamEnergyGWh, bool Pulsed,
    string? BaseDirectory);

/// <summary>
/// Builds a <see cref="DetectorSetup"/> from the <c>"detector"</c> config section, checking the keys that depend on
/// each other. Every error is a <see cref="GeneratorConfigException"/> naming the key (and the file for tables).
/// </summary>
public static class DetectorBuilder
{
    /// <summary>Builds the detector of <paramref name="section"/> in <paramref name="context"/>.</summary>
    /// <exception cref="GeneratorConfigException">A missing, inconsistent or out-of-range key, or an unreadable file.</exception>
    public static DetectorSetup Build(DetectorSection section, DetectorContext context)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(context);
        var scale = Observable(section.Observable);
        var response = new DetectorResponse(Quenching(section.Quenching, context.Material), scale,
            Resolution(section.Resolution), Efficiency(section.Efficiency, "detector.efficiency", context.BaseDirectory));
        double lo = section.Analysis.MinObserved!.Value, hi = section.Analysis.MaxObserved!.Value;
        if (!(hi > lo))
            throw new GeneratorConfigException($"detector.analysis.maxObserved = {Num(hi)}: expected > detector.analysis.minObserved ({Num(lo)}).");
        CoincidenceWindow? window = null;
        double pulseCentre = 0;
        if (section.Timing is { } timing)
        {
            if (!context.Pulsed)
                throw new GeneratorConfigException("detector.timing: only for pulsed sources (sns); remove it for a steady source.");
            var w = timing.CoincidenceWindowUs!;
            if (w.Length != 2 || !(w[1] > w[0]))
                throw new GeneratorConfigException(
                    $"detector.timing.coincidenceWindowUs = [{string.Join(", ", w.Select(Num))}]: expected [start, end] in microseconds with end > start.");
            window = new CoincidenceWindow(w[0] * Units.Us, w[1] * Units.Us);
            pulseCentre = timing.PulseCentreUs * Units.Us;
        }
        var withRegion = new DetectorSetup(response, lo, hi, window, pulseCentre, [], []);
        var backgrounds = BackgroundBuilder.Build(section, withRegion, context);
        var description = new List<string>
        {
            $"detector quenching: {response.Quenching.Description}",
            $"detector observable: {scale.Unit}" + (scale is BorexinoNhScale ? " (NuMMGen.Detectors Data/borexino/Nature2018_Fig2a_DATA.txt)" : ""),
            $"detector resolution: {response.Resolution.Description}",
            $"detector efficiency: {response.Efficiency.Description}",
            $"detector analysis region: [{Num(lo)}, {Num(hi)}) {scale.Unit}" +
                (window is null ? "" : $", coincidence window [{Num(window.Start / Units.Us)}, {Num(window.End / Units.Us)}) us"),
        };
        description.AddRange(backgrounds.Select(b => $"background {b.Name} ({b.Kind}): {b.Expected.ToString("G6", CultureInfo.InvariantCulture)} expected in the region"));
        return new DetectorSetup(response, lo, hi, window, pulseCentre, backgrounds, description);
    }

    private static IObservableScale Observable(ObservableSection o) => o.Kind.ToLowerInvariant() switch
    {
        "pe" => new PhotoelectronScale(o.LightYieldPePerKeVee ?? throw Missing("detector.observable.lightYieldPePerKeVee",
            "the light yield in PE per keVee (> 0) for kind pe")),
        "nh" => BorexinoNhScale.Nature2018(),
        _ => KeVeeScale.Instance,
    };

    private static IQuenching Quenching(QuenchingSection q, Material material)
    {
        const string key = "detector.quenching";
        switch (q.Model.ToLowerInvariant())
        {
            case "constant":
                return new ConstantQuenching(q.Factor ?? throw Missing($"{key}.factor", "the quenching factor in (0, 1] for model constant"));
            case "polynomial":
                var c = q.CoefficientsKeV ?? throw Missing($"{key}.coefficientsKeV", "a list of coefficients for model polynomial");
                if (c.Length == 0)
                    throw Missing($"{key}.coefficientsKeV", "at least one coefficient");
                // E_ee[keV] = sum c_k T[keV]^k  <=>  E_ee[MeV] = sum c_k (1 keV)^(1-k) T[MeV]^k.
                var perMeV = c.Select((ck, k) => ck * Math.Pow(Units.KeV, 1 - k)).ToArray();
                return new PolynomialQuenching(perMeV, (q.MaxRecoilKeV ?? double.PositiveInfinity) * Units.KeV);
            case "lindhard":
                var nuclei = material.NucleiPerKg.Keys.ToArray();
                int z = nuclei[0].Z;
                if (nuclei.Any(n => n.Z != z))
                    throw new GeneratorConfigException($"{key}.model = lindhard: the target {material.Name} has several elements; Lindhard quenching needs a single-element target.");
                // Lindhard's k = 0.133 Z^(2/3) A^(-1/2) (Lewin & Smith, Astropart. Phys. 6, 87 (1996), sec. 4), A abundance-weighted.
                double a = material.NucleiPerKg.Sum(kv => kv.Value * kv.Key.A) / material.NucleiPerKg.Values.Sum();
                return new LindhardQuenching(z, q.LindhardK ?? 0.133 * Math.Pow(z, 2.0 / 3.0) / Math.Sqrt(a));
            case "birks":
                // Pseudocumene stopping power: Birks quenching is offered for organic liquid scintillators (PC, PC+PPO).
                return new BirksQuenching(q.BirksKbCmPerMeV ?? throw Missing($"{key}.birksKbCmPerMeV", "Birks' constant in cm/MeV for model birks"),
                    ElectronStoppingPower.Pseudocumene(), calibrationEnergy: q.BirksCalibrationKeV * Units.KeV);
            default:
                return NoQuenching.Instance;
        }
    }

    private static IResolution Resolution(ResolutionSection r) => r.Model.ToLowerInvariant() switch
    {
        "gaussian" => new GaussianResolution(r.A, r.B, r.C),
        "fano" => GaussianResolution.Germanium(r.Sigma0KeV * Units.KeV, r.Fano, r.PairEnergyEV * Units.EV),
        "poisson" => new PoissonResolution(r.SinglePeWidth),
        _ => NoResolution.Instance,
    };

    /// <summary>The efficiency of section <paramref name="e"/> at config key <paramref name="key"/>.</summary>
    internal static IEfficiency Efficiency(EfficiencySection e, string key, string? baseDirectory)
    {
        switch (e.Model.ToLowerInvariant())
        {
            case "threshold":
                return new SharpThreshold(e.ThresholdObserved ?? throw Missing($"{key}.thresholdObserved", "the lowest kept observed value for model threshold"),
                    double.PositiveInfinity, e.Plateau);
            case "logistic":
                if (!(e.StepHighPe >= e.StepLowPe))
                    throw new GeneratorConfigException($"{key}.stepHighPe = {Num(e.StepHighPe)}: expected >= {key}.stepLowPe ({Num(e.StepLowPe)}).");
                return new LogisticAcceptance(e.Plateau, e.SteepnessPerPe, e.MidpointPe, e.StepLowPe, e.StepHighPe, e.AtUnitBinCentres);
            case "table":
                string file = ResolveFile(e.File ?? throw Missing($"{key}.file", "a file of (observed value, efficiency) rows for model table"), baseDirectory);
                try
                {
                    return TabulatedEfficiency.FromFile(file);
                }
                catch (Exception ex) when (ex is DetectorInputException or IOException or UnauthorizedAccessException)
                {
                    throw new GeneratorConfigException($"{key}.file = {file}: {ex.Message}; expected readable rows of (observed value, efficiency in [0, 1]).", ex);
                }
            case "product":
                var factors = e.Factors ?? [];
                if (factors.Length == 0)
                    throw Missing($"{key}.factors", "a list of one or more efficiency objects for model product");
                return new ProductEfficiency(factors.Select((f, i) => Efficiency(f, $"{key}.factors[{i}]", baseDirectory)).ToArray());
            default:
                return SharpThreshold.None;
        }
    }

    /// <summary>A file name from the config, resolved against the config file's folder.</summary>
    internal static string ResolveFile(string file, string? baseDirectory) =>
        Path.IsPathRooted(file) || baseDirectory is null ? file : Path.Combine(baseDirectory, file);

    internal static GeneratorConfigException Missing(string key, string expected) => new($"{key}: missing; expected {expected}.");

    internal static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
