using MathNet.Numerics.Integration;
using NuMMGen.Fluxes;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Rates;

/// <summary>
/// Flux-weighted integrals over the neutrino energy for one channel, per target and per unit exposure:
/// int dE phi(E) [state-weighted parts] (cm^2 times the flux unit, or per MeV for dR/dT). An ideal line is one
/// evaluation at its energy. A continuum is integrated with 8-point Gauss-Legendre on every interval between
/// consecutive break points: the knots of the spectrum (linear between them) and the energies where T_max(E) crosses
/// the window edges, E_min(T) = (T + sqrt(T^2 + 2 M T))/2, from which the integral starts. The state-weight table is
/// not a source of break points: it interpolates a smooth function linearly between 1025 knots, so its kinks are far
/// below the 1e-5 target (the tests check continua against an independent quadrature of the exact state, and the
/// sampler's measured acceptance against this integral).
/// </summary>
internal static class RateIntegrator
{
    private const int Order = 8;
    private static readonly double[] Nodes = new GaussLegendreRule(-1.0, 1.0, Order).Abscissas;
    private static readonly double[] Weights = new GaussLegendreRule(-1.0, 1.0, Order).Weights;

    /// <summary>int dE phi(E) sum_parts sigma(E) over the window [a, b] (cm^2 x flux unit per target).</summary>
    public static XsecComponents Expected(ChannelKernel kernel, FluxComponent component, StateWeightTable weights, double a, double b)
    {
        var from = kernel.MinEnergy(a);
        double[] kinks = double.IsFinite(b) ? [kernel.MinEnergy(b)] : [];
        return Integrate(component, weights, from, kinks, (e, w) => kernel.Total(e, a, b, w));
    }

    /// <summary>dR/dT per target and unit exposure at recoil <paramref name="t"/> (per MeV).</summary>
    public static XsecComponents Differential(ChannelKernel kernel, FluxComponent component, StateWeightTable weights, double t) =>
        Integrate(component, weights, kernel.MinEnergy(t), [], (e, w) => kernel.Differential(e, t, w));

    private static XsecComponents Integrate(FluxComponent component, StateWeightTable weights, double from,
        double[] kinks, Func<double, PartWeights, XsecComponents> sigma)
    {
        if (component.Shape is not { } shape)
        {
            var e0 = component.LineEnergy;
            return e0 > from ? component.IntegratedFlux * sigma(e0, weights.At(e0)) : XsecComponents.Zero;
        }
        var lo = Math.Max(from, shape.Min);
        var hi = shape.Max;
        if (!(hi > lo))
            return XsecComponents.Zero;
        var points = new List<double> { lo, hi };
        foreach (var x in shape.Knots)
            if (x > lo && x < hi) points.Add(x);
        foreach (var x in kinks)
            if (x > lo && x < hi) points.Add(x);
        points.Sort();

        var sum = XsecComponents.Zero;
        for (var i = 0; i + 1 < points.Count; i++)
        {
            double x0 = points[i], x1 = points[i + 1];
            if (!(x1 > x0))
                continue;
            double mid = 0.5 * (x0 + x1), half = 0.5 * (x1 - x0);
            for (var k = 0; k < Order; k++)
            {
                var e = mid + half * Nodes[k];
                var pdf = shape.Pdf(e);
                if (pdf > 0)
                    sum += (half * Weights[k] * pdf) * sigma(e, weights.At(e));
            }
        }
        return component.IntegratedFlux * sum;
    }
}
