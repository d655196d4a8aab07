using System;

namespace ContentGen.Shared;

/// <summary>
/// The contract between the generator, which writes a project's content and data as packed string
/// literals (<c>src/ContentGen/Emit/Payload</c>), and the runtime library, which reads it
/// (<c>src/ContentGen.Abstractions/Storage</c>): this file is compiled into both, so the two
/// cannot disagree on a constant, a flag or the order of a record's fields
/// (docs/performance.md, "Payload format").
/// </summary>
/// <remarks>
/// <para>Every payload is a byte stream of LEB128 varints, zig-zag signed numbers and
/// length-prefixed UTF-8, preceded by a header (<see cref="Stored"/> or <see cref="Deflated"/>,
/// then the length of the stream) and packed <see cref="BitsPerChar"/> bits to a character.</para>
/// <para>An article is named everywhere (generated properties, links, backlinks, references,
/// indexes) by its collection, bucket and <b>key</b>: 14 bits of its identifier's hash, the next
/// free number when two identifiers of a bucket want the same (the first by source path keeps it).
/// Adding or deleting an article changes no other article's key, so no record that names one.</para>
/// <para>Some payloads are written in <b>segments</b>, each its own literal ending with
/// <see cref="EndMarker"/>, concatenated by the generated method the runtime calls: the reader
/// inflates each and reads their bytes one after another, each segment being its count, then its
/// entries. A hot reload then resends the segments that changed, not the whole payload.</para>
/// <para>A bucket's <b>heads</b>, one segment per chunk: the record count, then each record of the
/// chunk's articles (in source-path order) prefixed by its length, its fields in this order: key;
/// chunk, offset and length of the article's body; <see cref="HeadFlags"/>; word count;
/// paragraph count; published (ticks, offset minutes) when <see cref="HeadFlags.Published"/>;
/// the collection values (length, bytes: <see cref="ValueTag"/> per property); slug; title;
/// source path; the lead when <see cref="HeadFlags.LeadText"/> (the first paragraph) or
/// <see cref="HeadFlags.LeadHtml"/> (the HTML up to the end of the first paragraph, then the
/// paragraph's start and length in it); authors (count, strings); source when
/// <see cref="HeadFlags.Source"/>; tags (count, strings); summary when
/// <see cref="HeadFlags.Summary"/>; extra metadata (count, key and value strings); links (count,
/// then per link <see cref="LinkFlags"/>, paragraph index as zig-zag, and the target's collection,
/// bucket and key when <see cref="LinkFlags.Target"/>); heading levels (count, bytes). After each
/// record, outside it and its length, the length of its linked-from list, then the list (count,
/// then collection, bucket and key of each article that links to it).</para>
/// <para>A <b>chunk</b>: the bodies of consecutive articles of a bucket; a chunk ends after an
/// article with the chance of its body's size in 128 KB, decided by its identifier's hash, so that
/// an added article moves no other boundary. A body: its
/// <see cref="GuardOf"/> (two bytes), the HTML (Markdown only; without its lead when
/// <see cref="HeadFlags.LeadHtml"/>), the paragraphs (without the first when the head holds the
/// lead), each link's text and destination, each heading's text and id. A text is either inline
/// (tag: UTF-8 length &lt;&lt; 1) or a span of the whole HTML (tag: start &lt;&lt; 1 | 1, then its length).
/// After the bodies, the chunk's <see cref="Stamp"/> (four bytes, little-endian).</para>
/// <para>The <b>index</b> of a collection, in segments (a segment ends after an article whose slug
/// hashes to a multiple of 256): the count, then bucket, key and slug of each article in
/// source-path order.</para>
/// <para>The <b>values</b> of a collection article's front matter (in its head) or of a data entry:
/// for each supported property of the type, by name (ordinal), a <see cref="ValueTag"/>, then,
/// after <see cref="ValueTag.Value"/>, the value: for a list, its count, then each item. An item
/// is a scalar (string, bool byte, zig-zag numbers, double bits, decimal's four parts, day number,
/// ticks, ticks and offset minutes, 16 GUID bytes, an image's path, width, height, format and URL),
/// an article (collection, bucket and key), a data entry (its data collection's number, then its
/// id), or a nested record: its own properties' values, the same way.</para>
/// <para>The <b>places</b> of every article of the project (<c>Articles.All</c>), in segments as
/// the index: the count, then collection, bucket, key and slug of each article in source-path
/// order.</para>
/// <para>A data collection's <b>entries</b>: the count, then for each entry in <c>All</c> order its
/// id, and the length and bytes of its values.</para>
/// <para>A backward <b>lookup</b> (one per reference property): the count of targets, then each
/// target's key (an entry's id or an article's slug), its count of sources, and their positions in
/// the source collection's <c>All</c>, ascending, each as the difference from the one before.</para>
/// <para>A taxonomy's <b>terms</b>: the count, then each term's name, slug, count of articles and
/// their positions in the collection's <c>All</c>, as a lookup's. After the default collection's
/// taxonomies, <c>Articles.Newest</c>: the count, then each dated article's position in
/// <c>Articles.All</c>, newest first.</para>
/// </remarks>
internal static class PayloadFormat
{
    /// <summary>
    /// The format the generator writes and the runtime reads. Every generated catalog (of articles,
    /// of every article, of data entries, of lookups, of taxonomies) passes it to its base class;
    /// the runtime checks it before it decodes anything. Version 1 was the unversioned format of
    /// ContentGen 0.1 before the read path of issue #23. The site model (issue #21) added payloads
    /// to version 2 before it was released, and left the heads, chunks and index as they were: only
    /// types a reader of those never had read the new payloads, so no reader misreads them.
    /// Version 3 added the chunk stamps (<see cref="Stamp"/>). Version 4 names articles by key
    /// instead of slot (a record starts with its key), cuts chunks by their articles' hashes, moves
    /// the linked-from lists out of the stamped records, and writes the heads (one segment per
    /// chunk), the index and the places in segments. Version 5 names a taxonomy's articles and
    /// <c>Articles.Newest</c>'s by place (collection, bucket, key) instead of position in <c>All</c>,
    /// and writes both in segments.
    /// </summary>
    public const int Version = 5;

