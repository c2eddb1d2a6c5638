namespace NuMMGen.Detectors.Response;

/// <summary>Gauss-Legendre nodes and weights on [-1, 1] (MathNet.Numerics).</summary>
internal static class GaussLegendre
{
    public static (double[] Nodes, double[] Weights) Rule(int order)
    {
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, order);
        return (rule.Abscissas, rule.Weights);
    }
}
