using System.Buffers.Binary;
using NuMMGen.Generator.Arrow;

namespace NuMMGen.Generator.Tests;

/// <summary>Where the footer and its blocks lie in a file's bytes (for layout and corruption tests).</summary>
internal sealed class FileLayout
{
    public FileLayout(byte[] file)
    {
        FooterLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 10));
        FooterStart = file.Length - 10 - FooterLength;
        var fb = new FlatBufferBuffer(file[FooterStart..(FooterStart + FooterLength)], "test", "footer");
        var footer = fb.Root("footer");
        (int dictionaryStart, DictionaryCount) = footer.GetVector(2, IpcFormat.BlockSize, "dictionaries");
        (int batchStart, BatchCount) = footer.GetVector(3, IpcFormat.BlockSize, "batches");
        DictionaryBlocksAt = FooterStart + dictionaryStart;
        BatchBlocksAt = FooterStart + batchStart;
        var (_, dictionaries, batches) = IpcMetadataReader.Footer(fb);
        Blocks = [.. dictionaries, .. batches];
    }

    public int FooterStart { get; }
    public int FooterLength { get; }
    public int DictionaryCount { get; }
    public int BatchCount { get; }

    /// <summary>File position of the first Block struct of the dictionary and record batch vectors.</summary>
    public int DictionaryBlocksAt { get; }
    public int BatchBlocksAt { get; }

    public IpcBlock[] Blocks { get; }
}
