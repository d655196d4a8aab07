using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ContentGen.Storage;

namespace ContentGen.Tests.Helpers;

/// <summary>
/// A readable view of the payloads in a generated source, decoded with the runtime's own reader
/// and laid out by the format in docs/performance.md ("Payload format"): the snapshots' way to
/// let a person check compressed data by eye.
/// </summary>
internal static partial class PayloadDump
{
    /// <summary>The source with every packed literal replaced by its length; the literal's end marker stays (CSharp.Packed).</summary>
    public static string Elide(string source) =>
        Packed().Replace(source, m => $"\"⟪{m.Groups["text"].Length} packed characters⟫\\uD800\"");

    public static string Dump(string source)
    {
        var dump = new StringBuilder();
        var records = new List<Record>();
        var stamps = new Dictionary<int, uint>();
        foreach (Match match in Packed().Matches(source))
        {
            string line = source[source.LastIndexOf('\n', match.Index)..match.Index].Trim();
            byte[] bytes = Payload.Inflate(match.Groups["text"].Value);
            var reader = new PayloadReader(bytes);
            string method = MethodName().Matches(source[..match.Index]).LastOrDefault()?.Groups["name"].Value ?? string.Empty;
            if (line.StartsWith("private static string I", StringComparison.Ordinal))
            {
                Index(dump, ref reader);
            }
            else if (line.StartsWith("private static string P", StringComparison.Ordinal))
            {
                Places(dump, ref reader);
            }
            else if (line.Contains("Entries()", StringComparison.Ordinal))
            {
                Entries(dump, ref reader);
            }
            else if (line.StartsWith("private static string N_", StringComparison.Ordinal))
            {
                // A segment of Articles.Newest: places, newest first.
                int count = reader.Int();
                dump.Append(Invariant($"Newest segment {line.Split(' ')[3]}: {count} places:"));
                for (int i = 0; i < count; i++)
                {
                    dump.Append(Invariant($" {Ref(ref reader)}"));
                }

                dump.Append('\n');
            }
            else if (line.StartsWith("private static string T", StringComparison.Ordinal))
            {
                Terms(dump, ref reader, line.Split(' ')[3]);
            }
            else if (method is "Lookup")
            {
                Positions(dump, ref reader, $"{method} {line.Split(' ')[0]}", terms: false);
            }
            else if (line.StartsWith("private static string H", StringComparison.Ordinal) || line.StartsWith("private const string H", StringComparison.Ordinal))
            {
                Heads(dump, ref reader, records, bytes, stamps);
            }
            else
            {
                int chunk = int.Parse(ChunkNumber().Match(line).Value, CultureInfo.InvariantCulture);
                uint stamp = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4));
                string check = stamps.TryGetValue(chunk, out uint expected) && expected == stamp ? "the stamp of its records" : "A STAMP THAT IS NOT ITS RECORDS'";
                dump.Append(Invariant($"Chunk {chunk}: {bytes.Length - 4} bytes of texts, then {check}\n"));
                foreach (Record record in records.Where(r => r.Chunk == chunk))
                {
                    Body(dump, bytes, record);
                }
            }

            dump.Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>What a record says about its article's text: where it is and what it holds.</summary>
    private sealed record Record(int Slot, int Chunk, int Offset, int Length, bool Html, int Paragraphs, int Links, int Headings, bool Lead, string LeadHtml);

    /// <summary>One article's texts: each is the text itself, or a span of the HTML, shown as the words the runtime reads from it.</summary>
    private static void Body(StringBuilder dump, byte[] chunk, Record record)
    {
        var reader = new PayloadReader(chunk.AsSpan(record.Offset, record.Length));
        dump.Append(Invariant($"  slot {record.Slot} ({record.Length} bytes at {record.Offset}, guard {reader.UInt16():x4})\n"));
        string html = record.Html ? reader.String() : string.Empty;
        if (record.Html)
        {
            dump.Append(record.LeadHtml.Length > 0 ? "    html after the lead: " : "    html: ").Append(Quote(html)).Append('\n');
        }

        // Spans index the whole HTML: the head's lead, then the body's.
        html = record.LeadHtml + html;

        for (int i = record.Lead ? 1 : 0; i < record.Paragraphs; i++)
        {
            dump.Append("    paragraph: ").Append(Text(ref reader, html)).Append('\n');
        }

        for (int i = 0; i < record.Links; i++)
        {
            dump.Append("    link: ").Append(Text(ref reader, html)).Append(" -> ").Append(Quote(reader.String())).Append('\n');
        }

        for (int i = 0; i < record.Headings; i++)
        {
            dump.Append("    heading: ").Append(Text(ref reader, html)).Append(" #").Append(reader.String()).Append('\n');
        }

        if (!reader.AtEnd)
        {
            throw new InvalidOperationException($"Text of slot {record.Slot} has bytes left.");
        }
    }

