using System.Numerics;

namespace NuMMGen.Physics.Numerics;

/// <summary>The rare path of the vector kernels: lanes outside their fast range are computed by the C library's function.</summary>
internal static class LibraryLanes
{
    /// <summary><paramref name="result"/> with the lanes marked in <paramref name="marked"/> replaced by <paramref name="library"/> of <paramref name="x"/>.</summary>
    public static Vector<double> Replace(Vector<double> x, Vector<long> marked, Vector<double> result, Func<double, double> library)
    {
        Span<double> values = stackalloc double[Vector<double>.Count];
        result.CopyTo(values);
        for (var i = 0; i < values.Length; i++)
        {
            if (marked[i] != 0)
                values[i] = library(x[i]);
        }
        return new Vector<double>(values);
    }
}
