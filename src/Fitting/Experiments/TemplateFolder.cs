using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// Folds one detector state into a <see cref="TemplateSet"/> on fixed bins: the signal parts from
/// <see cref="DetectedRates.Folded"/> (observed bins), split over time bins with <see cref="DetectedRates.TimeFractions"/>
/// for a 2D fit; backgrounds from <see cref="IRegionBackground.ExpectedIn(System.ReadOnlySpan{double}, System.ReadOnlySpan{double})"/>,
/// optionally factorised into the product of their observed and time marginals.
/// </summary>
/// <param name="edges">Observed-value bin edges.</param>
/// <param name="timeEdges">Time-bin edges in s after the trigger, or null (1D).</param>
/// <param name="trueBins">True-recoil bins of the fold.</param>
/// <param name="withTensor">Whether the tensor part is kept.</param>
/// <param name="factorised">Names of backgrounds whose 2D template is the product of its marginals.</param>
internal sealed class TemplateFolder(double[] edges, double[]? timeEdges, int trueBins, bool withTensor, IReadOnlyCollection<string> factorised)
{
    public TemplateSet Fold(EventModel model, DetectorSetup detector, Dictionary<string, double[]>? byComponent)
    {
        int n = edges.Length - 1;
        int nt = timeEdges is null ? 1 : timeEdges.Length - 1;
        var folded = DetectedRates.Folded(model, detector, edges, trueBins);
        var fractions = timeEdges is null ? null : DetectedRates.TimeFractions(model, detector, timeEdges);
        var sm = new double[n * nt];
        var magnetic = new double[n * nt];
        var tensor = withTensor ? new double[n * nt] : null;
        for (int c = 0; c < folded.Length; c++)
        {
            double[]? component = null;
            if (byComponent is not null)
            {
                string name = model.Channels[c].Component;
                if (!byComponent.TryGetValue(name, out component))
                    byComponent[name] = component = new double[n * nt];
            }
            for (int b = 0; b < n; b++)
            {
                for (int k = 0; k < nt; k++)
                {
                    double f = fractions is null ? 1 : fractions[c][k];
                    int cell = b * nt + k;
                    sm[cell] += f * folded[c][b].Sm;
                    magnetic[cell] += f * folded[c][b].Magnetic / (ExperimentTemplates.ReferenceMuB * ExperimentTemplates.ReferenceMuB);
                    if (tensor is not null)
                        tensor[cell] += f * folded[c][b].Tensor / (ExperimentTemplates.ReferenceCoupling * ExperimentTemplates.ReferenceCoupling);
                    if (component is not null)
                        component[cell] += f * folded[c][b].Sm;
                }
            }
        }
        var backgrounds = detector.Backgrounds.Select(bg => Background(bg, n, nt)).ToArray();
        return new TemplateSet(sm, magnetic, tensor, backgrounds);
    }

    private double[] Background(IRegionBackground bg, int n, int nt)
    {
        if (timeEdges is null)
            return bg.ExpectedIn(edges);
        var cells = bg.ExpectedIn(edges, timeEdges);
        if (!factorised.Contains(bg.Name))
            return cells;
        // Product of the marginals: x_b = sum_k cell_bk, t_k = sum_b cell_bk, cell'_bk = x_b t_k / total (same total and marginals).
        var x = new double[n];
        var t = new double[nt];
        for (int b = 0; b < n; b++)
            for (int k = 0; k < nt; k++)
            {
                x[b] += cells[b * nt + k];
                t[k] += cells[b * nt + k];
            }
        double total = x.Sum();
        var smooth = new double[n * nt];
        if (total > 0)
            for (int b = 0; b < n; b++)
                for (int k = 0; k < nt; k++)
                    smooth[b * nt + k] = x[b] * t[k] / total;
        return smooth;
    }
}
