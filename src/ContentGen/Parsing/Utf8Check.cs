using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// Whether the compiler decoded a content file from valid UTF-8, and if not, where its first
/// bad byte is (CG0023).
/// </summary>
/// <remarks>
/// The compiler (Roslyn's <c>EncodedStringText</c>) decodes a file without a byte order mark
/// with a strict UTF-8 (<c>throwOnInvalidBytes: true</c>), so a text that carries that encoding
/// is exact. Only when that throws does it fall back: on .NET (the SDK's <c>dotnet build</c>) to
/// <see cref="Encoding.Default"/>, a UTF-8 that puts U+FFFD for each invalid byte; on .NET
/// Framework (Visual Studio) to the ANSI code page, such as Windows-1252, which turns every byte
/// into some letter. A byte order mark selects <see cref="Encoding.UTF8"/>, which also replaces
/// invalid bytes. The text keeps the encoding it was decoded with, and the checksum of the bytes
/// as they were read: that is what tells a U+FFFD written in the file from one the decoder put
/// there. An in-memory text (no encoding) is taken as it is.
/// </remarks>
internal static class Utf8Check
{
    /// <summary>CG0023 at the first byte of <paramref name="text"/> that is not UTF-8, or null when the text is what its bytes say in UTF-8.</summary>
    public static DiagnosticInfo? Check(SourceText text, ContentFile file) => Check(text, file.Path, file.SourcePath);

    /// <summary>CG0023 at the first byte of <paramref name="text"/> that is not UTF-8 (a content or data file at <paramref name="path"/>), or null.</summary>
    public static DiagnosticInfo? Check(SourceText text, string path, string sourcePath)
    {
        Encoding? encoding = text.Encoding;
        if (encoding is null || encoding.DecoderFallback is DecoderExceptionFallback)
        {
            return null;
        }

        return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001
            ? Replaced(text, (path, sourcePath), encoding)
            : OtherEncoding(text, (path, sourcePath), encoding);
    }

    /// <summary>
    /// A Unicode encoding that replaces what it cannot decode: the text was exact unless it holds a
    /// U+FFFD that the bytes did not (the re-encoded text no longer matches their checksum).
    /// </summary>
    private static DiagnosticInfo? Replaced(SourceText text, (string Path, string SourcePath) file, Encoding encoding)
    {
        int first = TextArticleParser.IndexOf(text, '\uFFFD');
        if (first < 0 || ReadsBack(text, encoding))
        {
            return null;
        }

        // The bytes are gone: the first U+FFFD is the first bad byte, unless one is also written
        // literally before it (docs/diagnostics.md#cg0023).
        return Report(text, file, first, "the compiler replaced a byte here that is not UTF-8 with U+FFFD");
    }

    /// <summary>A code page the compiler fell back to (or was told to use): the bytes are its encoding of the text, read again as UTF-8.</summary>
    private static DiagnosticInfo? OtherEncoding(SourceText text, (string Path, string SourcePath) file, Encoding encoding)
    {
        string decoded = text.ToString();
        byte[] bytes = encoding.GetBytes(decoded);
        string asUtf8;
        try
        {
            asUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int at = CharIndex(decoded, encoding, ex.Index);
            string value = ex.BytesUnknown is { Length: > 0 } unknown ? "byte 0x" + unknown[0].ToString("X2", CultureInfo.InvariantCulture) : "a byte";
            return Report(text, file, at, $"{value} here is not UTF-8, and the compiler read the file as {encoding.WebName}, which changes its letters");
        }

        // Valid UTF-8 read with another code page (a project's CodePage): the same only if it is ASCII.
        int differs = 0;
        while (differs < decoded.Length && differs < asUtf8.Length && decoded[differs] == asUtf8[differs])
        {
            differs++;
        }

        return differs == decoded.Length && differs == asUtf8.Length
            ? null
            : Report(text, file, Math.Min(differs, decoded.Length - 1), $"the compiler read this UTF-8 file as {encoding.WebName}, which changes its letters from here");
    }

    /// <summary>Whether the text, encoded again as it was decoded (with the byte order mark it had), gives the bytes the compiler read.</summary>
    private static bool ReadsBack(SourceText text, Encoding encoding)
    {
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
        SourceText again = SourceText.From(bytes, bytes.Length, encoding, text.ChecksumAlgorithm);
        return again.GetChecksum().SequenceEqual(text.GetChecksum());
    }

    /// <summary>The character that byte <paramref name="byteIndex"/> of the text's encoding belongs to.</summary>
    private static int CharIndex(string text, Encoding encoding, int byteIndex)
    {
        if (encoding.IsSingleByte)
        {
            return Math.Min(byteIndex, text.Length - 1);
        }

        int bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            bytes += encoding.GetByteCount(text.ToCharArray(i, width));
            if (bytes > byteIndex)
            {
                return i;
            }

            i += width - 1;
        }

        return text.Length - 1;
    }

    private static DiagnosticInfo Report(SourceText text, (string Path, string SourcePath) file, int at, string what) =>
        DiagnosticInfo.Create(Descriptors.NotUtf8, LocationInfo.Of(file.Path, text, new TextSpan(at, 1)), file.SourcePath, what);
}
