namespace NuMMGen.Generator.Config;

/// <summary>Config section <c>"target"</c>: the detector material and its mass.</summary>
public sealed record TargetSection
{
    /// <summary>Target material, a name from the material catalogue (CsI, Ge, Xe, Ar, NaI, PC, PC+PPO).</summary>
    [Parameter("Target material from the catalogue (CsI, Ge, Xe, Ar, NaI, PC, PC+PPO).", Required = true)]
    public string? Material { get; init; }

    /// <summary>Target (fiducial) mass in kg, &gt; 0.</summary>
    [Parameter("Target (fiducial) mass in kg.", Required = true, Min = 0, MinExclusive = true)]
    public double? MassKg { get; init; }

    /// <summary>Treatment of atomic electrons in nu-e scattering: free (at rest) or stepping approximation.</summary>
    [Parameter("nu-e scattering on free electrons at rest, or atomic electrons in the stepping approximation.",
        Allowed = ["free", "stepping"])]
    public string ElectronBinding { get; init; } = "free";
}

/// <summary>
/// Config section <c>"exposure"</c>: live time for a steady source; protons on target for a pulsed source
/// (by default taken from the <c>"sns"</c> flux section).
/// </summary>
public sealed record ExposureSection
{
    /// <summary>Live time in days for a steady source (solar, reactor, line, table); required there.</summary>
    [Parameter("Live time in days (steady sources: solar, reactor, line, table).", Min = 0, MinExclusive = true)]
    public double? LiveDays { get; init; }

    /// <summary>Protons on target for a pulsed source; null: from the flux's sns section (beam energy / proton energy).</summary>
    [Parameter("Protons on target (pulsed sources); default: from the flux section sns.", Min = 0, MinExclusive = true)]
    public double? ProtonsOnTarget { get; init; }
}

/// <summary>Config section <c>"recoil"</c>: the true-recoil window events are generated in.</summary>
public sealed record RecoilSection
{
    /// <summary>Lower end of the recoil window in keV (&gt; 0 when a magnetic moment is on).</summary>
    [Parameter("Lower end of the true-recoil window in keV (> 0 when hypothesis.muB is not 0).", Min = 0)]
    public double MinKeV { get; init; } = 1.0;

    /// <summary>Upper end of the recoil window in keV; null: no upper limit.</summary>
    [Parameter("Upper end of the true-recoil window in keV; null for no limit.", Min = 0, MinExclusive = true)]
    public double? MaxKeV { get; init; }
}

/// <summary>Config section <c>"physics"</c>: cross-section settings shared by all channels.</summary>
public sealed record PhysicsSection
{
    /// <summary>Weak mixing angle sin^2 theta_W (default 0.23857, low-energy MS-bar as in seed 2).</summary>
    [Parameter("Weak mixing angle sin^2 theta_W.", Min = 0, Max = 1, MinExclusive = true)]
    public double Sin2ThetaW { get; init; } = Physics.Units.PhysicalConstants.DefaultSin2ThetaW;

    /// <summary>nu-e only: Bahcall-Kamionkowski-Sirlin radiative corrections.</summary>
    [Parameter("nu-e only: apply the Bahcall-Kamionkowski-Sirlin radiative corrections.")]
    public bool RadiativeCorrections { get; init; }

    /// <summary>CEvNS only: nuclear form factor (helm, klein-nystrand or none).</summary>
    [Parameter("CEvNS only: nuclear form factor.", Allowed = ["helm", "klein-nystrand", "none"])]
    public string FormFactor { get; init; } = "helm";
}

/// <summary>
/// Config section <c>"hypothesis"</c>: the couplings events are generated under, flavour universal and
/// diagonal (the same for every flavour). Four-fermion couplings in GeV^-2.
/// </summary>
public sealed record HypothesisSection
{
    /// <summary>Magnetic moment in Bohr magnetons (flavour-universal diagonal).</summary>
    [Parameter("Magnetic moment in Bohr magnetons (flavour-universal, diagonal).")]
    public double MuB { get; init; }

    /// <summary>Electron tensor coupling C_T in GeV^-2.</summary>
    [Parameter("Electron tensor coupling C_T in GeV^-2.")]
    public double TensorE { get; init; }

    /// <summary>Up-quark tensor coupling in GeV^-2.</summary>
    [Parameter("Up-quark tensor coupling in GeV^-2.")]
    public double TensorU { get; init; }

    /// <summary>Down-quark tensor coupling in GeV^-2.</summary>
    [Parameter("Down-quark tensor coupling in GeV^-2.")]
    public double TensorD { get; init; }

    /// <summary>Strange-quark tensor coupling in GeV^-2.</summary>
    [Parameter("Strange-quark tensor coupling in GeV^-2.")]
    public double TensorS { get; init; }

    /// <summary>Electron scalar coupling C_S in GeV^-2.</summary>
    [Parameter("Electron scalar coupling C_S in GeV^-2.")]
    public double ScalarE { get; init; }

    /// <summary>Proton scalar coupling in GeV^-2 (coherent in CEvNS).</summary>
    [Parameter("Proton scalar coupling in GeV^-2 (coherent in CEvNS).")]
    public double ScalarP { get; init; }

    /// <summary>Neutron scalar coupling in GeV^-2 (coherent in CEvNS).</summary>
    [Parameter("Neutron scalar coupling in GeV^-2 (coherent in CEvNS).")]
    public double ScalarN { get; init; }
}

/// <summary>Config section <c>"output"</c>: how event files are written.</summary>
public sealed record OutputSection
{
    /// <summary>Rows per Arrow record batch (memory per batch is about 90 bytes times this).</summary>
    [Parameter("Rows per Arrow record batch.", Min = 1, Max = 1 << 24)]
    public int BatchRows { get; init; } = 1 << 16;
}
