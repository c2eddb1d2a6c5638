namespace NuMMGen.Fitting.Likelihood;

/// <summary>
/// The Baker-Cousins Poisson likelihood chi^2 (S. Baker and R. D. Cousins, NIM 221, 437 (1984), eq. 10):
/// chi^2 = -2 ln [L(n | mu) / L(n | n)] = 2 sum_b [mu_b - n_b + n_b ln(n_b / mu_b)], zero for a perfect fit and
/// asymptotically chi^2 distributed. n_b may be non-integer (Asimov data).
/// </summary>
public static class PoissonDeviance
{
    /// <summary>
    /// One bin's term 2 [mu - n + n ln(n/mu)] and its derivative with respect to mu, 2 (1 - n/mu). Returns
    /// +infinity (derivative 0) when mu &lt;= 0 with n &gt; 0 or when mu &lt; 0; the term for n = 0 is 2 mu.
    /// </summary>
    /// <param name="n">Observed count (&gt;= 0).</param>
    /// <param name="mu">Expected count.</param>
    /// <param name="derivative">d term / d mu.</param>
    public static double Term(double n, double mu, out double derivative)
    {
        if (n > 0)
        {
            if (!(mu > 0))
            {
                derivative = 0;
                return double.PositiveInfinity;
            }
            derivative = 2 * (1 - n / mu);
            return 2 * (mu - n + n * Math.Log(n / mu));
        }
        if (mu < 0)
        {
            derivative = 0;
            return double.PositiveInfinity;
        }
        derivative = 2;
        return 2 * mu;
    }
}
