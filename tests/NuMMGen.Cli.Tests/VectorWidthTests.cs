namespace NuMMGen.Cli.Tests;

/// <summary>
/// The same config and seed give the same file whatever the vector width of the machine: the cross-section kernels run
/// lane by lane on <see cref="System.Numerics.Vector{T}"/>, 2 lanes on 128-bit hardware (Arm NEON), 4 with AVX2, 8 with
/// AVX-512 where the runtime is asked for it, and every sum over quadrature nodes is taken in node order. The runtime's
/// own switch DOTNET_MaxVectorTBitWidth sets the width of a child process (a width above the hardware's is capped, so on a
/// machine without AVX-512 the 512 run repeats the default). Real model: BKS radiative corrections (Borexino) and the
/// Helm form factor (COHERENT), whose rate integrals set the mixture's proportions.
/// </summary>
public sealed class VectorWidthTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nummgen-width-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("borexino-phase2.json")]
    [InlineData("coherent-csi-2017.json")]
    public void Files_are_byte_identical_for_2_4_and_8_lanes(string config)
    {
        byte[]? first = null;
        foreach (var bits in new[] { "128", "256", "512" })
        {
            var path = Path.Combine(_dir, $"events-{bits}.arrow");
            var r = CliRunner.RunProcessWith(new Dictionary<string, string> { ["DOTNET_MaxVectorTBitWidth"] = bits },
                "generate", "--config", GenerateCommandTests.Config(config), "--seed", "3", "--out", path, "--events", "20000", "--threads", "2");
            Assert.True(r.ExitCode == 0, r.Error);
            var bytes = File.ReadAllBytes(path);
            if (first is null)
                first = bytes;
            else
                Assert.True(first.AsSpan().SequenceEqual(bytes), $"{config}: the file written with {bits}-bit vectors differs from the 128-bit one");
        }
    }
}
