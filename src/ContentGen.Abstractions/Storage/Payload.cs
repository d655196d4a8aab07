using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ContentGen.Storage;

/// <summary>
/// Reads what the generator wrote: raw deflate streams packed 15 bits to a character into
/// ordinary string literals (U+4000-U+BFFF: no escapes, no surrogates, no line breaks), so the
/// compiler sees the compressed size of the content, not its text (docs/performance.md).
/// </summary>
internal static class Payload
{
    private const char Base = '\u4000';

    /// <summary>Unpacks and inflates the whole stream.</summary>
    public static byte[] Inflate(string packed) => Inflate(packed, int.MaxValue);

    /// <summary>Unpacks and inflates at most <paramref name="length"/> bytes: a chunk is read only as far as the article wanted.</summary>
    public static byte[] Inflate(string packed, int length)
    {
        byte[] compressed = Unpack(packed);
        using var input = new MemoryStream(compressed, writable: false);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        if (length != int.MaxValue)
        {
            byte[] exact = new byte[length];
            deflate.ReadExactly(exact);
            return exact;
        }

        using var output = new MemoryStream(compressed.Length * 4);
        deflate.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Each character carries 15 bits, least significant first; the last one is zero-padded (deflate ignores what follows its final block).</summary>
    internal static byte[] Unpack(string packed)
    {
        byte[] bytes = new byte[(int)((long)packed.Length * 15 / 8)];
        int count = 0;
        uint buffer = 0;
        int bits = 0;
        foreach (char c in packed)
        {
            // Only U+4000-U+BFFF carry bits: the generator ends each literal with a lone surrogate
            // that keeps hot reload from moving it to a data-section field (CSharp.Packed).
            if ((uint)(c - Base) > 0x7FFF)
            {
                continue;
            }

            buffer |= (uint)(c - Base) << bits;
            bits += 15;
            while (bits >= 8 && count < bytes.Length)
            {
                bytes[count++] = (byte)buffer;
                buffer >>= 8;
                bits -= 8;
            }
        }

        return bytes;
    }
}

/// <summary>A forward reader over decoded payload bytes: LEB128 varints, zig-zag signed numbers, length-prefixed UTF-8.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Position { get; set; }

    public readonly bool AtEnd => Position >= _bytes.Length;

    public byte Byte() => _bytes[Position++];

    public ulong Varint()
    {
        ulong value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = _bytes[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }

    public int Int() => checked((int)Varint());

    public long ZigZag()
    {
        ulong raw = Varint();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public string String()
    {
        int length = Int();
        string value = length == 0 ? string.Empty : Encoding.UTF8.GetString(_bytes.Slice(Position, length));
        Position += length;
        return value;
    }

    /// <summary>A text written by the generator's <c>PayloadWriter.Text</c>: a span of <paramref name="html"/>, read as words, or the text itself.</summary>
    public string Text(string html)
    {
        ulong tag = Varint();
        if ((tag & 1) != 0)
        {
            return Shared.HtmlText.Of(html, checked((int)(tag >> 1)), Int());
        }

        int length = checked((int)(tag >> 1));
        string value = length == 0 ? string.Empty : Encoding.UTF8.GetString(_bytes.Slice(Position, length));
        Position += length;
        return value;
    }

    public ReadOnlySpan<byte> Bytes(int length)
    {
        ReadOnlySpan<byte> slice = _bytes.Slice(Position, length);
        Position += length;
        return slice;
    }
}
