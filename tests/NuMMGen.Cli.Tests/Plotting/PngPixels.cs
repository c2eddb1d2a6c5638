using System.IO.Compression;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>
/// A minimal PNG decoder for tests (8-bit greyscale, RGB or RGBA, not interlaced; PNG spec, W3C 2003, secs. 9 and 11):
/// concatenated IDAT data inflated with <see cref="ZLibStream"/>, then each scanline unfiltered (None, Sub, Up, Average, Paeth).
/// </summary>
internal sealed class PngPixels
{
    private PngPixels(int width, int height, int channels, byte[] data)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Data = data;
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    /// <summary>Unfiltered samples, row after row, <see cref="Channels"/> per pixel.</summary>
    public byte[] Data { get; }

    /// <summary>(R, G, B) of pixel (x, y).</summary>
    public (byte R, byte G, byte B) At(int x, int y)
    {
        int i = ((y * Width) + x) * Channels;
        return Channels >= 3 ? (Data[i], Data[i + 1], Data[i + 2]) : (Data[i], Data[i], Data[i]);
    }

    public static PngPixels Read(string path)
    {
        var b = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, b[..8]);
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= b.Length;)
        {
            int length = BigEndian(b, at);
            string type = System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
            if (type == "IHDR")
            {
                width = BigEndian(b, at + 8);
                height = BigEndian(b, at + 12);
                Assert.Equal(8, b[at + 16]);                  // bit depth
                channels = b[at + 17] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, var c => throw new NotSupportedException($"PNG colour type {c}") };
                Assert.Equal(0, b[at + 20]);                  // not interlaced
            }
            else if (type == "IDAT")
            {
                idat.Write(b, at + 8, length);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
            z.CopyTo(inflated);
        var raw = inflated.ToArray();
        int stride = width * channels;
        Assert.Equal(height * (stride + 1), raw.Length);
        var data = new byte[height * stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int v = raw[(y * (stride + 1)) + 1 + x];
                int a = x >= channels ? data[(y * stride) + x - channels] : 0;
                int up = y > 0 ? data[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? data[((y - 1) * stride) + x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => up,
                    3 => (a + up) / 2,
                    4 => Paeth(a, up, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                };
                data[(y * stride) + x] = (byte)(v + predictor);
            }
        }
        return new PngPixels(width, height, channels, data);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static int BigEndian(byte[] x, int at) => (x[at] << 24) | (x[at + 1] << 16) | (x[at + 2] << 8) | x[at + 3];
}
