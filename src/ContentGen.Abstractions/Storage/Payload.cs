using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Reads what the generator wrote (<see cref="PayloadFormat"/>): a header saying whether the
/// stream is stored or deflated and how long it is, the stream, all packed 15 bits to a character
/// into ordinary string literals, so the compiler sees the compressed size of the content, not its
/// text (docs/performance.md).
/// </summary>
internal static class Payload
{
    /// <summary>
    /// The generated code and this library must agree on the payload format before anything is
    /// decoded: every generated catalog passes the version it was written in.
    /// </summary>
    /// <param name="formatVersion">The version the generated class passed.</param>
    /// <param name="generated">The generated class: its assembly names the content.</param>
    public static void EnsureFormat(int formatVersion, Type generated)
    {
        if (formatVersion != PayloadFormat.Version)
        {
            throw FormatMismatch(formatVersion, generated);
        }
    }

    /// <summary>
    /// The bytes of a payload written in segments (an index, <c>Articles.All</c>'s places), each
    /// its own literal ending with <see cref="PayloadFormat.EndMarker"/>, concatenated by the
    /// generated code: the segments' bytes one after another.
    /// </summary>
    public static byte[] InflateSegments(string packed)
    {
        int marker = packed.IndexOf(PayloadFormat.EndMarker);
        if (marker < 0 || marker == packed.Length - 1)
        {
            return Inflate(packed);
        }

        var segments = new List<byte[]>();
        int total = 0;
        for (int start = 0; start < packed.Length;)
        {
            int end = packed.IndexOf(PayloadFormat.EndMarker, start);
            end = end < 0 ? packed.Length : end;
            byte[] segment = Inflate(packed.Substring(start, end - start));
            segments.Add(segment);
            total += segment.Length;
            start = end + 1;
        }

        byte[] bytes = new byte[total];
        int at = 0;
        foreach (byte[] segment in segments)
        {
            segment.CopyTo(bytes, at);
            at += segment.Length;
        }

        return bytes;
    }

    /// <summary>The payload's bytes, exactly as the generator wrote them; empty for an empty literal.</summary>
    /// <remarks>
    /// The deflated case is a method of its own: compiling this one then loads neither the
    /// compression assembly nor its native library, which a small site, whose payloads are all
    /// stored, never needs (the JIT resolves every type a method names when it compiles it, taken
    /// branch or not; docs/performance.md, "First use").
    /// </remarks>
    public static byte[] Inflate(string packed)
    {
        if (packed.Length == 0)
        {
            return [];
        }

        byte[] bytes = PayloadFormat.Unpack(packed);
        var header = new PayloadReader(bytes);
        byte encoding = header.Byte();
        int length = header.Int();
        int start = header.Position;
        return encoding switch
        {
            PayloadFormat.Stored => bytes.AsSpan(start, length).ToArray(),
            PayloadFormat.Deflated => Deflated(bytes, start, length),
            _ => throw UnknownEncoding(encoding),
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] Deflated(byte[] bytes, int start, int length)
    {
        byte[] result = new byte[length];
        using var input = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        deflate.ReadExactly(result);
        return result;
    }

    // The messages are built apart from the checks above: a method's first compilation costs
    // about as much as its IL, and these run once, if ever.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidOperationException FormatMismatch(int formatVersion, Type generated)
    {
        string content = generated.Assembly.GetName().Name ?? "?";
        string library = typeof(Payload).Assembly.GetName().Version?.ToString(3) ?? "?";
        return new InvalidOperationException(
            $"The content compiled into '{content}' is in ContentGen payload format {formatVersion}, but this ContentGen.Abstractions ({library}) reads format {PayloadFormat.Version}. " +
            $"The generator and the runtime library come from one package: update the ContentGen package to the same version in '{content}' and in the application that references it, then rebuild.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidDataException UnknownEncoding(byte encoding) =>
        new($"A ContentGen payload starts with {encoding}, which is neither stored ({PayloadFormat.Stored}) nor deflated ({PayloadFormat.Deflated}).");
}

/// <summary>UTF-8 to strings, cheap from the first call of a process.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// Bytes decoded by the scalar loop before the framework's decoder takes over. The framework's
    /// vectorized decoder costs 3-7 ms on its first call in a fresh process (measured: its code is
    /// compiled then); this loop costs 0.3 ms and decodes these 256 KB in about 1 ms, so a small
    /// read never pays that start and a large one soon stops paying the slower loop.
    /// </summary>
    private const int ScalarBudget = 256 * 1024;

    private static int s_scalarBytes;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (Volatile.Read(ref s_scalarBytes) < ScalarBudget)
        {
            Interlocked.Add(ref s_scalarBytes, bytes.Length);
            return Scalar(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Well-formed UTF-8, as the generator writes it (a lone surrogate was already replaced when it
    /// encoded); a truncated sequence throws, as a corrupt payload should.
    /// </summary>
    private static string Scalar(ReadOnlySpan<byte> bytes)
    {
        char[] chars = new char[bytes.Length];
        int count = 0;
        for (int i = 0; i < bytes.Length;)
        {
            uint b = bytes[i];
            if (b < 0x80)
            {
                chars[count++] = (char)b;
                i++;
            }
            else if (b < 0xE0)
            {
                chars[count++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3Fu));
                i += 2;
            }
            else if (b < 0xF0)
            {
                chars[count++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3Fu) << 6) | (bytes[i + 2] & 0x3Fu));
                i += 3;
            }
            else
            {
                uint scalar = (((b & 0x07) << 18) | ((bytes[i + 1] & 0x3Fu) << 12) | ((bytes[i + 2] & 0x3Fu) << 6) | (bytes[i + 3] & 0x3Fu)) - 0x10000;
                chars[count++] = (char)(0xD800 + (scalar >> 10));
                chars[count++] = (char)(0xDC00 + (scalar & 0x3FF));
                i += 4;
            }
        }

        return new string(chars, 0, count);
    }
}

/// <summary>A forward reader over decoded payload bytes: LEB128 varints, zig-zag signed numbers, length-prefixed UTF-8.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>A field: a property's accessors would be two more methods to compile on a process's first read.</summary>
    public int Position;

    public readonly bool AtEnd => Position >= _bytes.Length;

    public byte Byte() => _bytes[Position++];

    public ushort UInt16()
    {
        ushort value = (ushort)(_bytes[Position] | (_bytes[Position + 1] << 8));
        Position += 2;
        return value;
    }

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
        string value = Utf8Text.Decode(_bytes.Slice(Position, length));
        Position += length;
        return value;
    }

    /// <summary>Moves past a length-prefixed string without decoding it.</summary>
    public void SkipString()
    {
        int length = Int();
        Position += length;
    }

    /// <summary>Moves past a count, then that many strings.</summary>
    public void SkipStrings()
    {
        for (int count = Int(); count > 0; count--)
        {
            SkipString();
        }
    }

    /// <summary>A text written by the generator's <c>PayloadWriter.Text</c>: a span of <paramref name="html"/>, read as words, or the text itself.</summary>
    public string Text(string html)
    {
        ulong tag = Varint();
        if ((tag & 1) != 0)
        {
            return HtmlText.Of(html, checked((int)(tag >> 1)), Int());
        }

        int length = checked((int)(tag >> 1));
        string value = Utf8Text.Decode(_bytes.Slice(Position, length));
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
