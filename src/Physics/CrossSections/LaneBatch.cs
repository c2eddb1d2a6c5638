using System.Numerics;
using System.Runtime.CompilerServices;

namespace NuMMGen.Physics.CrossSections;

/// <summary>The parts of dsigma/dT lane by lane (cm^2/MeV), with the SM part of a second flavour.</summary>
/// <param name="Sm">SM part of the first flavour.</param>
/// <param name="SmOther">SM part of the second flavour.</param>
/// <param name="Magnetic">Magnetic part.</param>
/// <param name="Tensor">Tensor part.</param>
/// <param name="Scalar">Scalar part.</param>
internal readonly record struct LaneParts(Vector<double> Sm, Vector<double> SmOther, Vector<double> Magnetic, Vector<double> Tensor, Vector<double> Scalar)
{
    /// <summary>Lane 0 as the one-point result of <see cref="IRecoilCrossSection.DifferentialPair"/>.</summary>
    public XsecComponents Lane0(out double smOther)
    {
        smOther = SmOther[0];
        return new XsecComponents(Sm[0], Magnetic[0], Tensor[0], Scalar[0]);
    }
}

/// <summary>A cross section's evaluation at <see cref="Vector{T}.Count"/> points (E, T) at once, lane by lane.</summary>
internal interface ILaneKernel
{
    /// <summary>The parts at (<paramref name="enu"/>[k], <paramref name="t"/>[k]) in lane k; a lane's value depends on its own point only.</summary>
    LaneParts At(Vector<double> enu, Vector<double> t);
}

/// <summary>
/// <see cref="IBatchRecoilCrossSection.DifferentialPairs"/> for any lane kernel: whole vectors, then the tail padded with its
/// last point (only the tail's own lanes are stored). Because every lane depends on its own point only, element i equals
/// lane 0 of the kernel at point i, which is what the one-point methods return.
/// </summary>
internal static class LaneBatch
{
    /// <summary>Evaluates <paramref name="kernel"/> at every point into <paramref name="parts"/>.</summary>
    /// <exception cref="ArgumentException">The spans' lengths differ, or a column is shorter than them.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Evaluate<TKernel>(in TKernel kernel, ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in RecoilPartColumns parts)
        where TKernel : struct, ILaneKernel
    {
        CheckLengths(enu, t, parts);
        var n = enu.Length;
        var width = Vector<double>.Count;
        var i = 0;
        for (; i + width <= n; i += width)
            Store(kernel.At(new Vector<double>(enu[i..]), new Vector<double>(t[i..])), parts, i, width);
        if (i == n)
            return;
        Span<double> e = stackalloc double[width], r = stackalloc double[width];
        e.Fill(enu[n - 1]);
        r.Fill(t[n - 1]);
        enu[i..].CopyTo(e);
        t[i..].CopyTo(r);
        Store(kernel.At(new Vector<double>(e), new Vector<double>(r)), parts, i, n - i);
    }

    /// <summary>Throws unless there is one recoil per energy and room for every point in every column.</summary>
    /// <exception cref="ArgumentException">The spans' lengths differ, or a column is shorter than them.</exception>
    /// <remarks>
    /// Inlined into the fully optimised <see cref="Evaluate"/>, with the message built in a separate method: as a call of
    /// its own it ran as tier-0 code for the first part of a run.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckLengths(ReadOnlySpan<double> enu, ReadOnlySpan<double> t, in RecoilPartColumns parts)
    {
        var n = enu.Length;
        if (t.Length != n || parts.Sm.Length < n || parts.SmOther.Length < n || parts.Magnetic.Length < n
            || parts.Tensor.Length < n || parts.Scalar.Length < n)
            ThrowLengths(n);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLengths(int n) =>
        throw new ArgumentException($"DifferentialPairs needs {n} recoils and room for {n} values in every part column.", "parts");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(in LaneParts p, in RecoilPartColumns parts, int start, int count)
    {
        if (count == Vector<double>.Count)
        {
            p.Sm.CopyTo(parts.Sm[start..]);
            p.SmOther.CopyTo(parts.SmOther[start..]);
            p.Magnetic.CopyTo(parts.Magnetic[start..]);
            p.Tensor.CopyTo(parts.Tensor[start..]);
            p.Scalar.CopyTo(parts.Scalar[start..]);
            return;
        }
        for (var k = 0; k < count; k++)
        {
            parts.Sm[start + k] = p.Sm[k];
            parts.SmOther[start + k] = p.SmOther[k];
            parts.Magnetic[start + k] = p.Magnetic[k];
            parts.Tensor[start + k] = p.Tensor[k];
            parts.Scalar[start + k] = p.Scalar[k];
        }
    }
}
