using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// Coherent propagation in vacuum: a neutrino produced as flavour alpha has at distance L the mass-state
/// amplitudes A_k(L, E) = U*_alpha k exp(-i m_k^2 L / 2E) (U_alpha k for antineutrinos; PDG review
/// "Neutrino masses, mixing and oscillations", eqs. 14.7-14.10; seed 2 eq. 3.5 uses these A_k). The state
/// is pure, rho = A A^dagger. Wave-packet decoherence is neglected (valid for the short baselines of
/// reactor, spallation and radioactive sources). O(1), no allocation.
/// </summary>
public static class VacuumOscillation
{
    /// <summary>The mass-state amplitudes for flavour <paramref name="produced"/>, baseline in cm, energy in MeV.</summary>
    public static (Complex A1, Complex A2, Complex A3) Amplitudes(PmnsMatrix mixing, Flavor produced, double baseline, double enu)
    {
        var anti = produced.IsAntineutrino();
        var alpha = produced.Generation();
        var (m1, m2, m3) = mixing.Parameters.RelativeMassesSquaredMeV2;
        // Phase m_k^2 L / (2 E) in natural units, L converted by hbar c.
        var scale = baseline / (2.0 * enu * PhysicalConstants.HbarC);
        return (
            Complex.Conjugate(mixing.Element(alpha, 0, anti)) * Complex.FromPolarCoordinates(1.0, -m1 * scale),
            Complex.Conjugate(mixing.Element(alpha, 1, anti)) * Complex.FromPolarCoordinates(1.0, -m2 * scale),
            Complex.Conjugate(mixing.Element(alpha, 2, anti)) * Complex.FromPolarCoordinates(1.0, -m3 * scale));
    }

    /// <summary>The pure state at the detector for baseline (cm) and energy (MeV).</summary>
    public static NeutrinoState State(PmnsMatrix mixing, Flavor produced, double baseline, double enu)
    {
        var (a1, a2, a3) = Amplitudes(mixing, produced, baseline, enu);
        return new NeutrinoState(Hermitian3.Outer(a1, a2, a3), produced.IsAntineutrino(), mixing);
    }
}
