namespace NuMMGen.Generator.Config;

/// <summary>
/// Config section <c>"detector"</c> (optional): the response from true recoil to the observed quantity, the
/// analysis region and the backgrounds. Absent: events carry true quantities only (no <c>observed</c> or
/// <c>detected</c> columns, no backgrounds). Chain (src/Detectors/Response/DetectorResponse): T -&gt; quenching
/// -&gt; electron-equivalent energy -&gt; mean observable -&gt; resolution -&gt; efficiency x analysis window.
/// </summary>
public sealed record DetectorSection
{
    /// <summary>Nuclear-recoil quenching (or the electron non-linearity, Birks).</summary>
    public QuenchingSection Quenching { get; init; } = new();

    /// <summary>The observed quantity: keVee, PE or Borexino N_h.</summary>
    public ObservableSection Observable { get; init; } = new();

    /// <summary>Fluctuations of the observed quantity about its mean.</summary>
    public ResolutionSection Resolution { get; init; } = new();

    /// <summary>Efficiency as a function of the observed value (multiplied by the analysis window).</summary>
    public EfficiencySection Efficiency { get; init; } = new();

    /// <summary>The analysis region in the observed quantity.</summary>
    public AnalysisSection Analysis { get; init; } = new();

    /// <summary>Pulsed sources: the coincidence window after the trigger; null: no time cut.</summary>
    public TimingSection? Timing { get; init; }

    /// <summary>Pulsed sources: detector live time in days, which steady-state backgrounds scale with.</summary>
    [Parameter("Pulsed sources: detector live time in days (scales the steady-state background).", Min = 0, MinExclusive = true)]
    public double? BeamLiveDays { get; init; }

    /// <summary>Background components, each with its own kind and rate.</summary>
    [Parameter("Background components (list of objects: name, kind and the kind's keys).")]
    public BackgroundSection[] Backgrounds { get; init; } = [];
}

/// <summary>Config section <c>"detector.quenching"</c>: true recoil energy to electron-equivalent energy.</summary>
public sealed record QuenchingSection
{
    /// <summary>Model: none, constant (QF), polynomial, lindhard or birks.</summary>
    [Parameter("Quenching model (nuclear recoils; birks: electron non-linearity).", Allowed = ["none", "constant", "polynomial", "lindhard", "birks"])]
    public string Model { get; init; } = "none";

    /// <summary>constant: quenching factor E_ee / T of nuclear recoils, in (0, 1].</summary>
    [Parameter("constant: quenching factor E_ee/T of nuclear recoils.", Min = 0, Max = 1, MinExclusive = true)]
    public double? Factor { get; init; }

    /// <summary>polynomial: c_k of E_ee[keV] = sum_k c_k T[keV]^k (c_k in keV^(1-k)), lowest order first.</summary>
    [Parameter("polynomial: coefficients c_k of E_ee[keV] = sum_k c_k T[keV]^k, lowest order first.")]
    public double[]? CoefficientsKeV { get; init; }

    /// <summary>polynomial: largest nuclear recoil (keV) the polynomial may be used at.</summary>
    [Parameter("polynomial: largest nuclear recoil in keV the polynomial is valid for.", Min = 0, MinExclusive = true)]
    public double? MaxRecoilKeV { get; init; }

    /// <summary>lindhard: k (Ge: 0.157); null: 0.133 Z^(2/3) A^(-1/2) of the target element.</summary>
    [Parameter("lindhard: k (Ge 0.157); null: 0.133 Z^(2/3) A^(-1/2) of the (single-element) target.", Min = 0, MinExclusive = true)]
    public double? LindhardK { get; init; }

    /// <summary>birks: Birks' constant kB in cm/MeV.</summary>
    [Parameter("birks: Birks' constant kB in cm/MeV.", Min = 0)]
    public double? BirksKbCmPerMeV { get; init; }

    /// <summary>birks: calibration energy (keV) at which E_ee = T; null: no normalisation.</summary>
    [Parameter("birks: electron energy in keV at which the scale is calibrated (E_ee = T); null: none.", Min = 0, MinExclusive = true)]
    public double? BirksCalibrationKeV { get; init; }
}

/// <summary>Config section <c>"detector.observable"</c>: the recorded quantity and its mean.</summary>
public sealed record ObservableSection
{
    /// <summary>keVee (calibrated energy), pe (photoelectrons) or nh (Borexino N_h map of Nature 562, 505 (2018)).</summary>
    [Parameter("Observed quantity: keVee, pe (photoelectrons) or nh (Borexino N_h, Nature 2018 map).", Allowed = ["keVee", "pe", "nh"])]
    public string Kind { get; init; } = "keVee";

    /// <summary>pe: light yield in photoelectrons per keVee (COHERENT CsI[Na] 2017: 13.348).</summary>
    [Parameter("pe: light yield in photoelectrons per keVee.", Min = 0, MinExclusive = true)]
    public double? LightYieldPePerKeVee { get; init; }
}

/// <summary>Config section <c>"detector.resolution"</c>: fluctuations of the observed value.</summary>
public sealed record ResolutionSection
{
    /// <summary>none, gaussian (sigma^2 = a^2 + b^2 mu + c^2 mu^2), fano (HPGe) or poisson (photostatistics).</summary>
    [Parameter("Resolution: none, gaussian (a, b, c), fano (HPGe: sigma0KeV, fano, pairEnergyEV) or poisson.",
        Allowed = ["none", "gaussian", "fano", "poisson"])]
    public string Model { get; init; } = "none";

