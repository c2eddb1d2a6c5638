using System.Numerics;

namespace NuMMGen.Physics.Tests.DiracTraces;

/// <summary>
/// One term of a current-current amplitude M = sum_I eta_I [ubar(p2) Gamma_I u(p1)] [ubar(k2) Delta_I u(k1)],
/// where I runs over the contracted Lorentz indices and eta_I is the product of metric factors that lowers
/// the target-side indices.
/// </summary>
internal sealed record ContractedVertex(Dirac Gamma, Dirac Delta, double Eta);

/// <summary>
/// Spin sums by explicit traces: sum |M|^2 = sum_{I,J} eta_I eta_J L_IJ H_IJ with
/// L_IJ = Tr[p2slash Gamma_I p1slash Gamma_J-bar] (massless neutrino line; the chiral projector in Gamma
/// selects its helicity, so no averaging) and H_IJ = Tr[(k2slash + M) Delta_I (k1slash + M) Delta_J-bar].
/// For an incoming antineutrino the neutrino line is vbar(p1) Gamma v(p2): p1 and p2 swap in L.
/// dsigma/dT = (1/2) sum|M|^2 / (32 pi M E^2) for a spin-1/2 target of mass M at rest.
/// </summary>
internal static class SpinSummedAmplitude
{
    public static double DsigmaDt(IReadOnlyList<ContractedVertex> vertices, double targetMass, double enu, double t, bool antineutrino)
    {
        var (p1, p2, k1, k2) = Kinematics(targetMass, enu, t);
        var inSlash = Dirac.Slash(antineutrino ? p2 : p1);
        var outSlash = Dirac.Slash(antineutrino ? p1 : p2);
        var mass = targetMass * Dirac.Identity;
        var k1Slash = Dirac.Slash(k1) + mass;
        var k2Slash = Dirac.Slash(k2) + mass;

        Complex sum = 0;
        foreach (var a in vertices)
        {
            var left = outSlash * a.Gamma * inSlash;
            var heavy = k2Slash * a.Delta * k1Slash;
            foreach (var b in vertices)
            {
                var l = (left * b.Gamma.Bar()).Trace();
                var h = (heavy * b.Delta.Bar()).Trace();
                sum += a.Eta * b.Eta * l * h;
            }
        }
        Assert.True(Math.Abs(sum.Imaginary) <= 1e-9 * Math.Abs(sum.Real) + 1e-300, $"sum |M|^2 not real: {sum}");
        return 0.5 * sum.Real / (32.0 * Math.PI * targetMass * enu * enu);
    }

    /// <summary>
    /// Lab-frame momenta: nu (E along z) on a target at rest; target recoils with kinetic energy T at
    /// cos(theta) = (E + M) T / (E |k2|), |k2| = sqrt(T^2 + 2 M T); p2 = p1 + k1 - k2.
    /// </summary>
    public static (double[] P1, double[] P2, double[] K1, double[] K2) Kinematics(double m, double enu, double t)
    {
        var k = Math.Sqrt(t * t + 2.0 * m * t);
        var cos = (enu + m) * t / (enu * k);
        var sin = Math.Sqrt(Math.Max(0.0, 1.0 - cos * cos));
        double[] p1 = [enu, 0, 0, enu];
        double[] k1 = [m, 0, 0, 0];
        double[] k2 = [m + t, k * sin, 0, k * cos];
        double[] p2 = [p1[0] + k1[0] - k2[0], -k2[1], 0, p1[3] - k2[3]];
        var p2Mass2 = p2[0] * p2[0] - p2[1] * p2[1] - p2[3] * p2[3];
        Assert.True(Math.Abs(p2Mass2) < 1e-9 * enu * enu, $"outgoing neutrino not massless: p2^2 = {p2Mass2}");
        return (p1, p2, k1, k2);
    }

    /// <summary>Vector-type vertices eta_mu Gamma gamma^mu ... with Gamma^mu = g^mu x left, Delta_mu = g^mu x right.</summary>
    public static IReadOnlyList<ContractedVertex> VectorCurrents(Dirac leftFactor, Dirac rightFactor) =>
        Enumerable.Range(0, 4)
            .Select(mu => new ContractedVertex(Dirac.Gamma[mu] * leftFactor, Dirac.Gamma[mu] * rightFactor, Dirac.Metric[mu]))
            .ToArray();

    /// <summary>Tensor vertices sigma^{mu nu} projectorNu with sigma_{mu nu} targetFactor, summed over all (mu, nu).</summary>
    public static IReadOnlyList<ContractedVertex> TensorCurrents(Dirac neutrinoFactor, Dirac targetFactor)
    {
        var list = new List<ContractedVertex>();
        for (var mu = 0; mu < 4; mu++)
        {
            for (var nu = 0; nu < 4; nu++)
            {
                if (mu != nu)
                {
                    list.Add(new ContractedVertex(
                        Dirac.Sigma(mu, nu) * neutrinoFactor, Dirac.Sigma(mu, nu) * targetFactor, Dirac.Metric[mu] * Dirac.Metric[nu]));
                }
            }
        }
        return list;
    }
}
