using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ContentGen.Shared;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: one article's record in its bucket's heads. Creating an article reads
/// its fixed fields and finds where the others are, decoding no text: its slug, title, metadata,
/// links and backlinks are decoded when first read, its body (paragraphs, links, headings, HTML)
/// when first read from its chunk.
/// </summary>
/// <remarks>The payload format is <c>src/Shared/PayloadFormat.cs</c> (docs/performance.md, "Payload format").</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleData : IContentResolver
{
    private readonly int _valuesStart;
    private readonly int _valuesLength;
    private readonly int _slugAt;
    private readonly int _metadataAt;
    private readonly int _linksAt;
    private readonly int _headingsAt;
    private readonly int _linkedFromAt;
    private readonly int _leadAt;
    private string? _slug;
    private string? _title;
    private string? _sourcePath;
    private LinkSlot[]? _links;

    internal ArticleData(BucketState bucket, int slot)
    {
        Bucket = bucket;
        Slot = slot;
        var reader = new PayloadReader(bucket.Heads) { Position = bucket.Starts[slot] };
        reader.Int(); // its key: the bucket found this record by it
        Chunk = reader.Int();
        BodyOffset = reader.Int();
        BodyLength = reader.Int();
        Flags = (HeadFlags)reader.Int();
        WordCount = reader.Int();
        ParagraphCount = reader.Int();
        if ((Flags & HeadFlags.Published) != 0)
        {
            long ticks = reader.ZigZag();
            Published = new DateTimeOffset(ticks, TimeSpan.FromMinutes(reader.ZigZag()));
        }

        _valuesLength = reader.Int();
        _valuesStart = reader.Position;
        reader.Position += _valuesLength;

        // Where each later field starts, found by skipping: nothing is decoded until it is read.
        _slugAt = reader.Position;
        reader.SkipString();
        reader.SkipString();
        reader.SkipString();
        _leadAt = reader.Position;
        if ((Flags & HeadFlags.LeadText) != 0)
        {
            reader.SkipString();
        }
        else if ((Flags & HeadFlags.LeadHtml) != 0)
        {
            reader.SkipString();
            reader.Int();
            reader.Int();
        }

        _metadataAt = reader.Position;
        reader.SkipStrings();
        if ((Flags & HeadFlags.Source) != 0)
        {
            reader.SkipString();
        }

        reader.SkipStrings();
        if ((Flags & HeadFlags.Summary) != 0)
        {
            reader.SkipString();
        }

        for (int extras = reader.Int(); extras > 0; extras--)
        {
            reader.SkipString();
            reader.SkipString();
        }

        _linksAt = reader.Position;
        int links = reader.Int();
        LinkCount = links;
        for (int i = 0; i < links; i++)
        {
            var info = (LinkFlags)reader.Byte();
            reader.Varint();
            if ((info & LinkFlags.Target) != 0)
            {
                reader.Varint();
                reader.Varint();
                reader.Varint();
            }
        }

        _headingsAt = reader.Position;
        int headings = reader.Int();
        reader.Position += headings;

        // The record ends here; its linked-from list follows, prefixed by its length.
        reader.Int();
        _linkedFromAt = reader.Position;
    }

    // The record's fixed fields are fields, not properties: in a fresh process each getter would
    // be compiled on first use like any method (docs/performance.md, "First use").

    /// <summary>The typed front matter of a collection article, in the order of the collection type's properties.</summary>
    public ArticleValues Values => new(this, new ReadOnlySpan<byte>(Bucket.Heads, _valuesStart, _valuesLength));

    internal readonly BucketState Bucket;

    internal ArticleCatalog Catalog => Bucket.Catalog;

    /// <summary>The catalog state the article was created from: a hot reload replaces it, and this article keeps reading its own.</summary>
    internal CatalogState State => Bucket.State;

    internal readonly int Slot;

    internal readonly HeadFlags Flags;

    internal bool HasHtml => (Flags & HeadFlags.Html) != 0;

    internal readonly int WordCount;

    internal readonly int ParagraphCount;

    internal readonly int LinkCount;

    internal readonly DateTimeOffset? Published;

    internal readonly int Chunk;

    internal readonly int BodyOffset;

    internal readonly int BodyLength;

    /// <remarks>Decoded on first read; a race decodes it twice and both results are equal.</remarks>
    internal string Slug => _slug ??= StringAt(_slugAt, skip: 0);

    internal string Title => _title ??= StringAt(_slugAt, skip: 1);

    internal string SourcePath => _sourcePath ??= StringAt(_slugAt, skip: 2);

    /// <summary>The first paragraph, when the head holds it (<see cref="HeadFlags.LeadText"/>).</summary>
    internal string LeadText => StringAt(_leadAt, skip: 0);

    /// <summary>The HTML up to the end of the first paragraph, and the paragraph's span in it (<see cref="HeadFlags.LeadHtml"/>).</summary>
    internal (string Html, int Start, int Length) LeadHtml()
    {
        var reader = new PayloadReader(Bucket.Heads) { Position = _leadAt };
        string html = reader.String();
        int start = reader.Int();
        return (html, start, reader.Int());
    }

    /// <summary>What the heads say about each link; its text is in the body.</summary>
    internal LinkSlot[] Links
    {
        get
        {
            if (Volatile.Read(ref _links) is { } links)
            {
                return links;
            }

            var reader = new PayloadReader(Bucket.Heads) { Position = _linksAt };
            links = new LinkSlot[reader.Int()];
            for (int i = 0; i < links.Length; i++)
            {
                var info = (LinkFlags)reader.Byte();
                int paragraph = (int)reader.ZigZag();
                ArticleRef? target = (info & LinkFlags.Target) != 0 ? ArticleRef.Read(ref reader) : null;
                links[i] = new LinkSlot((info & LinkFlags.Inline) != 0 ? LinkKind.Inline : LinkKind.Related, paragraph, (info & LinkFlags.Url) != 0, (info & LinkFlags.Relative) != 0, target);
            }

            return Interlocked.CompareExchange(ref _links, links, null) ?? links;
        }
    }

    internal byte[] HeadingLevels()
    {
        var reader = new PayloadReader(Bucket.Heads) { Position = _headingsAt };
        return reader.Bytes(reader.Int()).ToArray();
    }

    internal ArticleRef[] LinkedFrom()
    {
        var reader = new PayloadReader(Bucket.Heads) { Position = _linkedFromAt };
        var sources = new ArticleRef[reader.Int()];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = ArticleRef.Read(ref reader);
        }

        return sources;
    }

    /// <summary>The front matter's metadata; the summary defaults to the first paragraph, which the head holds when it is needed.</summary>
    internal ArticleMetadata Metadata()
    {
        var reader = new PayloadReader(Bucket.Heads) { Position = _metadataAt };
        string[] authors = Strings(ref reader);
        string? source = (Flags & HeadFlags.Source) != 0 ? reader.String() : null;
        string[] tags = Strings(ref reader);
        string? summary = (Flags & HeadFlags.Summary) != 0 ? reader.String() : null;
        int extras = reader.Int();
        Dictionary<string, string>? extra = null;
        if (extras > 0)
        {
            extra = new Dictionary<string, string>(extras, StringComparer.Ordinal);
            for (int i = 0; i < extras; i++)
            {
                extra[reader.String()] = reader.String();
            }
        }

        if ((Flags & HeadFlags.LeadText) != 0)
        {
            summary = LeadText;
        }
        else if ((Flags & HeadFlags.LeadHtml) != 0)
        {
            (string html, int start, int length) = LeadHtml();
            summary = HtmlText.Of(html, start, length);
        }

        return new ArticleMetadata(Published, authors, source, tags, summary, (Flags & HeadFlags.Draft) != 0, extra);
    }

    internal Article? Resolve(ArticleRef target) => Catalog.ResolveRef(target);

    Article? IContentResolver.Resolve(ArticleRef target) => Catalog.ResolveRef(target);

    object? IContentResolver.ResolveEntry(int collection, string id) => Catalog.ResolveEntryRef(collection, id);

    private string StringAt(int position, int skip)
    {
        var reader = new PayloadReader(Bucket.Heads) { Position = position };
        for (int i = 0; i < skip; i++)
        {
            reader.SkipString();
        }

        return reader.String();
    }

    private static string[] Strings(ref PayloadReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return [];
        }

        string[] values = new string[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = reader.String();
        }

        return values;
    }
}

/// <summary>What the heads say about one link; its text is in the body.</summary>
internal readonly record struct LinkSlot(LinkKind Kind, int ParagraphIndex, bool HasUrl, bool IsRelative, ArticleRef? Target);
