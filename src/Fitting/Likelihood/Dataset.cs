namespace NuMMGen.Fitting.Likelihood;

/// <summary>
/// The data of a combined likelihood: counts per bin for each channel (doubles, so Asimov data with
/// non-integer counts are allowed) and one auxiliary measurement per constraint. A plain holder: toys reuse
/// one instance per thread and overwrite its arrays.
/// </summary>
public sealed class Dataset
{
    /// <summary>Creates a dataset from counts per channel and auxiliary values per constraint (arrays are kept, not copied).</summary>
    /// <param name="counts">Counts per channel, each of the channel's bin count.</param>
    /// <param name="auxiliary">Auxiliary measurements in the order of the likelihood's constraints.</param>
    public Dataset(double[][] counts, double[] auxiliary)
    {
        Counts = counts;
        Auxiliary = auxiliary;
    }

    /// <summary>Counts per channel and bin (events).</summary>
    public double[][] Counts { get; }

    /// <summary>Auxiliary measurements, one per constraint of the likelihood.</summary>
    public double[] Auxiliary { get; }

    /// <summary>A deep copy.</summary>
    public Dataset Clone() => new(Counts.Select(c => (double[])c.Clone()).ToArray(), (double[])Auxiliary.Clone());
}
