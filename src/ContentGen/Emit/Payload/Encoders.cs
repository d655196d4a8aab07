using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Shared;

namespace ContentGen.Generator.Emit.Payload;

/// <summary>
/// The three payloads of a collection (docs/performance.md, "Payload format"): an article's body
/// (its texts), a bucket's heads (each article's record), and the catalog's index.
/// </summary>
internal static class Encoders
{
    /// <summary>
    /// An article's texts, in the order the runtime reads them: the guard of its slug, the HTML
    /// (Markdown only), the paragraphs, each link's text and destination, each heading's text and
    /// id. Texts the HTML already holds are stored as spans of it (<see cref="ArticleModel.HtmlSpans"/>).
    /// Without a front matter summary, the first paragraph is the summary, and it lives in the
    /// head instead (<see cref="Lead"/>): the body then starts after it.
    /// </summary>
    public static EquatableArray<byte> Body(ArticleModel article)
    {
        var writer = new PayloadWriter(((article.Html?.Length ?? 0) * 2) + (article.WordCount * 8) + 64);
        writer.UInt16(PayloadFormat.GuardOf(article.Slug));
        HeadFlags lead = Lead(article, out int leadEnd);
        if (article.Html is { } html)
        {
            writer.String(lead == HeadFlags.LeadHtml ? html.Substring(leadEnd) : html);
        }

        int span = 0;
        void Text(string text)
        {
            bool known = span * 2 < article.HtmlSpans.Count;
            writer.Text(text, known ? article.HtmlSpans[span * 2] : -1, known ? article.HtmlSpans[(span * 2) + 1] : 0);
            span++;
        }

        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            if (i == 0 && lead != 0)
            {
                span++;
                continue;
            }

            Text(article.Paragraphs[i]);
        }

        foreach (LinkModel link in article.Links)
        {
            Text(link.Text);
            writer.String(link.Destination);
        }

        foreach (HeadingModel heading in article.Headings)
        {
            Text(heading.Text);
            writer.String(heading.Id);
        }

