using System.Runtime.CompilerServices;

namespace NuMMGen.Generator.Random;

/// <summary>
/// Exact draws of the standard exponential, density e^-x on x &gt;= 0, by the ziggurat method of G. Marsaglia and
/// W. W. Tsang, "The Ziggurat Method for Generating Random Variables", J. Stat. Softw. 5(8) (2000), section 3, with
/// <see cref="Layers"/> = 256 layers of equal area v: a base layer (the rectangle [0, r] x [0, e^-r] plus the tail beyond
/// r, area (r + 1) e^-r = v) and 255 rectangles [0, x_i] x [e^-x_i, e^-x_(i+1)] of area x_i (e^-x_(i+1) - e^-x_i) = v,
/// x_1 = r &gt; x_2 &gt; ... &gt; x_256 = 0. A draw picks a layer with probability 1/256 and a point uniform in it, and
/// keeps x when the point lies under the curve, so x has density e^-x exactly (up to the rounding of the layer edges,
/// which makes the areas equal to 1e-12 relative; tested). Most draws (97.8 %) need one 64-bit value and no exp or log:
/// the layer from its low 8 bits, x = U x_i from its high 53, kept at once when x &lt; x_(i+1) (the part of the layer
/// that lies wholly under the curve). Otherwise the point's height is drawn in the wedge and checked against e^-x, or
/// for the base layer beyond r the tail is r plus a fresh exponential (the exponential is memoryless); both take further
/// values from the stream. Immutable tables.
/// </summary>
internal static class ZigguratExponential
{
    /// <summary>Number of layers (a power of two: the layer is the draw's low bits).</summary>
    public const int Layers = 256;

    /// <summary>
    /// x_1 = r, the start of the tail, for 256 layers: r = 7.69711747013104972 (Marsaglia and Tsang 2000, section 3;
    /// recomputed here to 40 digits by bisection on the closure x_256 = 0: 7.697117470131049714044628048).
    /// </summary>
    public const double R = 7.697117470131049714;

    /// <summary>Area of every layer, v = (r + 1) e^-r = 3.949659822581557220e-3 (to 40 digits with <see cref="R"/>).</summary>
    public const double LayerArea = 3.949659822581557220e-3;

    // The layer edges, computed once; static initialisers run in textual order, so the two tables below see them.
    private static readonly double[] EdgeTable = Edges();

    // Layer i: x = (bits >> 11) * Scale, kept at once below Inner. Fast-path fields only (16 bytes: 4 KB in all).
    private static readonly Layer[] Table = BuildLayers(EdgeTable);

    // e^-x_i for i = 0..256 (index 0 unused): the wedge of layer i spans heights [e^-x_i, e^-x_(i+1)).
    private static readonly double[] Heights = EdgeTable.Select(x => Math.Exp(-x)).ToArray();

    /// <summary>
    /// A standard exponential from the 64-bit value <paramref name="bits"/>; in the 2.2 % of draws that fall outside the
    /// layers' inner rectangles, further values come from <paramref name="random"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sample(ulong bits, RandomStream random)
    {
        ref readonly var layer = ref Table[(int)(bits & (Layers - 1))];
        var x = (bits >> 11) * layer.Scale;
        return x < layer.Inner ? x : Outside(bits, x, random);
    }

    /// <summary>
    /// The layer edges x_0..x_256 by the recursion x_(i+1) = -ln(e^-x_i + v/x_i) from x_1 = r, with x_256 = 0 (x_0 = v e^r,
    /// the base layer's width as a rectangle of height e^-r); the tables are built from them.
    /// </summary>
    internal static double[] Edges()
    {
        var x = new double[Layers + 1];
        x[0] = LayerArea / Math.Exp(-R);
        x[1] = R;
        for (var i = 1; i < Layers - 1; i++)
            x[i + 1] = -Math.Log(Math.Exp(-x[i]) + LayerArea / x[i]);
        x[Layers] = 0.0;
        return x;
    }

    /// <summary>The draw that <see cref="Sample"/> does not keep at once: the tail or a wedge, and retries.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Outside(ulong bits, double x, RandomStream random)
    {
        var offset = 0.0;
        while (true)
        {
            var i = (int)(bits & (Layers - 1));
            if (i == 0)
            {
                // Beyond r in the base layer: the tail, r + a fresh exponential.
                offset += R;
            }
            else
            {
                var y = Heights[i] + RandomStream.ToDouble(random.NextUInt64()) * (Heights[i + 1] - Heights[i]);
                if (y < Math.Exp(-x))
                    return offset + x;
            }
            bits = random.NextUInt64();
            ref readonly var layer = ref Table[(int)(bits & (Layers - 1))];
            x = (bits >> 11) * layer.Scale;
            if (x < layer.Inner)
                return offset + x;
        }
    }

    private static Layer[] BuildLayers(double[] x)
    {
        var layers = new Layer[Layers];
        for (var i = 0; i < Layers; i++)
            layers[i] = new Layer(Math.ScaleB(x[i], -53), x[i + 1]);
        return layers;
    }

    /// <summary>One layer: x = U x_i with U = (bits &gt;&gt; 11) 2^-53, i.e. Scale = x_i 2^-53; Inner = x_(i+1).</summary>
    private readonly record struct Layer(double Scale, double Inner);
}
