namespace NuMMGen.Detectors.Response;

/// <summary>
/// P(observed bin j and detected | true bin i): row i is a true-recoil bin (edges in MeV), column j an observed
/// bin (edges in the observable's unit). Rows sum to the detection probability inside the observed range
/// (at most 1). Immutable once built.
/// </summary>
public sealed class ResponseMatrix
{
    private readonly double[] _trueEdges;
    private readonly double[] _observedEdges;
    private readonly double[] _p;

    internal ResponseMatrix(double[] trueEdges, double[] observedEdges, double[] probabilities, string observedUnit)
    {
        _trueEdges = trueEdges;
        _observedEdges = observedEdges;
        _p = probabilities;
        ObservedUnit = observedUnit;
    }

    /// <summary>Edges of the true-recoil bins (MeV).</summary>
    public IReadOnlyList<double> TrueEdges => _trueEdges;

    /// <summary>Edges of the observed bins (in <see cref="ObservedUnit"/>).</summary>
    public IReadOnlyList<double> ObservedEdges => _observedEdges;

    /// <summary>Unit of the observed bins (keVee, PE, Nh).</summary>
    public string ObservedUnit { get; }

    /// <summary>Number of true bins (rows).</summary>
    public int TrueBins => _trueEdges.Length - 1;

    /// <summary>Number of observed bins (columns).</summary>
    public int ObservedBins => _observedEdges.Length - 1;

    /// <summary>P(observed bin <paramref name="observedBin"/> and detected | true bin <paramref name="trueBin"/>).</summary>
    public double this[int trueBin, int observedBin] => _p[trueBin * ObservedBins + observedBin];

    /// <summary>Row <paramref name="trueBin"/> of the matrix.</summary>
    public ReadOnlySpan<double> Row(int trueBin) => _p.AsSpan(trueBin * ObservedBins, ObservedBins);

    /// <summary>Probability that an event of true bin <paramref name="trueBin"/> is detected in any observed bin.</summary>
    public double DetectionProbability(int trueBin)
    {
        var sum = 0.0;
        foreach (var p in Row(trueBin))
            sum += p;
        return sum;
    }

    /// <summary>Expected observed counts for expected true-bin counts <paramref name="trueCounts"/> (length <see cref="TrueBins"/>).</summary>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public double[] Apply(ReadOnlySpan<double> trueCounts)
    {
        if (trueCounts.Length != TrueBins)
            throw new ArgumentException($"expected {TrueBins} true-bin counts, got {trueCounts.Length}", nameof(trueCounts));
        var observed = new double[ObservedBins];
        for (var i = 0; i < TrueBins; i++)
        {
            var row = Row(i);
            var n = trueCounts[i];
            if (n == 0)
                continue;
            for (var j = 0; j < observed.Length; j++)
                observed[j] += n * row[j];
        }
        return observed;
    }
}
