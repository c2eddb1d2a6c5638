namespace NuMMGen.Detectors.Efficiency;

/// <summary>The product of several efficiencies (e.g. an acceptance curve times an analysis window).</summary>
public sealed class ProductEfficiency : IEfficiency
{
    private readonly IEfficiency[] _factors;

    /// <summary>Creates the product of <paramref name="factors"/> (at least one).</summary>
    /// <exception cref="ArgumentException">No factors.</exception>
    public ProductEfficiency(params IEfficiency[] factors)
    {
        if (factors.Length == 0)
            throw new ArgumentException("a product efficiency needs at least one factor", nameof(factors));
        _factors = factors.ToArray();
    }

    /// <summary>The factors.</summary>
    public IReadOnlyList<IEfficiency> Factors => _factors;

    /// <inheritdoc />
    public string Description => string.Join(" x ", _factors.Select(f => f.Description));

    /// <inheritdoc />
    public bool IsPiecewiseConstant => _factors.All(f => f.IsPiecewiseConstant);

    /// <inheritdoc />
    public double Evaluate(double observed)
    {
        var product = 1.0;
        foreach (var f in _factors)
            product *= f.Evaluate(observed);
        return product;
    }

    /// <inheritdoc />
    public void AddBreakpoints(double low, double high, List<double> into)
    {
        foreach (var f in _factors)
            f.AddBreakpoints(low, high, into);
    }
}
