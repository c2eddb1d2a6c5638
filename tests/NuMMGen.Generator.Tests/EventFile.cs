using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;

namespace NuMMGen.Generator.Tests;

/// <summary>Reads an event file back into rows (tests only; small files).</summary>
internal static class EventFile
{
    public sealed record Row(ulong EventId, string Component, string Process, string Flavor, string TargetSpecies, string RecoilKind,
        double EnuMeV, double RecoilKeV, double? TimeNs, double DsdtSm, double DsdtMagnetic, double DsdtTensor, double DsdtScalar,
        double? Observed = null, bool? Detected = null);

    public static List<Row> Read(string path)
    {
        using var reader = ArrowFileReader.Open(path);
        bool hasTime = reader.Schema.Fields.Any(f => f.Name == EventColumns.TimeNs);
        bool hasDetector = reader.Schema.Fields.Any(f => f.Name == EventColumns.Observed);
        var rows = new List<Row>();
        foreach (var batch in reader.ReadRecordBatches())
        {
            var id = batch.Column<NumericColumn<ulong>>(EventColumns.EventId).Values.Span;
            var component = batch.Column<DictionaryColumn>(EventColumns.Component);
            var process = batch.Column<DictionaryColumn>(EventColumns.Process);
            var flavor = batch.Column<DictionaryColumn>(EventColumns.Flavor);
            var species = batch.Column<DictionaryColumn>(EventColumns.TargetSpecies);
            var kind = batch.Column<DictionaryColumn>(EventColumns.RecoilKind);
            double[] F(string name) => batch.Column<NumericColumn<double>>(name).Values.ToArray();
            var enu = F(EventColumns.EnuMeV);
            var recoil = F(EventColumns.RecoilKeV);
            var time = hasTime ? F(EventColumns.TimeNs) : null;
            var sm = F(EventColumns.DsdtSm);
            var mag = F(EventColumns.DsdtMagnetic);
            var ten = F(EventColumns.DsdtTensor);
            var sca = F(EventColumns.DsdtScalar);
            var observed = hasDetector ? F(EventColumns.Observed) : null;
            var detected = hasDetector ? batch.Column<BoolColumn>(EventColumns.Detected) : null;
            for (int i = 0; i < batch.Length; i++)
                rows.Add(new Row(id[i], component[i], process[i], flavor[i], species[i], kind[i], enu[i], recoil[i], time?[i],
                    sm[i], mag[i], ten[i], sca[i], observed?[i], detected?[i]));
        }
        return rows;
    }
}