    /// <summary>A text as the runtime reads it, marked when it is a span of the HTML (an odd tag).</summary>
    private static string Text(ref PayloadReader reader, string html)
    {
        var peek = reader;
        bool span = (peek.Varint() & 1) != 0;
        return (span ? "(span) " : string.Empty) + Quote(reader.Text(html));
    }

    private static void Index(StringBuilder dump, ref PayloadReader reader)
    {
        int count = reader.Int();
        dump.Append(Invariant($"Index segment: {count} articles (bucket, key, slug)\n"));
        for (int i = 0; i < count; i++)
        {
            dump.Append(Invariant($"  {reader.Int()}, {reader.Int()}, {reader.String()}\n"));
        }
    }

    /// <summary>Articles.All: each article's place and slug.</summary>
    private static void Places(StringBuilder dump, ref PayloadReader reader)
    {
        int count = reader.Int();
        dump.Append(Invariant($"Places segment: {count} articles ((collection, bucket, key), slug)\n"));
        for (int i = 0; i < count; i++)
        {
            dump.Append(Invariant($"  {Ref(ref reader)}, {reader.String()}\n"));
        }
    }

    /// <summary>A data collection's entries: each one's id and typed values.</summary>
    private static void Entries(StringBuilder dump, ref PayloadReader reader)
    {
        int count = reader.Int();
        dump.Append(Invariant($"Entries: {count}\n"));
        for (int i = 0; i < count; i++)
        {
            string id = reader.String();
            dump.Append(Invariant($"  {id}: values {Convert.ToHexString(reader.Bytes(reader.Int()))}\n"));
        }
    }

    /// <summary>A segment of a taxonomy: each term's name, slug and its articles' places, in All order.</summary>
    private static void Terms(StringBuilder dump, ref PayloadReader reader, string method)
    {
        int count = reader.Int();
        dump.Append(Invariant($"Terms segment {method}: {count} terms (name, slug, places (collection, bucket, key))\n"));
        for (int t = 0; t < count; t++)
        {
            string name = reader.String();
            string slug = reader.String();
            var places = new string[reader.Int()];
            for (int p = 0; p < places.Length; p++)
            {
                places[p] = Ref(ref reader);
            }

            dump.Append(Invariant($"  {name}, {slug}: [{string.Join(", ", places)}]\n"));
        }
    }

    /// <summary>A backward lookup (key, positions) or a taxonomy (name, slug, positions); positions are stored as differences.</summary>
    private static void Positions(StringBuilder dump, ref PayloadReader reader, string title, bool terms)
    {
        int count = reader.Int();
        dump.Append(Invariant($"{title}: {count} {(terms ? "terms (name, slug, positions)" : "targets (key, positions)")}\n"));
        for (int i = 0; i < count; i++)
        {
            string name = reader.String();
            string slug = terms ? ", " + reader.String() : string.Empty;
            int[] positions = new int[reader.Int()];
            int position = 0;
            for (int p = 0; p < positions.Length; p++)
            {
                position += reader.Int();
                positions[p] = position;
            }

            dump.Append(Invariant($"  {name}{slug}: [{string.Join(", ", positions)}]\n"));
        }
    }

