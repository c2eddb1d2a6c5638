using System.Numerics;
using System.Runtime.CompilerServices;
using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// The tree-level nu-e parts on a free electron at rest (<see cref="FreeElectronKernels"/>: Vogel and Engel PRD 39, 3378
/// (1989) eq. (2) = seed 2 eq. (3.6) for the SM of two flavours, seed 2 eq. (3.4) magnetic, physics.md 2.3 tensor and
/// scalar) lane by lane, in cm^2/MeV, zero outside 0 &lt; T &lt;= T_max. The coupling products are formed once per set of
/// couplings; every lane forms 1/E, T/E and m_e T/E^2 once and otherwise repeats the kernels' formulas (no fused
/// multiply-adds), so lane k depends on point k only and equals <see cref="FreeElectronKernels.Sm"/> and friends there to
/// a few ulp (tested).
/// </summary>
internal readonly struct FreeElectronLanes : ILaneKernel
{
    private readonly double _left2, _right2, _leftRight, _otherLeft2, _otherRight2, _otherLeftRight;
    private readonly double _magnetic, _tensor, _scalar;

    /// <summary>The kernel for <paramref name="flavor"/> (and the SM of <paramref name="other"/>) with <paramref name="couplings"/>.</summary>
    public FreeElectronLanes(WeakCouplings flavor, WeakCouplings other, in Couplings couplings)
    {
        (_left2, _right2, _leftRight) = (flavor.Left * flavor.Left, flavor.Right * flavor.Right, flavor.Left * flavor.Right);
        (_otherLeft2, _otherRight2, _otherLeftRight) = (other.Left * other.Left, other.Right * other.Right, other.Left * other.Right);
        _magnetic = FreeElectronKernels.MagneticPole(couplings.MuEff);
        _tensor = couplings.TensorE * couplings.TensorE * ElectronMass / Math.PI;
        _scalar = couplings.ScalarE * couplings.ScalarE * ElectronMass;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LaneParts At(Vector<double> enu, Vector<double> t) => At(enu, t, out _);

    /// <summary>
    /// <see cref="At(Vector{double}, Vector{double})"/>, with the lanes inside the kinematic range 0 &lt; T &lt;= T_max
    /// marked in <paramref name="inside"/> (all bits set) for a caller that adds parts of its own (<see cref="BksLanes"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LaneParts At(Vector<double> enu, Vector<double> t, out Vector<double> inside)
    {
        var one = Vector<double>.One;
        var me = new Vector<double>(ElectronMass);
        var tMax = 2.0 * enu * enu / (me + 2.0 * enu);
        inside = (Vector.GreaterThan(t, Vector<double>.Zero) & Vector.LessThanOrEqual(t, tMax)).As<long, double>();
        // 1/E, T/E and m_e T/E^2 formed once per lane.
        var inverseE = one / enu;
        var r = t * inverseE;
        var meTOverE2 = me * t * inverseE * inverseE;
        var y = one - r;
        var sm = Sm(_left2, _right2, _leftRight, y, meTOverE2);
        var smOther = Sm(_otherLeft2, _otherRight2, _otherLeftRight, y, meTOverE2);
        var magnetic = _magnetic * (one / t - inverseE);
        var y2 = new Vector<double>(2.0) - r;
        var tensor = _tensor * (y2 * y2 - meTOverE2);
        var scalar = _scalar * t * (t + me) * (inverseE * inverseE) / (16.0 * Math.PI);
        return new LaneParts(Kept(inside, sm), Kept(inside, smOther), Kept(inside, magnetic), Kept(inside, tensor), Kept(inside, scalar));
    }

    /// <summary>(2 G_F^2 m_e / pi) [g_L^2 + g_R^2 y^2 - g_L g_R m_e T/E^2], y = 1 - T/E.</summary>
    private static Vector<double> Sm(double left2, double right2, double leftRight, Vector<double> y, Vector<double> meTOverE2) =>
        FreeElectronKernels.SmPrefactor * (new Vector<double>(left2) + right2 * y * y - leftRight * meTOverE2);

    private static Vector<double> Kept(Vector<double> inside, Vector<double> value) =>
        Vector.ConditionalSelect(inside, HbarC2 * value, Vector<double>.Zero);
}
