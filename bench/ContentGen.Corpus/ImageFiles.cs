using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ContentGen.Corpus;

/// <summary>
/// The smallest image files of each format that still state a size (for tests and the build
/// benchmark), written byte by byte so that each
/// test says what the file declares: a PNG's IHDR, a GIF's screen, a WebP's VP8X canvas, a JPEG's
/// SOF0 frame (and EXIF orientation).
/// </summary>
public static class ImageFiles
{
    public static byte[] Png(int width, int height)
    {
        byte[] ihdr = [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0];
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IEND", [])];
    }

    public static byte[] Gif(int width, int height) =>
        [.. Encoding.ASCII.GetBytes("GIF89a"), (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0, 0, 0x3B];

    public static byte[] WebP(int width, int height)
    {
        byte[] vp8x = [0, 0, 0, 0, (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16), (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)];
        byte[] body = [.. Encoding.ASCII.GetBytes("WEBP"), .. Encoding.ASCII.GetBytes("VP8X"), .. LittleEndian(vp8x.Length), .. vp8x];
        return [.. Encoding.ASCII.GetBytes("RIFF"), .. LittleEndian(body.Length), .. body];
    }

    /// <param name="orientation">An EXIF orientation (1-8), or 0 for none: 5 to 8 turn the picture a quarter.</param>
    public static byte[] Jpeg(int width, int height, int orientation = 0)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (orientation > 0)
        {
            // APP1 "Exif", a big-endian TIFF header, IFD0 with one entry: Orientation (0x0112), SHORT, 1.
            byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
            byte[] app1 = [.. Encoding.ASCII.GetBytes("Exif"), 0, 0, .. tiff];
            bytes.AddRange([0xFF, 0xE1, (byte)((app1.Length + 2) >> 8), (byte)(app1.Length + 2), .. app1]);
        }

        bytes.AddRange([0xFF, 0xC0, 0, 17, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        return [.. BigEndian(data.Length), .. typed, .. BigEndian((int)Crc32(typed))];
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] LittleEndian(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];

    /// <summary>PNG's CRC-32 (ISO 3309, reflected 0xEDB88320).</summary>
    private static uint Crc32(IEnumerable<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
