using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;

namespace NuMMGen.Physics.Tests.Coherent;

public class TensorBoundTests
{
    private const double GFPerGeV2 = 1.1663788e-5;

    /// <summary>
    /// Source: seed 2 (Chen, Zheng, Zhang), eqs. 3.13, 3.15, 3.16 and Table 5 (direct bounds at mu = 2 GeV):
    /// |L_u| &lt; 3.3e-6, |L_d| &lt; 1.8e-6, |L_s| &lt; 1.5e-5 GeV^-2. Reproduced from xi_T^2/(N^2 F^2) &lt; 0.591^2 with
    /// xi_T^2 = 8 * 2 flavours * (sqrt2/G_F)^2 * sum_{Cs,I} |C_nuc|^2 and N^2 = N_Cs^2 + N_I^2 (the convention the
    /// per-nucleus cross section leaves to the limit-setting layer). Tolerance: the table's two significant digits.
    /// </summary>
    [Theory]
    [InlineData('u', 3.3e-6)]
    [InlineData('d', 1.8e-6)]
    [InlineData('s', 1.5e-5)]
    public void DirectTensorBoundsOfSeed2Table5(char quark, double table)
    {
        const double zCs = 55, nCs = 77.9, zI = 53, nI = 73.9;
        var unit = quark switch
        {
            'u' => new Couplings(TensorU: 1),
            'd' => new Couplings(TensorD: 1),
            _ => new Couplings(TensorS: 1),
        };
        var sumC2 = Math.Pow(NucleonTensorCharges.NuclearCoupling(zCs, nCs, unit), 2)
            + Math.Pow(NucleonTensorCharges.NuclearCoupling(zI, nI, unit), 2);
        var n2 = nCs * nCs + nI * nI;
        const int flavours = 2;
        // 8 * flavours * (2 / G_F^2) * L^2 * sumC2 / n2 < 0.591^2
        var bound = Math.Sqrt(0.591 * 0.591 * n2 * GFPerGeV2 * GFPerGeV2 / (16.0 * flavours * sumC2));
        Assert.True(table == double.Parse(bound.ToString("E1")), $"{quark}: bound {bound:E3} vs Table 5 {table:E1}");
    }
}
