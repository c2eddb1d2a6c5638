using System.Text.Json;
using System.Text.Json.Serialization;

namespace NuMMGen.Cli.Hosting;

/// <summary>
/// Writes a <see cref="double"/> as a JSON number when it is finite and as <c>null</c> otherwise (NaN for "not computed",
/// e.g. the toy median of <c>sensitivity --toys 0</c>), so that Python's json, pandas and jq read every output as numbers or
/// missing values, never as the strings "NaN" or "Infinity". Reads numbers, and <c>null</c> as NaN.
/// </summary>
public sealed class FiniteOrNullConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteNullValue();
    }
}
