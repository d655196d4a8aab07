using System;
using System.ComponentModel;

namespace ContentGen.Storage;

/// <summary>
/// Generated code only: one article's record, read from its bucket's heads when the article is
/// created. Scalars, metadata and link positions are here; the text (paragraphs, link texts,
/// headings, HTML) stays compressed until <see cref="Article"/> first needs it.
/// </summary>
/// <remarks>The payload format is described in docs/performance.md ("Payload format").</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleData : IContentResolver
{
    [Flags]
    private enum Flags
    {
        Html = 1,
        Published = 2,
        Draft = 4,
        Source = 8,
        Summary = 16,
    }

    private readonly byte[] _heads;
    private readonly int _valuesStart;
    private readonly int _valuesLength;

    internal ArticleData(ArticleCatalog catalog, CatalogState state, int bucket, int slot, byte[] heads, int start)
    {
        Catalog = catalog;
        State = state;
        Bucket = bucket;
        Slot = slot;
        _heads = heads;

        var reader = new PayloadReader(heads) { Position = start };
        Slug = reader.String();
        Title = reader.String();
        SourcePath = reader.String();
        WordCount = reader.Int();
        var flags = (Flags)reader.Int();
        HasHtml = (flags & Flags.Html) != 0;

        DateTimeOffset? published = null;
        if ((flags & Flags.Published) != 0)
        {
            long ticks = reader.ZigZag();
            published = new DateTimeOffset(ticks, TimeSpan.FromMinutes(reader.ZigZag()));
        }

        string[] authors = Strings(ref reader);
        string? source = (flags & Flags.Source) != 0 ? reader.String() : null;
        string[] tags = Strings(ref reader);
        string? summary = (flags & Flags.Summary) != 0 ? reader.String() : null;
        int extras = reader.Int();
        var extra = new System.Collections.Generic.Dictionary<string, string>(extras, StringComparer.Ordinal);
        for (int i = 0; i < extras; i++)
        {
            extra[reader.String()] = reader.String();
        }

        Metadata = new ArticleMetadata(published, authors, source, tags, summary, (flags & Flags.Draft) != 0, extra);

        Links = new LinkSlot[reader.Int()];
        for (int i = 0; i < Links.Length; i++)
        {
            byte info = reader.Byte();
            int paragraph = (int)reader.ZigZag();
            ArticleRef? target = (info & 8) != 0 ? ArticleRef.Read(ref reader) : null;
            Links[i] = new LinkSlot((info & 1) != 0 ? LinkKind.Inline : LinkKind.Related, paragraph, (info & 2) != 0, (info & 4) != 0, target);
        }

        HeadingLevels = reader.Bytes(reader.Int()).ToArray();
        LinkedFrom = new ArticleRef[reader.Int()];
        for (int i = 0; i < LinkedFrom.Length; i++)
        {
            LinkedFrom[i] = ArticleRef.Read(ref reader);
        }

        _valuesLength = reader.Int();
        _valuesStart = reader.Position;
        reader.Position += _valuesLength;
        Chunk = reader.Int();
        BodyOffset = reader.Int();
        BodyLength = reader.Int();
        ParagraphCount = reader.Int();
    }

    /// <summary>The typed front matter of a collection article, in the order of the collection type's properties.</summary>
    public ArticleValues Values => new(this, new ReadOnlySpan<byte>(_heads, _valuesStart, _valuesLength));

    internal ArticleCatalog Catalog { get; }

    /// <summary>The catalog state the article was created from: a hot reload replaces it, and this article keeps reading its own.</summary>
    internal CatalogState State { get; }

    internal int Bucket { get; }

    internal int Slot { get; }

    internal string Slug { get; }

    internal string Title { get; }

    internal string SourcePath { get; }

    internal int WordCount { get; }

    internal int ParagraphCount { get; }

    internal bool HasHtml { get; }

    internal ArticleMetadata Metadata { get; }

    internal LinkSlot[] Links { get; }

    internal byte[] HeadingLevels { get; }

    internal ArticleRef[] LinkedFrom { get; }

    internal int Chunk { get; }

    internal int BodyOffset { get; }

    internal int BodyLength { get; }

    internal Article? Resolve(ArticleRef target) => Catalog.ResolveRef(target);

    Article? IContentResolver.Resolve(ArticleRef target) => Catalog.ResolveRef(target);

    object? IContentResolver.ResolveEntry(int collection, string id) => Catalog.ResolveEntryRef(collection, id);

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
