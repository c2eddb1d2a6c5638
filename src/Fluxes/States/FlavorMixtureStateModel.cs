using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes.States;

/// <summary>
/// An incoherent mixture of produced flavours (fractions f_e, f_mu, f_tau), each propagated coherently in
/// vacuum over the baseline: rho = sum_alpha f_alpha rho_alpha(L, E). For a user table with a stated
/// flavour composition.
/// </summary>
public sealed class FlavorMixtureStateModel : INeutrinoStateModel
{
    private readonly double[] _fractions;
    private readonly bool _antineutrino;

    /// <summary>Fractions (normalised here) of e, mu, tau at production; baseline in cm.</summary>
    public FlavorMixtureStateModel(PmnsMatrix mixing, double fe, double fmu, double ftau, bool antineutrino, double baseline)
    {
        var sum = fe + fmu + ftau;
        if (!(sum > 0) || fe < 0 || fmu < 0 || ftau < 0)
        {
            throw new ArgumentException("Flavour fractions must be non-negative with a positive sum.");
        }
        _fractions = [fe / sum, fmu / sum, ftau / sum];
        _antineutrino = antineutrino;
        Mixing = mixing;
        Baseline = baseline;
    }

    /// <inheritdoc />
    public PmnsMatrix Mixing { get; }

    /// <summary>Source-detector distance in cm.</summary>
    public double Baseline { get; }

    /// <inheritdoc />
    public NeutrinoState At(double enu)
    {
        var rho = Hermitian3.Diag(0, 0, 0);
        for (var a = 0; a < 3; a++)
        {
            if (_fractions[a] > 0)
            {
                var flavor = (Flavor)(a + (_antineutrino ? 3 : 0));
                var s = Baseline > 0 && enu > 0 ? VacuumOscillation.State(Mixing, flavor, Baseline, enu) : NeutrinoState.Produced(flavor, Mixing);
                rho = rho + _fractions[a] * s.DensityMatrix;
            }
        }
        return new NeutrinoState(rho, _antineutrino, Mixing);
    }
}
