namespace NuMMGen.Cli.Commands;

/// <summary>The options of <c>nummgen xsec</c> as the user gave them (user units: MeV, keV, mu_B, GeV^-2).</summary>
public sealed record XsecQuery(
    string Process,
    string Target,
    string Flavor,
    double EnuMeV,
    double? RecoilKeV = null,
    double TMinKeV = 0,
    double MuB = 0,
    double TensorEPerGeV2 = 0,
    double TensorUPerGeV2 = 0,
    double TensorDPerGeV2 = 0,
    double TensorSPerGeV2 = 0,
    double ScalarEPerGeV2 = 0,
    double ScalarPPerGeV2 = 0,
    double ScalarNPerGeV2 = 0,
    double Sin2ThetaW = NuMMGen.Physics.Units.PhysicalConstants.DefaultSin2ThetaW,
    bool Radiative = false,
    string FormFactor = "helm");