    /// <summary>gaussian: noise term a, in the observable's unit.</summary>
    [Parameter("gaussian: noise term a in the observable's unit.", Min = 0)]
    public double A { get; init; }

    /// <summary>gaussian: stochastic term b, in the square root of the observable's unit.</summary>
    [Parameter("gaussian: stochastic term b in sqrt(observable unit).", Min = 0)]
    public double B { get; init; }

    /// <summary>gaussian: constant relative term c (dimensionless).</summary>
    [Parameter("gaussian: constant relative term c.", Min = 0)]
    public double C { get; init; }

    /// <summary>fano: electronic noise sigma_0 in keV.</summary>
    [Parameter("fano: electronic noise sigma_0 in keV.", Min = 0)]
    public double Sigma0KeV { get; init; }

    /// <summary>fano: Fano factor F (Ge ~0.11).</summary>
    [Parameter("fano: Fano factor.", Min = 0)]
    public double Fano { get; init; } = 0.11;

    /// <summary>fano: pair-creation energy in eV (Ge at 77 K: 2.96).</summary>
    [Parameter("fano: pair-creation energy in eV.", Min = 0, MinExclusive = true)]
    public double PairEnergyEV { get; init; } = 2.96;

    /// <summary>poisson: relative width of the single-photoelectron charge (0: integer PE counts).</summary>
    [Parameter("poisson: relative single-PE charge width (0: integer PE counts).", Min = 0)]
    public double SinglePeWidth { get; init; }
}

/// <summary>Config section <c>"detector.efficiency"</c>: probability to keep an event at its observed value.</summary>
public sealed record EfficiencySection
{
    /// <summary>none, threshold, logistic (COHERENT acceptance), table (file) or product (of factors).</summary>
    [Parameter("Efficiency: none, threshold, logistic (COHERENT 2017 form), table (file) or product (factors).",
        Allowed = ["none", "threshold", "logistic", "table", "product"])]
    public string Model { get; init; } = "none";

    /// <summary>threshold: lowest kept observed value (observable unit).</summary>
    [Parameter("threshold: lowest kept observed value, in the observable's unit.")]
    public double? ThresholdObserved { get; init; }

    /// <summary>threshold and logistic: plateau efficiency in (0, 1].</summary>
    [Parameter("threshold, logistic: plateau efficiency.", Min = 0, Max = 1, MinExclusive = true)]
    public double Plateau { get; init; } = 1.0;

    /// <summary>logistic: steepness k per PE (COHERENT 2017: 0.4942).</summary>
    [Parameter("logistic: steepness k per PE.", Min = 0, MinExclusive = true)]
    public double SteepnessPerPe { get; init; } = 0.4942;

    /// <summary>logistic: midpoint x0 in PE (COHERENT 2017: 10.8507).</summary>
    [Parameter("logistic: midpoint x0 in PE.")]
    public double MidpointPe { get; init; } = 10.8507;

    /// <summary>logistic: below this the step is 0 (PE; COHERENT 2017: 5).</summary>
    [Parameter("logistic: the step is 0 below this many PE, 1/2 up to stepHighPe.")]
    public double StepLowPe { get; init; } = 5;

    /// <summary>logistic: from this on the step is 1 (PE; COHERENT 2017: 6).</summary>
    [Parameter("logistic: the step is 1 from this many PE on.")]
    public double StepHighPe { get; init; } = 6;

    /// <summary>logistic: evaluate at the centre of the observed value's 1-PE bin (the 2017 release prescription).</summary>
    [Parameter("logistic: evaluate at the centre of each 1-PE bin (COHERENT 2017 release prescription).")]
    public bool AtUnitBinCentres { get; init; } = true;

    /// <summary>table: file of (observed value, efficiency) rows, relative to the config file.</summary>
    [Parameter("table: file of (observed value, efficiency) rows, relative to the config file.")]
    public string? File { get; init; }

    /// <summary>product: the factors (each an efficiency object).</summary>
    [Parameter("product: list of efficiency objects multiplied together.")]
    public EfficiencySection[]? Factors { get; init; }
}

/// <summary>Config section <c>"detector.analysis"</c>: the analysis region in the observed quantity.</summary>
public sealed record AnalysisSection
{
    /// <summary>Lower end of the analysis region (inclusive), observable unit.</summary>
    [Parameter("Lower end (inclusive) of the analysis region, in the observable's unit (keVee, PE or Nh).", Required = true)]
    public double? MinObserved { get; init; }

    /// <summary>Upper end of the analysis region (exclusive), observable unit.</summary>
    [Parameter("Upper end (exclusive) of the analysis region, in the observable's unit.", Required = true)]
    public double? MaxObserved { get; init; }
}

/// <summary>Config section <c>"detector.timing"</c>: the coincidence window of a pulsed source.</summary>
public sealed record TimingSection
{
    /// <summary>[start, end) of the coincidence window in microseconds after the trigger.</summary>
    [Parameter("[start, end) of the coincidence window in microseconds after the trigger.", Required = true)]
    public double[]? CoincidenceWindowUs { get; init; }

    /// <summary>Time of the centre of the proton pulse after the trigger, in microseconds.</summary>
    [Parameter("Time of the proton-pulse centre after the trigger in microseconds (event times are relative to it).")]
    public double PulseCentreUs { get; init; }
}