    /// <summary>Buckets per collection: a stable hash of the identifier picks one (docs/performance.md).</summary>
    public const int Buckets = 64;

    /// <summary>The first character value of a packed payload: U+4000-U+BFFF need no escape in a C# literal, and are never surrogates or line breaks.</summary>
    public const char PackBase = '\u4000';

    /// <summary>Bits each packed character carries, least significant first.</summary>
    public const int BitsPerChar = 15;

    /// <summary>
    /// Written after the packed characters of every literal (as the escape <c>\uD800</c>), skipped
    /// by <see cref="Unpack"/>: a lone surrogate has no UTF-8 form, so when a hot reload fills the
    /// user-string heap the compiler reports CS9315 instead of moving the literal to a data-section
    /// field, which the .NET 10 runtime fails to apply (docs/performance.md, "Why updates failed
    /// at 10,000 posts").
    /// </summary>
    public const char EndMarker = '\uD800';

    /// <summary>Header byte: the stream follows as it is.</summary>
    public const byte Stored = 0;

    /// <summary>Header byte: a raw deflate stream follows.</summary>
    public const byte Deflated = 1;

    /// <summary>
    /// Streams up to this many bytes are stored, not deflated: a small site's first read then
    /// never loads the inflater (its first use costs 2-3 ms in a fresh process), and the literals
    /// of a small site cost the string heap little either way (docs/performance.md, "Run time").
    /// </summary>
    public const int StoreLimit = 4096;

    /// <summary>
    /// The two bytes a body starts with, derived from its article's slug: a reader that finds other
    /// bytes there is reading a chunk that changed under it (a hot reload was applied and its
    /// handler has not run yet), and starts again from the new content instead of decoding garbage.
    /// </summary>
    public static ushort GuardOf(string slug)
    {
        uint hash = 2166136261;
        foreach (char c in slug)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (ushort)(hash ^ (hash >> 16));
    }

    /// <summary>Where every chunk's stamp starts.</summary>
    public const uint StampSeed = 2166136261;