    /// <summary>The records, field by field in the order of src/Shared/PayloadFormat.cs (flags by their numbers: the tests see that file twice).</summary>
    private static void Heads(StringBuilder dump, ref PayloadReader reader, List<Record> records, byte[] heads, Dictionary<int, uint> stamps)
    {
        int count = reader.Int();
        dump.Append(Invariant($"Heads segment: {count} records\n"));
        for (int n = 0, slot = records.Count; n < count; n++, slot = records.Count)
        {
            int length = reader.Int();
            int end = reader.Position + length;
            int key = reader.Int();
            dump.Append(Invariant($"  slot {slot}, key {key} ({length} bytes)\n"));
            int chunk = reader.Int(), offset = reader.Int(), bytes = reader.Int();
            stamps[chunk] = Format.Stamp(stamps.GetValueOrDefault(chunk, Format.StampSeed), heads, end - length, length);
            int flags = reader.Int();
            int words = reader.Int();
            int paragraphs = reader.Int();
            dump.Append(Invariant($"    text: chunk {chunk}, offset {offset}, {bytes} bytes, {paragraphs} paragraphs\n"));
            dump.Append(Invariant($"    flags: html {(flags & 1) != 0}, published {(flags & 2) != 0}, draft {(flags & 4) != 0}, source {(flags & 8) != 0}, summary {(flags & 16) != 0}, lead text {(flags & 32) != 0}, lead html {(flags & 64) != 0}\n"));
            dump.Append(Invariant($"    words: {words}\n"));
            if ((flags & 2) != 0)
            {
                long ticks = reader.ZigZag();
                dump.Append("    published: ").Append(new DateTimeOffset(ticks, TimeSpan.FromMinutes(reader.ZigZag())).ToString("o", CultureInfo.InvariantCulture)).Append('\n');
            }

            int values = reader.Int();
            dump.Append("    values: ").Append(Convert.ToHexString(reader.Bytes(values))).Append('\n');
            dump.Append("    slug: ").Append(reader.String()).Append('\n');
            dump.Append("    title: ").Append(reader.String()).Append('\n');
            dump.Append("    source path: ").Append(reader.String()).Append('\n');
            string leadHtml = string.Empty;
            if ((flags & 32) != 0)
            {
                dump.Append("    lead: ").Append(Quote(reader.String())).Append('\n');
            }
            else if ((flags & 64) != 0)
            {
                string lead = leadHtml = reader.String();
                int start = reader.Int();
                dump.Append("    lead html: ").Append(Quote(lead)).Append('\n');
                dump.Append("    lead: ").Append(Quote(HtmlTextOf(lead, start, reader.Int()))).Append('\n');
            }

            dump.Append("    authors: ").Append(Strings(ref reader)).Append('\n');
            if ((flags & 8) != 0)
            {
                dump.Append("    source: ").Append(reader.String()).Append('\n');
            }

            dump.Append("    tags: ").Append(Strings(ref reader)).Append('\n');
            if ((flags & 16) != 0)
            {
                dump.Append("    summary: ").Append(reader.String()).Append('\n');
            }

            int extras = reader.Int();
            for (int i = 0; i < extras; i++)
            {
                dump.Append("    extra: ").Append(reader.String()).Append(" = ").Append(reader.String()).Append('\n');
            }

            int links = reader.Int();
            for (int i = 0; i < links; i++)
            {
                byte info = reader.Byte();
                string kind = (info & 1) != 0 ? "inline" : "related";
                string url = (info & 2) == 0 ? string.Empty : (info & 4) != 0 ? ", relative url" : ", url";
                dump.Append(Invariant($"    link {i}: {kind}, paragraph {reader.ZigZag()}{url}"));
                if ((info & 8) != 0)
                {
                    dump.Append(Invariant($", target {Ref(ref reader)}"));
                }

                dump.Append('\n');
            }

            int headings = reader.Int();
            dump.Append("    heading levels: [").Append(string.Join(", ", reader.Bytes(headings).ToArray())).Append("]\n");
            records.Add(new Record(slot, chunk, offset, bytes, (flags & 1) != 0, paragraphs, links, headings, (flags & 96) != 0, leadHtml));
            if (reader.Position != end)
            {
                throw new InvalidOperationException($"Record {slot} ends at {reader.Position}, its length says {end}.");
            }

            int listLength = reader.Int();
            int listEnd = reader.Position + listLength;
            int from = reader.Int();
            var sources = new string[from];
            for (int i = 0; i < from; i++)
            {
                sources[i] = Ref(ref reader);
            }

            dump.Append("    linked from: [").Append(string.Join(", ", sources)).Append("]\n");
            if (reader.Position != listEnd)
            {
                throw new InvalidOperationException($"The linked-from list of record {slot} ends at {reader.Position}, its length says {listEnd}.");
            }
        }
    }

    /// <summary>The runtime's own reading of a span (the tests see src/Shared in both assemblies, so by name).</summary>
    private static string HtmlTextOf(string html, int start, int length) =>
        (string)typeof(Article).Assembly.GetType("ContentGen.Shared.HtmlText", throwOnError: true)!.GetMethod("Of")!.Invoke(null, [html, start, length])!;

    private static string Ref(ref PayloadReader reader) => Invariant($"({reader.Int()}, {reader.Int()}, {reader.Int()})");

    private static string Strings(ref PayloadReader reader)
    {
        int count = reader.Int();
        var values = new string[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = reader.String();
        }

        return "[" + string.Join(", ", values) + "]";
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("[0-9]+")]
    private static partial Regex ChunkNumber();

    [GeneratedRegex("string (?<name>[A-Za-z]+)\\(")]
    private static partial Regex MethodName();

    [GeneratedRegex("\"(?<text>[\u4000-\uBFFF]+)\\\\uD800\"")]
    private static partial Regex Packed();
}
