using System.Text;
using UglyToad.PdfPig.Content;

namespace Touchstone.App.Tests.Infrastructure;

/// <summary>
/// Reads back what a QR code in a generated PDF says, so tests check the payload rather than the mere presence of
/// an image. A small decoder written from ISO/IEC 18004 for what the app produces: versions 1-10, any error
/// correction level, numeric/alphanumeric/byte segments; no error correction is applied (the images are clean).
/// </summary>
public static class QrContent
{
    /// <summary>The payload of the QR image embedded in a PDF page (the first image that decodes).</summary>
    public static string FromPdfImage(IPdfImage image)
    {
        var width = image.WidthInSamples;
        var height = image.HeightInSamples;
        if (!image.TryGetBytesAsMemory(out var memory))
        {
            memory = image.RawMemory;
        }

        var bytes = memory.Span;
        var components = bytes.Length / (width * height);
        if (components < 1)
        {
            throw new InvalidOperationException($"Unexpected image data: {bytes.Length} bytes for {width}x{height}.");
        }

        var dark = new bool[height, width];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sum = 0;
                for (var c = 0; c < components; c++)
                {
                    sum += bytes[((y * width) + x) * components + c];
                }

                dark[y, x] = sum / components < 128;
            }
        }

        return Decode(Sample(dark));
    }

    /// <summary>The payload of a QR code drawn on a PDF page as filled squares (one per dark module).</summary>
    public static string FromPdfSquares(Page page)
    {
        var squares = page.Paths.Where(p => p.IsFilled)
            .Select(p => p.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Width > 0 && r.Width < 12 && Math.Abs(r.Width - r.Height) < 0.01)
            .ToList();
        if (squares.Count == 0)
        {
            throw new InvalidOperationException("The page has no QR squares.");
        }

        var cell = squares.Min(r => r.Width);
        var left = squares.Min(r => r.Left);
        var top = squares.Max(r => r.Top);
        var size = (int)Math.Round((squares.Max(r => r.Right) - left) / cell);
        var modules = new bool[size, size];
        foreach (var r in squares)
        {
            var col = (int)Math.Round((r.Left - left) / cell);
            var row = (int)Math.Round((top - r.Top) / cell);
            modules[row, col] = true;
        }

        return Decode(modules);
    }

    /// <summary>Turns a pixel image (dark = true) with a quiet zone into its module matrix.</summary>
    public static bool[,] Sample(bool[,] dark)
    {
        var height = dark.GetLength(0);
        var width = dark.GetLength(1);
        var start = 0;
        while (start < Math.Min(width, height) && !dark[start, start])
        {
            start++;
        }

        var run = 0;
        while (start + run < width && dark[start, start + run])
        {
            run++;
        }

        var module = run / 7.0; // the finder pattern is 7 modules wide
        var size = (int)Math.Round((width - (2 * start)) / module);
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                modules[row, col] = dark[start + (int)((row + 0.5) * module), start + (int)((col + 0.5) * module)];
            }
        }

        return modules;
    }

    /// <summary>Decodes a module matrix (row, column; dark = true) without quiet zone.</summary>
    public static string Decode(bool[,] m)
    {
        var size = m.GetLength(0);
        var version = (size - 17) / 4;
        if (version is < 1 or > 10 || size != 17 + (4 * version))
        {
            throw new InvalidOperationException($"A {size}x{size} matrix is not a QR version 1-10.");
        }

        var (level, mask) = ReadFormat(m, size);
        var function = FunctionPatterns(version, size);
        var codewords = ReadCodewords(m, size, function, mask);
        var data = Deinterleave(codewords, Blocks[(version, level)]);
        return ReadSegments(data, version);
    }

    // Format information next to the top-left finder (15 bits, BCH-coded, masked with 0x5412): level and mask.
    private static (char Level, int Mask) ReadFormat(bool[,] m, int size)
    {
        var bits = 0;
        void Take(int x, int y) => bits = (bits << 1) | (m[y, x] ? 1 : 0);
        for (var i = 0; i < 6; i++)
        {
            Take(i, 8);
        }

        Take(7, 8);
        Take(8, 8);
        Take(8, 7);
        for (var j = 5; j >= 0; j--)
        {
            Take(8, j);
        }

        var best = (Data: -1, Distance: int.MaxValue);
        for (var data = 0; data < 32; data++)
        {
            var distance = int.PopCount(FormatWord(data) ^ bits);
            if (distance < best.Distance)
            {
                best = (data, distance);
            }
        }

        if (best.Distance > 3)
        {
            throw new InvalidOperationException("The format information cannot be read.");
        }

        var level = ((best.Data >> 3) & 3) switch { 1 => 'L', 0 => 'M', 3 => 'Q', _ => 'H' };
        return (level, best.Data & 7);
    }

    private static int FormatWord(int data)
    {
        var value = data << 10;
        for (var bit = 14; bit >= 10; bit--)
        {
            if ((value & (1 << bit)) != 0)
            {
                value ^= 0x537 << (bit - 10);
            }
        }

        return ((data << 10) | value) ^ 0x5412;
    }

    private static bool[,] FunctionPatterns(int version, int size)
    {
        var f = new bool[size, size];
        void Region(int left, int top, int w, int h)
        {
            for (var y = top; y < top + h; y++)
            {
                for (var x = left; x < left + w; x++)
                {
                    f[y, x] = true;
                }
            }
        }

        Region(0, 0, 9, 9);
        Region(size - 8, 0, 8, 9);
        Region(0, size - 8, 9, 8);
        var centers = Alignment[version];
        var max = centers.Length - 1;
        for (var a = 0; a <= max; a++)
        {
            for (var b = 0; b <= max; b++)
            {
                if ((a == 0 && (b == 0 || b == max)) || (a == max && b == 0))
                {
                    continue;
                }

                Region(centers[b] - 2, centers[a] - 2, 5, 5);
            }
        }

        Region(6, 9, 1, size - 17);
        Region(9, 6, size - 17, 1);
        if (version > 6)
        {
            Region(size - 11, 0, 3, 6);
            Region(0, size - 11, 6, 3);
        }

        return f;
    }

    private static bool Masked(int mask, int i, int j) => mask switch
    {
        0 => (i + j) % 2 == 0,
        1 => i % 2 == 0,
        2 => j % 3 == 0,
        3 => (i + j) % 3 == 0,
        4 => ((i / 2) + (j / 3)) % 2 == 0,
        5 => ((i * j) % 2) + ((i * j) % 3) == 0,
        6 => (((i * j) % 2) + ((i * j) % 3)) % 2 == 0,
        _ => (((i + j) % 2) + ((i * j) % 3)) % 2 == 0,
    };

    // The two-column zigzag from the bottom-right corner, skipping the vertical timing column.
    private static List<byte> ReadCodewords(bool[,] m, int size, bool[,] function, int mask)
    {
        var result = new List<byte>();
        var current = 0;
        var read = 0;
        var up = true;
        for (var j = size - 1; j > 0; j -= 2)
        {
            if (j == 6)
            {
                j--;
            }

            for (var count = 0; count < size; count++)
            {
                var i = up ? size - 1 - count : count;
                for (var col = 0; col < 2; col++)
                {
                    var x = j - col;
                    if (function[i, x])
                    {
                        continue;
                    }

                    current = (current << 1) | (m[i, x] ^ Masked(mask, i, x) ? 1 : 0);
                    if (++read == 8)
                    {
                        result.Add((byte)current);
                        current = 0;
                        read = 0;
                    }
                }
            }

            up = !up;
        }

        return result;
    }

    private static List<byte> Deinterleave(List<byte> raw, (int Count, int Data)[] groups)
    {
        var blocks = groups.SelectMany(g => Enumerable.Repeat(g.Data, g.Count)).Select(n => new byte[n]).ToArray();
        var shorter = blocks.Min(b => b.Length);
        var offset = 0;
        for (var i = 0; i < shorter; i++)
        {
            foreach (var block in blocks)
            {
                block[i] = raw[offset++];
            }
        }

        foreach (var block in blocks.Where(b => b.Length > shorter))
        {
            block[shorter] = raw[offset++];
        }

        return [.. blocks.SelectMany(b => b)];
    }

    private static string ReadSegments(List<byte> data, int version)
    {
        var bits = new BitReader(data);
        var text = new StringBuilder();
        var byteEncoding = Encoding.Latin1; // ISO/IEC 18004 default for byte segments without an ECI
        const string alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        while (bits.Available >= 4)
        {
            var mode = bits.Read(4);
            switch (mode)
            {
                case 0:
                    return text.ToString();
                case 7: // ECI designator: one byte is enough for the assignments QRCoder writes (26 = UTF-8)
                    byteEncoding = bits.Read(8) == 26 ? Encoding.UTF8 : Encoding.Latin1;
                    break;
                case 1:
                    {
                        var count = bits.Read(version < 10 ? 10 : 12);
                        for (; count >= 3; count -= 3)
                        {
                            text.Append(bits.Read(10).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
                        }

                        if (count == 2)
                        {
                            text.Append(bits.Read(7).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else if (count == 1)
                        {
                            text.Append(bits.Read(4).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        }

                        break;
                    }

                case 2:
                    {
                        var count = bits.Read(version < 10 ? 9 : 11);
                        for (; count >= 2; count -= 2)
                        {
                            var pair = bits.Read(11);
                            text.Append(alphanumeric[pair / 45]).Append(alphanumeric[pair % 45]);
                        }

                        if (count == 1)
                        {
                            text.Append(alphanumeric[bits.Read(6)]);
                        }

                        break;
                    }

                case 4:
                    {
                        var count = bits.Read(version < 10 ? 8 : 16);
                        var chunk = new byte[count];
                        for (var k = 0; k < count; k++)
                        {
                            chunk[k] = (byte)bits.Read(8);
                        }

                        text.Append(byteEncoding.GetString(chunk));
                        break;
                    }

                default:
                    throw new InvalidOperationException($"Unsupported QR segment mode {mode}.");
            }
        }

        return text.ToString();
    }

    private sealed class BitReader(List<byte> data)
    {
        private int _position;

        public int Available => (data.Count * 8) - _position;

        public int Read(int count)
        {
            var value = 0;
            for (var k = 0; k < count; k++, _position++)
            {
                value = (value << 1) | ((data[_position / 8] >> (7 - (_position % 8))) & 1);
            }

            return value;
        }
    }

    private static readonly Dictionary<int, int[]> Alignment = new()
    {
        [1] = [], [2] = [6, 18], [3] = [6, 22], [4] = [6, 26], [5] = [6, 30], [6] = [6, 34],
        [7] = [6, 22, 38], [8] = [6, 24, 42], [9] = [6, 26, 46], [10] = [6, 28, 50],
    };

    // Error-correction blocks: (number of blocks, data codewords per block), ISO/IEC 18004 table 9.
    private static readonly Dictionary<(int Version, char Level), (int Count, int Data)[]> Blocks = new()
    {
        [(1, 'L')] = [(1, 19)], [(1, 'M')] = [(1, 16)], [(1, 'Q')] = [(1, 13)], [(1, 'H')] = [(1, 9)],
        [(2, 'L')] = [(1, 34)], [(2, 'M')] = [(1, 28)], [(2, 'Q')] = [(1, 22)], [(2, 'H')] = [(1, 16)],
        [(3, 'L')] = [(1, 55)], [(3, 'M')] = [(1, 44)], [(3, 'Q')] = [(2, 17)], [(3, 'H')] = [(2, 13)],
        [(4, 'L')] = [(1, 80)], [(4, 'M')] = [(2, 32)], [(4, 'Q')] = [(2, 24)], [(4, 'H')] = [(4, 9)],
        [(5, 'L')] = [(1, 108)], [(5, 'M')] = [(2, 43)], [(5, 'Q')] = [(2, 15), (2, 16)], [(5, 'H')] = [(2, 11), (2, 12)],
        [(6, 'L')] = [(2, 68)], [(6, 'M')] = [(4, 27)], [(6, 'Q')] = [(4, 19)], [(6, 'H')] = [(4, 15)],
        [(7, 'L')] = [(2, 78)], [(7, 'M')] = [(4, 31)], [(7, 'Q')] = [(2, 14), (4, 15)], [(7, 'H')] = [(4, 13), (1, 14)],
        [(8, 'L')] = [(2, 97)], [(8, 'M')] = [(2, 38), (2, 39)], [(8, 'Q')] = [(4, 18), (2, 19)], [(8, 'H')] = [(4, 14), (2, 15)],
        [(9, 'L')] = [(2, 116)], [(9, 'M')] = [(3, 36), (2, 37)], [(9, 'Q')] = [(4, 16), (4, 17)], [(9, 'H')] = [(4, 12), (4, 13)],
        [(10, 'L')] = [(2, 68), (2, 69)], [(10, 'M')] = [(4, 43), (1, 44)], [(10, 'Q')] = [(6, 19), (2, 20)], [(10, 'H')] = [(6, 15), (2, 16)],
    };
}
