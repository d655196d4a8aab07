using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using ContentGen.Generator.Helpers;
using ContentGen.Shared;

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

    /// <summary>Two bytes as they are, least significant first.</summary>
    public void UInt16(ushort value)
    {
        Ensure(2);
        _buffer[Length++] = (byte)value;
        _buffer[Length++] = (byte)(value >> 8);
    }

    public void UInt32(uint value)
    {
        UInt16((ushort)value);
        UInt16((ushort)(value >> 16));
    }

    /// <summary>Continues a chunk's stamp over the bytes written so far.</summary>
    public uint Stamp(uint stamp) => PayloadFormat.Stamp(stamp, _buffer, 0, Length);

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
/// A payload as a string literal's characters (<see cref="PayloadFormat"/>): a header (stored or
/// deflated, and the stream's length), the stream, then 15 bits a character in U+4000-U+BFFF:
/// characters that need no escape in a C# literal, are never surrogates or line breaks, and cost
/// the compiler what an ordinary string literal costs (docs/performance.md, "Storage design").
/// </summary>
internal static class Packing
{
    public static string Pack(byte[] data, int length)
    {
        using var packed = new MemoryStream(length <= PayloadFormat.StoreLimit ? length + 8 : (length / 3) + 64);
        bool store = length <= PayloadFormat.StoreLimit;
        packed.WriteByte(store ? PayloadFormat.Stored : PayloadFormat.Deflated);
        for (ulong value = (uint)length; ; value >>= 7)
        {
            packed.WriteByte((byte)(value < 0x80 ? value : value | 0x80));
            if (value < 0x80)
            {
                break;
            }
        }

        if (store)
        {
            packed.Write(data, 0, length);
        }
        else
        {
            using var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true);
            deflate.Write(data, 0, length);
        }

        return PayloadFormat.Pack(packed.GetBuffer(), (int)packed.Length);
    }
}
