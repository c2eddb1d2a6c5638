using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// COHERENT CsI[Na] 2017 beam-related (prompt) neutrons (data release arXiv:1804.09459): <c>promptPDF.txt</c> gives
/// prompt neutrons per GWh of beam in 1-PE bins (0-50 PE) before the acceptance; the release prescribes
/// multiplying each bin by the acceptance at its centre. The expected count is (sum over bins) x GWh; overall
/// normalisation uncertainty 25 %. Arrival times follow the released prompt-neutron distribution. For the
/// release exposure of 7.47594 GWh the total before acceptance is 3.99529 x 7.47594 = 29.87 events.
/// </summary>
public sealed class CoherentPromptNeutronBackground : IBackgroundComponent
{
    /// <summary>Beam exposure of the 2017 data set (coherent_parameters.yaml), 7.47594 GWh.</summary>
    public const double ReleaseExposureGWh = 7.47594;

    private CoherentPromptNeutronBackground(HistogramShape shape, double perGWh, IEfficiency? acceptance)
    {
        Shape = shape;
        PerGWh = perGWh;
        Acceptance = acceptance;
        ArrivalTime = ArrivalTimePdf.CoherentPromptNeutrons();
    }

    /// <summary>
    /// Loads the released spectrum; with <paramref name="acceptance"/> each 1-PE bin is multiplied by the efficiency
    /// at its centre (the release prescription), without it the counts are before acceptance.
    /// </summary>
    public static CoherentPromptNeutronBackground Load(IEfficiency? acceptance = null)
    {
        var table = DetectorTables.ReadEmbedded("coherent/promptPDF.txt", 2);
        var centres = table.Column(0);
        var contents = table.Column(1);
        for (var i = 0; i < centres.Length; i++)
        {
            if (Math.Abs(centres[i] - (i + 0.5)) > 1e-9 || contents[i] < 0)
                throw new DetectorInputException($"{table.Where(i)}: expected 1-PE bin centre {i + 0.5} and a non-negative content");
            if (acceptance is not null)
                contents[i] *= acceptance.Evaluate(centres[i]);
        }
        var edges = Enumerable.Range(0, centres.Length + 1).Select(i => (double)i).ToArray();
        var shape = new HistogramShape(edges, contents, "prompt neutrons");
        return new CoherentPromptNeutronBackground(shape, shape.Total, acceptance);
    }

    /// <summary>Expected recorded prompt neutrons per GWh over 0-50 PE (after the acceptance if one was given).</summary>
    public double PerGWh { get; }

    /// <summary>The acceptance applied to the released spectrum, or null.</summary>
    public IEfficiency? Acceptance { get; }

    /// <inheritdoc />
    public string Name => "prompt neutrons";

    /// <inheritdoc />
    public string ObservedUnit => "PE";

    /// <inheritdoc />
    public ISpectralShape Shape { get; }

    /// <inheritdoc />
    public ArrivalTimePdf? ArrivalTime { get; }

    /// <inheritdoc />
    public double NormalisationUncertainty => 0.25;

    /// <inheritdoc />
    public double ExpectedTotal(in Exposure exposure) => PerGWh * exposure.BeamEnergyGWh;
}
