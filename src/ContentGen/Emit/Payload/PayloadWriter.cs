using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Emit.Payload;

/// <summary>
/// Builds payload bytes: LEB128 varints, zig-zag signed numbers, length-prefixed UTF-8. The runtime's
/// <c>ContentGen.Storage.PayloadReader</c> reads them back; docs/performance.md ("Payload format") has the layout.
/// </summary>
internal sealed class PayloadWriter
{
    private byte[] _buffer;

    public PayloadWriter(int capacity = 256) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void Varint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    public void Int(int value) => Varint(checked((uint)value));

    public void ZigZag(long value) => Varint((ulong)((value << 1) ^ (value >> 63)));

    public void String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Ensure(length);
        Length += Encoding.UTF8.GetBytes(value, 0, value.Length, _buffer, Length);
    }

    /// <summary>
    /// A text the runtime may read from the article's HTML: a span of it (odd tag: start, then
    /// length) when <paramref name="start"/> is not -1, else the text itself (even tag: its UTF-8 length).
    /// </summary>
    public void Text(string text, int start, int length)
    {
        if (start >= 0)
        {
            Varint(((ulong)(uint)start << 1) | 1);
            Int(length);
            return;
        }

        int bytes = Encoding.UTF8.GetByteCount(text);
        Varint((ulong)(uint)bytes << 1);
        Ensure(bytes);
        Length += Encoding.UTF8.GetBytes(text, 0, text.Length, _buffer, Length);
    }

    public void Bytes(byte[] bytes) => Bytes(bytes, 0, bytes.Length);

    public void Bytes(byte[] bytes, int start, int count)
    {
        Ensure(count);
        Buffer.BlockCopy(bytes, start, _buffer, Length, count);
        Length += count;
    }

    public void Bytes(PayloadWriter other) => Bytes(other._buffer, 0, other.Length);

    public void Bytes(EquatableArray<byte> bytes)
    {
        Ensure(bytes.Count);
        bytes.AsSpan().CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Count;
    }

    public EquatableArray<byte> ToArray() => new(System.Collections.Immutable.ImmutableArray.Create(_buffer, 0, Length));

    /// <summary>Compresses what was written and packs it into a string literal's characters.</summary>
    public string Pack() => Packing.Pack(_buffer, Length);

    private void Ensure(int extra)
    {
        if (Length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
        }
    }
}

/// <summary>
/// Raw deflate, then 15 bits a character in U+4000-U+BFFF: characters that need no escape in a C#
/// literal, are never surrogates or line breaks, and cost the compiler what an ordinary string
/// literal costs (docs/performance.md, "Storage design").
/// </summary>
internal static class Packing
{
    public const char Base = '\u4000';

    public static string Pack(byte[] data, int length)
    {
        using var compressed = new MemoryStream((length / 3) + 64);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data, 0, length);
        }

        return Chars(compressed.GetBuffer(), (int)compressed.Length);
    }

    /// <summary>Each character carries the next 15 bits, least significant first; the last is zero-padded.</summary>
    public static string Chars(byte[] bytes, int length)
    {
        var chars = new char[(int)(((long)length * 8 + 14) / 15)];
        int count = 0;
        uint buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++)
        {
            buffer |= (uint)bytes[i] << bits;
            bits += 8;
            if (bits >= 15)
            {
                chars[count++] = (char)(Base + (buffer & 0x7FFF));
                buffer >>= 15;
                bits -= 15;
            }
        }

        if (bits > 0)
        {
            chars[count++] = (char)(Base + (buffer & 0x7FFF));
        }

        return new string(chars, 0, count);
    }
}