    /// <summary>
    /// Continues a chunk's stamp, the 32-bit FNV-1a hash of the records (without their length
    /// prefixes, and without the linked-from lists that follow them) of the chunk's articles in
    /// record order. A chunk ends with the stamp of the records
    /// it was written with, so a reader whose records differ knows that a hot reload changed the
    /// payload under it (their offsets and counts mean nothing in this chunk) and starts again. The
    /// stamp depends on the records only: an edit that keeps every record (same length, same lead,
    /// same counts) changes its chunk's literal and nothing else, and old records read the new
    /// chunk correctly.
    /// </summary>
    public static uint Stamp(uint stamp, byte[] bytes, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            stamp = unchecked((stamp ^ bytes[i]) * 16777619);
        }

        return stamp;
    }

    /// <summary>Bytes packed into characters, <see cref="BitsPerChar"/> at a time; the last character is zero-padded.</summary>
    public static string Pack(byte[] bytes, int length)
    {
        char[] chars = new char[(int)((((long)length * 8) + BitsPerChar - 1) / BitsPerChar)];
        int count = 0;
        uint buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++)
        {
            buffer |= (uint)bytes[i] << bits;
            bits += 8;
            if (bits >= BitsPerChar)
            {
                chars[count++] = (char)(PackBase + (buffer & 0x7FFF));
                buffer >>= BitsPerChar;
                bits -= BitsPerChar;
            }
        }

        if (bits > 0)
        {
            chars[count++] = (char)(PackBase + (buffer & 0x7FFF));
        }

        return new string(chars, 0, count);
    }

    /// <summary>The bytes <see cref="Pack"/> packed, and up to one zero byte of padding after them.</summary>
    public static byte[] Unpack(string packed)
    {
        int chars = packed.Length > 0 && packed[packed.Length - 1] == EndMarker ? packed.Length - 1 : packed.Length;
        byte[] bytes = new byte[(int)((long)chars * BitsPerChar / 8)];
        int count = 0;
        uint buffer = 0;
        int bits = 0;
        for (int i = 0; i < chars; i++)
        {
            buffer |= (uint)(packed[i] - PackBase) << bits;
            bits += BitsPerChar;
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

/// <summary>What a head record holds beyond its fixed fields (see <see cref="PayloadFormat"/>).</summary>
[Flags]
internal enum HeadFlags
{
    /// <summary>A Markdown article: its body starts with its HTML.</summary>
    Html = 1,

    /// <summary>The front matter has a publication date.</summary>
    Published = 2,

    /// <summary>The front matter marks a draft.</summary>
    Draft = 4,

    /// <summary>The front matter names a source.</summary>
    Source = 8,

    /// <summary>The front matter has a summary.</summary>
    Summary = 16,

    /// <summary>
    /// No summary, and the first paragraph (the summary's default) is in the head instead of the
    /// body, as its text: <c>Metadata</c> never inflates a body, and the text is stored once.
    /// </summary>
    LeadText = 32,

    /// <summary>
    /// No summary, and the HTML up to the end of the first paragraph is in the head instead of the
    /// body, followed by the paragraph's start and length in it.
    /// </summary>
    LeadHtml = 64,
}

/// <summary>What a head says about one link (see <see cref="PayloadFormat"/>).</summary>
[Flags]
internal enum LinkFlags
{
    /// <summary>An inline link; else a related one.</summary>
    Inline = 1,

    /// <summary>Its destination is a URL the runtime exposes as <c>Link.Url</c>.</summary>
    Url = 2,

    /// <summary>That URL is relative.</summary>
    Relative = 4,

    /// <summary>It resolves to an article: its collection, bucket and key follow.</summary>
    Target = 8,
}

/// <summary>The tag before each collection property's value (see <see cref="PayloadFormat"/>).</summary>
internal enum ValueTag
{
    /// <summary>The front matter does not set it: the property keeps its initializer.</summary>
    Unset = 0,

    /// <summary>Null.</summary>
    Null = 1,

    /// <summary>A value follows.</summary>
    Value = 2,
}
