using System.Globalization;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// The tensor low-energy constant of chiral perturbation theory in seed 2's normalisation,
/// Lambda_1 ~ c_T F_pi^2/Lambda_chi (seed 2, Chen, Zheng, Zhang, eq. 2.20), with a one-sigma uncertainty.
/// </summary>
/// <param name="Value">c_T (dimensionless).</param>
/// <param name="Uncertainty">One-sigma uncertainty of c_T (&gt;= 0).</param>
public readonly record struct ChiralTensorConstant(double Value, double Uncertainty = 0)
{
    /// <summary>Model estimate c_T = -3.2 (Mateu and Portoles 2007, seed 2 ref. [43]); the default.</summary>
    public static ChiralTensorConstant Model => new(-3.2);

    /// <summary>Lattice plus chiral/resonance estimate c_T = -1.0 +- 0.2 (seed 2 refs. [44, 47-50]).</summary>
    public static ChiralTensorConstant Lattice => new(-1.0, 0.2);

    /// <summary>
    /// The conservative inverse magnitude used to turn a bound B on |(c_T - x) L| into a bound on |L|:
    /// (1/|c_T - x|)(1 + sigma/|c_T - x|), the upper edge of B/|c_T - x| with the uncertainty propagated linearly.
    /// For the lattice value at 2 GeV (x = 0) this is 1.2, i.e. an effective |c_T| = 0.833, which reproduces the
    /// parenthesised values of seed 2 Tables 7-8 (the lower end |c_T| = 0.8 would give values one unit higher
    /// in the last printed digit).
    /// </summary>
    /// <exception cref="InputException">c_T - x = 0: the bound is lost.</exception>
    public double ConservativeInverse(double shift = 0)
    {
        var m = Math.Abs(Value - shift);
        if (!(m > 0))
        {
            throw new InputException($"--ct: c_T = {Value} cancels the perturbative mixing ({shift}); no bound on the tensor coefficient.");
        }
        return (1.0 + Uncertainty / m) / m;
    }

    /// <summary>Parses "model", "lattice" or a number; <paramref name="sigma"/> sets the uncertainty of a number.</summary>
    /// <exception cref="InputException">Neither keyword nor finite number, or negative sigma; names <paramref name="option"/>.</exception>
    public static ChiralTensorConstant Parse(string text, double sigma = 0, string option = "--ct")
    {
        if (!(double.IsFinite(sigma) && sigma >= 0))
        {
            throw new InputException($"{option}: the uncertainty of c_T must be finite and >= 0 (got {sigma}).");
        }
        if (string.Equals(text, "model", StringComparison.OrdinalIgnoreCase))
        {
            return Model;
        }
        if (string.Equals(text, "lattice", StringComparison.OrdinalIgnoreCase))
        {
            return Lattice;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v != 0)
        {
            return new ChiralTensorConstant(v, sigma);
        }
        throw new InputException($"{option}: '{text}' is not 'model' (-3.2), 'lattice' (-1.0 +- 0.2) or a non-zero number.");
    }
}

/// <summary>
/// Nonperturbative matching of the LNEFT quark tensor operators onto the dipoles at mu = 2 GeV (seed 2,
/// eqs. 2.14-2.20): delta L_gamma = e c_T (F_pi^2/Lambda_chi) [ (2/3) L_dd + (2/3) L_ss - (4/3) L_uu ]
/// = e c_T (F_pi^2/Lambda_chi) sum_q (-2 Q_q) L_qq, the same for the nu N, nu and N dipoles (eqs. 2.17-2.19).
/// Charged leptons have no such term.
/// </summary>
public static class NonperturbativeMatching
{
    /// <summary>Eq. (2.20): Lambda_1 = c_T F_pi^2/Lambda_chi = c_T Lambda_chi/(16 pi^2), in MeV.</summary>
    public static double Lambda1(StandardModelInputs inputs, double cT) =>
        cT * inputs.PionDecayConstant * inputs.PionDecayConstant / inputs.ChiralScale;

    /// <summary>
    /// The dipole shift per unit tensor coefficient at 2 GeV, d(delta L_gamma)/d L_ff (eqs. 2.17-2.19), in MeV
    /// (MeV^-1 of dipole per MeV^-2 of tensor): e c_T (F_pi^2/Lambda_chi)(-2 Q_f) for u, d, s; 0 for leptons.
    /// </summary>
    public static double DipolePerTensor(StandardModelInputs inputs, ChargedFermion fermion, double cT) =>
        fermion.IsQuark() ? inputs.ElementaryCharge * Lambda1(inputs, cT) * (-2.0 * fermion.Charge()) : 0.0;
}
