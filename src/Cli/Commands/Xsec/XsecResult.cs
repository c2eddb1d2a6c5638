using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// What <c>nummgen xsec</c> reports. Totals in cm^2 (a part is <see cref="double.PositiveInfinity"/> when it
/// diverges); the differential cross section in cm^2 per keV of recoil.
/// </summary>
public sealed record XsecResult(
    XsecQuery Query,
    string Process,
    string Target,
    string Flavor,
    string PerWhat,
    double TMaxKeV,
    XsecComponents TotalCm2,
    XsecComponents? DsigmaDtCm2PerKeV,
    IReadOnlyList<string> Notes);