        return writer.ToArray();
    }

    /// <summary>
    /// Where the summary's default (the first paragraph) lives when the front matter has no
    /// summary: in the head, so that <c>Metadata</c> never inflates a body, and moved there rather
    /// than copied, so that no text is stored twice (a copy costs 9-10% more packed characters on
    /// the 10,000-post corpora, docs/performance.md). A Markdown paragraph that is a span of the
    /// HTML moves with the HTML before it (<paramref name="leadEnd"/> is where that part ends);
    /// any other first paragraph moves as its text.
    /// </summary>
    private static HeadFlags Lead(ArticleModel article, out int leadEnd)
    {
        leadEnd = 0;
        if (article.Metadata?.Summary is not null || article.Paragraphs.Count == 0)
        {
            return 0;
        }

        if (article.Html is not null && article.HtmlSpans.Count >= 2 && article.HtmlSpans[0] >= 0)
        {
            leadEnd = article.HtmlSpans[0] + article.HtmlSpans[1];
            return HeadFlags.LeadHtml;
        }

        return HeadFlags.LeadText;
    }

    /// <summary>
    /// A bucket's payloads, compressed and packed: its records, and its texts chunk by chunk. A
    /// bucket whose payloads exceed its allowance of the literal budget stores them as constants.
    /// </summary>
    public static BucketFile Pack(BucketModel bucket, System.Threading.CancellationToken cancellationToken)
    {
        System.Linq.IGrouping<int, BucketArticle>[] groups = [.. Layout.Bucketing.Chunks(bucket)];
        uint[] stamps = new uint[groups.Length];
        EquatableArray<string> packedHeads = Heads(bucket, bucket.Properties, stamps, groups);
        string[] chunks = new string[groups.Length];

        // One chunk after another on the step's own thread: no thread from a pipeline transform
        // (house style), and a thread pool's chunks were no measured gain (docs/performance.md).
        for (int c = 0; c < groups.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var writer = new PayloadWriter(groups[c].Sum(a => a.Body.Count) + 4);
            foreach (BucketArticle article in groups[c])
            {
                writer.Bytes(article.Body);
            }

            writer.UInt32(stamps[groups[c].Key]);
            chunks[c] = writer.Pack();
        }

        long size = packedHeads.Sum(h => (long)h.Length) + chunks.Sum(c => (long)c.Length);

        EquatableArray<ArticleProperty> properties = bucket.Articles
            .Select(a => new ArticleProperty(a.Article.Identifier, a.Article.Title, a.Article.SourcePath, a.Key, a.Article.Location.Path, a.Article.Location.Lines.Start.Line + 1))
            .ToEquatableArray();
        return new BucketFile(bucket.Collection, bucket.Number, properties, packedHeads, chunks.ToEquatableArray(), AsConstants: size > bucket.Allowance);
    }

    /// <summary>
    /// The bucket's records, in source-path order, each prefixed by its length, in one segment per
    /// chunk (its count, then its articles' records); and each chunk's stamp, the hash of the
    /// records of its articles (<see cref="PayloadFormat.Stamp"/>). A segment per chunk: an edit
    /// or an add resends its chunk's records, not the bucket's (about 10 K characters at 10,000
    /// posts, a fifth of an edit's delta).
    /// </summary>
    private static EquatableArray<string> Heads(BucketModel bucket, EquatableArray<SchemaProperty> properties, uint[] stamps, IGrouping<int, BucketArticle>[] groups)
    {
        string[] segments = new string[groups.Length];
        for (int c = 0; c < groups.Length; c++)
        {
            BucketArticle[] chunk = [.. groups[c]];
            segments[c] = Heads(chunk, properties, bucket.Data, out stamps[c]);
        }

        return segments.ToEquatableArray();
    }

    private static string Heads(BucketArticle[] articles, EquatableArray<SchemaProperty> properties, EquatableArray<CollectionInfo> data, out uint stamp)
    {
        stamp = PayloadFormat.StampSeed;
        var heads = new PayloadWriter(articles.Length * 256);
        heads.Int(articles.Length);
        foreach (BucketArticle entry in articles)
        {
            var record = new PayloadWriter(256);
            Head(record, entry, properties, data);
            heads.Int(record.Length);
            heads.Bytes(record);
            stamp = record.Stamp(stamp);

            // After the record, outside its stamp: an article that gains a backlink (another
            // article added, or edited to link here) changes its bucket's records, not its chunk.
            var linkedFrom = new PayloadWriter(8 + (entry.LinkedFrom.Count * 4));
            linkedFrom.Int(entry.LinkedFrom.Count);
            foreach (ArticleRef from in entry.LinkedFrom)
            {
                Ref(linkedFrom, from);
            }

            heads.Int(linkedFrom.Length);
            heads.Bytes(linkedFrom);
        }

        return heads.Pack();
    }

    /// <summary>
    /// A segment of an index ends after an article whose slug hashes to a multiple of this: about
    /// this many articles per segment, each its own method. An added or deleted article changes
    /// one segment (two when it ends one), not the whole index: at 10,000 posts the index and
    /// <c>Articles.All</c>'s places were 78 and 80 K characters each, two thirds of an add's delta.
    /// </summary>
    public const int IndexSegment = 256;

    /// <summary>The catalog's articles in source-path order, in segments: bucket, key and slug of each.</summary>
    public static EquatableArray<string> Index(CatalogModel catalog) => Segments(catalog.Entries, static (writer, placed) =>
    {
        writer.Int(placed.Ref.Bucket);
        writer.Int(placed.Ref.Key);
        writer.String(placed.Entry.Slug);
    });

    /// <summary><c>Articles.All</c>: every article's place and slug, in source-path order, in segments.</summary>
    public static EquatableArray<string> Places(CatalogModel catalog) => Segments(catalog.Everything, static (writer, placed) =>
    {
        Ref(writer, placed.Ref);
        writer.String(placed.Entry.Slug);
    });

    /// <summary>
    /// Consecutive entries cut where a slug's hash says (<see cref="IndexSegment"/>), so that the
    /// cuts depend on the slugs, not on positions; each segment packed on its own: its count, then
    /// its entries. At least one segment, so that an empty index still reads back.
    /// </summary>
    private static EquatableArray<string> Segments(EquatableArray<PlacedEntry> entries, Action<PayloadWriter, PlacedEntry> write) =>
        Segments(entries, static placed => EndsSegment(placed.Entry.Slug, IndexSegment), write, 48);

    /// <summary>Consecutive items, a segment ending after each item <paramref name="ends"/> picks (and after the last): its count, then its items.</summary>
    private static EquatableArray<string> Segments<T>(EquatableArray<T> items, Func<T, bool> ends, Action<PayloadWriter, T> write, int estimate)
        where T : IEquatable<T>
    {
        var segments = new List<string>();
        int start = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (i == items.Count - 1 || ends(items[i]))
            {
                var writer = new PayloadWriter(((i + 1 - start) * estimate) + 16);
                writer.Int(i + 1 - start);
                for (int e = start; e <= i; e++)
                {
                    write(writer, items[e]);
                }

                segments.Add(writer.Pack());
                start = i + 1;
            }
        }

        if (segments.Count == 0)
        {
            var empty = new PayloadWriter(4);
            empty.Int(0);
            segments.Add(empty.Pack());
        }

        return segments.ToEquatableArray();
    }

    private static bool EndsSegment(string slug, int every)
    {
        // The top byte: FNV-1a's low bits follow the last characters closely.
        return (Layout.Placement.Hash(slug, seed: 3735928559) >> 24) % every == 0;
    }

    /// <summary>One article's record, its fields in the order <see cref="PayloadFormat"/> gives: the fixed ones first, so that creating an article reads them without decoding a text.</summary>
    private static void Head(PayloadWriter writer, BucketArticle entry, EquatableArray<SchemaProperty> properties, EquatableArray<CollectionInfo> data)
    {
        ArticleModel article = entry.Article;
        MetadataModel? metadata = article.Metadata;
        HeadFlags lead = Lead(article, out int leadEnd);
        writer.Int(entry.Key);
        writer.Int(entry.Chunk);
        writer.Int(entry.Offset);
        writer.Int(entry.Body.Count);

        HeadFlags flags = (article.Html is not null ? HeadFlags.Html : 0)
            | (metadata?.Published is not null ? HeadFlags.Published : 0)
            | (metadata?.Draft == true ? HeadFlags.Draft : 0)
            | (metadata?.Source is not null ? HeadFlags.Source : 0)
            | (metadata?.Summary is not null ? HeadFlags.Summary : 0)
            | lead;
        writer.Int((int)flags);
        writer.Int(article.WordCount);
        writer.Int(article.Paragraphs.Count);
        if (metadata?.Published is { } published)
        {
            writer.ZigZag(published.Ticks);
            writer.ZigZag((long)published.Offset.TotalMinutes);
        }

        var values = new PayloadWriter(properties.Count * 8);
        int reference = 0;
        Values(values, article.Values, properties, entry.References, ref reference, data);
        writer.Int(values.Length);
        writer.Bytes(values);

        writer.String(article.Slug);
        writer.String(article.Title);
        writer.String(article.SourcePath);
        if (lead == HeadFlags.LeadText)
        {
            writer.String(article.Paragraphs[0]);
        }
        else if (lead == HeadFlags.LeadHtml)
        {
            writer.String(article.Html!.Substring(0, leadEnd));
            writer.Int(article.HtmlSpans[0]);
            writer.Int(article.HtmlSpans[1]);
        }

        Strings(writer, metadata?.Authors ?? EquatableArray<string>.Empty);
        if (metadata?.Source is { } source)
        {
            writer.String(source);
        }

        Strings(writer, metadata?.Tags ?? EquatableArray<string>.Empty);
        if (metadata?.Summary is { } summary)
        {
            writer.String(summary);
        }

        EquatableArray<ExtraEntry> extra = metadata?.Extra ?? EquatableArray<ExtraEntry>.Empty;
        writer.Int(extra.Count);
        foreach (ExtraEntry pair in extra)
        {
            writer.String(pair.Key);
            writer.String(pair.Value);
        }

        writer.Int(article.Links.Count);
        int next = 0;
        for (int i = 0; i < article.Links.Count; i++)
        {
            LinkModel link = article.Links[i];
            while (next < entry.Targets.Count && entry.Targets[next].LinkIndex < i)
            {
                next++;
            }

            ArticleRef? target = next < entry.Targets.Count && entry.Targets[next].LinkIndex == i ? entry.Targets[next].Target : null;
            LinkFlags info = (link.Kind == LinkKind.Inline ? LinkFlags.Inline : 0) | (link.HasUrl ? LinkFlags.Url : 0) | (link.IsRelative ? LinkFlags.Relative : 0) | (target is not null ? LinkFlags.Target : 0);
            writer.Byte((byte)info);
            writer.ZigZag(link.ParagraphIndex);
            if (target is { } found)
            {
                Ref(writer, found);
            }
        }

        writer.Int(article.Headings.Count);
        foreach (HeadingModel heading in article.Headings)
        {
            writer.Byte((byte)heading.Level);
        }
    }

    /// <summary>
    /// For each property the generated reader reads (every supported one, in the type's order): 0
    /// when the value does not set it (or is a reference that failed to resolve), 1 for null, 2
    /// and the value; a record's value is its own properties, the same way.
    /// </summary>
    /// <param name="writer">Where the values go.</param>
    /// <param name="values">The bound values, in the properties' order.</param>
    /// <param name="properties">The type's properties.</param>
    /// <param name="resolved">The values' references, resolved, in <see cref="ReferenceOrder"/>.</param>
    /// <param name="next">The next of <paramref name="resolved"/>.</param>
    /// <param name="data">The data collections, numbered, for references to entries.</param>
    public static void Values(PayloadWriter writer, EquatableArray<PropertyValue> values, EquatableArray<SchemaProperty> properties, EquatableArray<ResolvedValue> resolved, ref int next, EquatableArray<CollectionInfo> data)
    {
        foreach (SchemaProperty property in properties)
        {
            if (property.Type.Kind == ValueKind.Unsupported)
            {
                continue;
            }

            PropertyValue? value = Find(values, property.Name);
            ResolvedValue? targets = value?.Reference is not null && next < resolved.Count ? resolved[next++] : null;
            if (value is null || (value.Reference is not null && targets is not { Complete: true }))
            {
                writer.Byte((byte)ValueTag.Unset);
                continue;
            }

            if (value.IsNull)
            {
                writer.Byte((byte)ValueTag.Null);
                continue;
            }

            writer.Byte((byte)ValueTag.Value);
            if (value.IsList)
            {
                writer.Int(value.Reference is { } listed ? listed.Slugs.Count : value.Kind == ValueKind.Record ? value.Records.Count : value.Items.Count);
            }

            if (value.Kind == ValueKind.Reference)
            {
                foreach (ArticleRef target in targets!.Targets)
                {
                    Ref(writer, target);
                }
            }
            else if (value.Kind == ValueKind.Entry)
            {
                int collection = Number(data, value.Reference!.TargetCollection);
                foreach (SlugReference id in value.Reference.Slugs)
                {
                    writer.Int(collection);
                    writer.String(id.Slug);
                }
            }
            else if (value.Kind == ValueKind.Record)
            {
                foreach (RecordValue record in value.Records)
                {
                    Values(writer, record.Values, property.Type.Members, resolved, ref next, data);
                }
            }
            else
            {
                foreach (string item in value.Items)
                {
                    Scalar(writer, value.Kind, item);
                }
            }
        }
    }

    private static int Number(EquatableArray<CollectionInfo> collections, string fullName)
    {
        foreach (CollectionInfo collection in collections)
        {
            if (collection.FullName == fullName)
            {
                return collection.Number;
            }
        }

        throw new InvalidOperationException($"{fullName} is not a data collection that gets code.");
    }

    /// <summary>A data collection's entries in <c>All</c> order: each one's id, then its values' length and bytes.</summary>
    public static string Entries(DataCatalogModel catalog)
    {
        var writer = new PayloadWriter((catalog.Entries.Count * 64) + 16);
        writer.Int(catalog.Entries.Count);
        for (int i = 0; i < catalog.Entries.Count; i++)
        {
            DataEntryModel entry = catalog.Entries[i];
            var values = new PayloadWriter(64);
            int next = 0;
            Values(values, entry.Values, catalog.Schema.Properties, catalog.References[i].Values, ref next, catalog.Data);
            writer.String(entry.Id);
            writer.Int(values.Length);
            writer.Bytes(values);
        }

        return writer.Pack();
    }

    /// <summary>One backward lookup: each target's key, then the positions of its sources, each as the difference from the one before.</summary>
    public static string Lookup(LookupModel lookup)
    {
        var writer = new PayloadWriter((lookup.Targets.Count * 32) + 16);
        writer.Int(lookup.Targets.Count);
        foreach (LookupTarget target in lookup.Targets)
        {
            writer.String(target.Key);
            Positions(writer, target.Positions);
        }

        return writer.Pack();
    }

    /// <summary>
    /// A segment of a taxonomy ends after a term whose slug hashes to a multiple of this: about
    /// this many terms per segment, each its own method. An added or deleted article changes the
    /// segments of its terms only; at 10,000 posts and 500 tags the whole taxonomy was 31 K
    /// characters, resent by every add (format 4 stored positions in <c>All</c>, which an add shifts).
    /// </summary>
    public const int TermSegment = 8;

    /// <summary>One taxonomy, in segments cut by the terms' slugs: each term's name, slug, then the places of its articles in <c>All</c> order.</summary>
    public static EquatableArray<string> Terms(TaxonomyModel taxonomy) => Segments(
        taxonomy.Terms,
        static term => EndsSegment(term.Slug, TermSegment),
        static (writer, term) =>
        {
            writer.String(term.Name);
            writer.String(term.Slug);
            writer.Int(term.Articles.Count);
            foreach (ArticleRef article in term.Articles)
            {
                Ref(writer, article);
            }
        },
        64);

    /// <summary>
    /// <c>Articles.Newest</c>: each article's place, newest first, in segments cut by the places'
    /// hashes (about <see cref="IndexSegment"/> each): an add or a delete changes the segment it
    /// falls in, not the order after it.
    /// </summary>
    public static EquatableArray<string> Newest(EquatableArray<ArticleRef> newest) => Segments(
        newest,
        static place => (Mix(place) >> 24) % IndexSegment == 0,
        static (writer, place) => Ref(writer, place),
        4);

    /// <summary>A hash of a place that does not follow its numbers (keys are small and dense).</summary>
    private static uint Mix(ArticleRef place)
    {
        uint hash = unchecked(((uint)place.Collection * 0x9E3779B1u) ^ ((uint)place.Bucket * 0x85EBCA77u) ^ ((uint)place.Key * 0xC2B2AE3Du));
        hash ^= hash >> 15;
        hash = unchecked(hash * 0x2C1B3C6Du);
        hash ^= hash >> 12;
        hash = unchecked(hash * 0x297A2D39u);
        return hash ^ (hash >> 15);
    }

    private static void Positions(PayloadWriter writer, EquatableArray<int> positions)
    {
        writer.Int(positions.Count);
        int previous = 0;
        foreach (int position in positions)
        {
            writer.Int(position - previous);
            previous = position;
        }
    }

    /// <summary>One value from its invariant form (<see cref="PropertyValue.Items"/>), as <c>ArticleValues</c> reads it.</summary>
    private static void Scalar(PayloadWriter writer, ValueKind kind, string text)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case ValueKind.String:
            case ValueKind.Uri:
                writer.String(text);
                break;
            case ValueKind.Boolean:
                writer.Byte(text == "true" ? (byte)1 : (byte)0);
                break;
            case ValueKind.Int32:
            case ValueKind.Int64:
            case ValueKind.Enum:
                writer.ZigZag(long.Parse(text, NumberStyles.AllowLeadingSign, invariant));
                break;
            case ValueKind.Double:
                writer.Varint((ulong)BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, invariant)));
                break;
            case ValueKind.Decimal:
                foreach (int part in decimal.GetBits(decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, invariant)))
                {
                    writer.ZigZag(part);
                }

                break;
            case ValueKind.DateOnly:
                writer.Int((int)(DateTime.ParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None).Ticks / TimeSpan.TicksPerDay));
                break;
            case ValueKind.DateTime:
                writer.ZigZag(DateTime.ParseExact(text, "o", invariant, DateTimeStyles.RoundtripKind).Ticks);
                break;
            case ValueKind.DateTimeOffset:
                DateTimeOffset moment = DateTimeOffset.ParseExact(text, "o", invariant, DateTimeStyles.None);
                writer.ZigZag(moment.Ticks);
                writer.ZigZag((long)moment.Offset.TotalMinutes);
                break;
            case ValueKind.TimeSpan:
                writer.ZigZag(TimeSpan.ParseExact(text, "c", invariant).Ticks);
                break;
            case ValueKind.Guid:
                writer.Bytes(Guid.Parse(text).ToByteArray());
                break;
            case ValueKind.Image:
                // Path, width, height, format and URL, as the page step resolved them.
                string[] image = text.Split('\t');
                writer.String(image[0]);
                writer.Int(int.Parse(image[1], NumberStyles.None, invariant));
                writer.Int(int.Parse(image[2], NumberStyles.None, invariant));
                writer.String(image[3]);
                writer.String(image[4]);
                break;
            default:
                throw new InvalidOperationException($"No payload form for {kind}.");
        }
    }

    private static void Ref(PayloadWriter writer, ArticleRef target)
    {
        writer.Int(target.Collection);
        writer.Int(target.Bucket);
        writer.Int(target.Key);
    }

    private static void Strings(PayloadWriter writer, EquatableArray<string> values)
    {
        writer.Int(values.Count);
        foreach (string value in values)
        {
            writer.String(value);
        }
    }

    private static PropertyValue? Find(EquatableArray<PropertyValue> values, string property)
    {
        foreach (PropertyValue value in values)
        {
            if (value.Property == property)
            {
                return value;
            }
        }

        return null;
    }
}
