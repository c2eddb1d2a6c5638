namespace NuMMGen.Fitting.Minimization;

/// <summary>Cholesky factorisation for the small dense systems of the minimiser (row-major storage).</summary>
internal static class DenseCholesky
{
    /// <summary>Factorises the m x m matrix <paramref name="a"/> in place (lower triangle) and solves a x = rhs; false if not positive definite.</summary>
    public static bool SolveInPlace(Span<double> a, int m, Span<double> rhs)
    {
        if (!Factor(a, m))
            return false;
        Solve(a, m, rhs);
        return true;
    }

    /// <summary>The inverse of the submatrix of the n x n matrix <paramref name="h"/> on <paramref name="indices"/>; null if not positive definite.</summary>
    public static double[]? InvertSubmatrix(ReadOnlySpan<double> h, int n, ReadOnlySpan<int> indices)
    {
        int m = indices.Length;
        var a = new double[m * m];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                a[i * m + j] = h[indices[i] * n + indices[j]];
        // Jacobi scaling for conditioning, undone after inversion.
        var s = new double[m];
        for (int i = 0; i < m; i++)
        {
            if (!(a[i * m + i] > 0))
                return null;
            s[i] = 1 / Math.Sqrt(a[i * m + i]);
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                a[i * m + j] *= s[i] * s[j];
        if (!Factor(a, m))
            return null;
        var inverse = new double[m * m];
        var column = new double[m];
        for (int j = 0; j < m; j++)
        {
            Array.Clear(column);
            column[j] = 1;
            Solve(a, m, column);
            for (int i = 0; i < m; i++)
                inverse[i * m + j] = column[i] * s[i] * s[j];
        }
        return inverse;
    }

    private static bool Factor(Span<double> a, int m)
    {
        for (int j = 0; j < m; j++)
        {
            double diag = a[j * m + j];
            for (int k = 0; k < j; k++)
                diag -= a[j * m + k] * a[j * m + k];
            if (!(diag > 1e-14))
                return false;
            double l = Math.Sqrt(diag);
            a[j * m + j] = l;
            for (int i = j + 1; i < m; i++)
            {
                double sum = a[i * m + j];
                for (int k = 0; k < j; k++)
                    sum -= a[i * m + k] * a[j * m + k];
                a[i * m + j] = sum / l;
            }
        }
        return true;
    }

    private static void Solve(ReadOnlySpan<double> l, int m, Span<double> x)
    {
        for (int i = 0; i < m; i++)
        {
            double sum = x[i];
            for (int k = 0; k < i; k++)
                sum -= l[i * m + k] * x[k];
            x[i] = sum / l[i * m + i];
        }
        for (int i = m - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int k = i + 1; k < m; k++)
                sum -= l[k * m + i] * x[k];
            x[i] = sum / l[i * m + i];
        }
    }
}
