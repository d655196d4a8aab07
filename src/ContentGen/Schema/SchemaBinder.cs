using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Schema;

/// <summary>
/// Puts each article in its collection and, for a <c>[ContentCollection]</c> type, turns its front
/// matter into property values (docs/format.md, "Collections"). Runs per article: an edit binds
/// that article again, nothing else.
/// </summary>
internal static class SchemaBinder
{
    /// <summary>Keys the base <c>Article</c> reads (Title, Slug, Metadata, the summary): never "matches no property".</summary>
    private static readonly HashSet<string> ArticleKeys = new(StringComparer.Ordinal)
    {
        "title", "slug", "published", "date", "author", "authors", "source", "tags", "summary", FrontMatterParser.DescriptionKey, "draft", "related",
    };

    /// <summary>Binds a parse's article, if any; the result reports the parse's diagnostics and the binding's.</summary>
    public static BoundArticle Bind(ParseResult parsed, CollectionMatcher collections)
    {
        if (parsed.Article is not { } article)
        {
            return new BoundArticle(null, parsed.Diagnostics);
        }

        BoundArticle bound = Bind(article, collections);
        return parsed.Diagnostics.Count == 0 ? bound
            : bound with { Diagnostics = parsed.Diagnostics.Concat(bound.Diagnostics).ToEquatableArray() };
    }

    public static BoundArticle Bind(ArticleModel article, CollectionMatcher collections)
    {
        List<CollectionSchema> claiming = collections.Claiming(article.SourcePath);
        if (claiming.Count == 0)
        {
            string member = Naming.Avoiding(article.Identifier, collections.Taken(null));
            ArticleModel unclaimed = article with { Collection = collections.Set.Default.FullName, Identifier = member };
            return new BoundArticle(unclaimed, EquatableArray<DiagnosticInfo>.Empty) { Facets = Facets(unclaimed, null) };
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        if (claiming.Count > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ClaimedTwice, LocationInfo.StartOf(article.Location.Path), article.SourcePath, string.Join(", ", claiming.Select(c => c.Name))));
        }

        CollectionSchema schema = claiming[0];
        Dictionary<string, SchemaProperty> properties = collections.PropertiesOf(schema);
        var values = new List<PropertyValue>();
        MetadataModel? metadata = article.Metadata;
        if (metadata is null || metadata.IsValid)
        {
            // A value the parser already rejected (a well-known key such as published) is not reported twice.
            values = ValueConverter.Bind(
                metadata?.Entries ?? EquatableArray<FrontMatterEntry>.Empty,
                schema.Properties,
                schema.Name,
                ArticleKeys.Contains,
                metadata?.Rejected ?? EquatableArray<string>.Empty,
                article.SourcePath,
                "its front matter",
                metadata?.Location ?? LocationInfo.StartOf(article.Location.Path),
                diagnostics);
        }

        string identifier = Naming.Avoiding(Identifier(article, schema), collections.Taken(schema));

        // A key the schema typed is a property now: Metadata.Extra keeps only the keys nothing typed.
        if (metadata is { Extra.Count: > 0 } && metadata.Extra.Any(e => properties.ContainsKey(FrontMatterParser.Normalize(e.Key))))
        {
            metadata = metadata with { Extra = metadata.Extra.Where(e => !properties.ContainsKey(FrontMatterParser.Normalize(e.Key))).ToEquatableArray() };
        }

        ArticleModel bound = article with { Collection = schema.FullName, Identifier = identifier, Values = values.ToEquatableArray(), Metadata = metadata };
        return new BoundArticle(bound, diagnostics.ToImmutable().ToEquatableArray()) { Facets = Facets(bound, schema) };
    }

    /// <summary>The names an article's reference properties give, and its terms: front matter <c>tags</c>, and each <c>[Taxonomy]</c> property's values where they are written.</summary>
    private static ArticleFacets Facets(ArticleModel article, CollectionSchema? schema)
    {
        var references = new List<ReferenceNames>();
        var terms = new List<TermUse>();
        MetadataModel? metadata = article.Metadata;
        EquatableArray<FrontMatterEntry> entries = metadata?.Entries ?? EquatableArray<FrontMatterEntry>.Empty;
        if (metadata is { IsValid: true } && metadata.Tags.Count > 0 && entries.FirstOrDefault(e => e.Normalized == "tags") is { Value.Kind: RawKind.Sequence } tags)
        {
            terms.AddRange(tags.Value.Items.Select(i => new TermUse(string.Empty, i.Text, Naming.TermSlug(i.Text), i.Location)));
        }

        foreach (PropertyValue value in article.Values)
        {
            if (value.Reference is { } reference)
            {
                references.Add(new ReferenceNames(value.Property, reference.Slugs.Select(n => n.Slug).ToEquatableArray()));
            }

            SchemaProperty? property = schema?.Properties.FirstOrDefault(p => p.Name == value.Property);
            if (property is not { IsTaxonomy: true } || !value.IsList)
            {
                continue;
            }

            if (value.Reference is { } ids)
            {
                terms.AddRange(ids.Slugs.Select(n => new TermUse(property.Name, n.Slug, Naming.TermSlug(n.Slug), n.Location)));
            }
            else if (entries.FirstOrDefault(e => e.Normalized == property.Key) is { Value.Kind: RawKind.Sequence } written && written.Value.Items.Count == value.Items.Count)
            {
                // An enum term is its member's name (the first with that value); a string, as written.
                for (int i = 0; i < value.Items.Count; i++)
                {
                    int member = property.Type.Kind == ValueKind.Enum ? property.Type.EnumValues.AsSpan().IndexOf(value.Items[i]) : -1;
                    string term = member >= 0 ? property.Type.EnumMembers[member] : value.Items[i];
                    terms.Add(new TermUse(property.Name, term, Naming.TermSlug(term, isEnumMember: member >= 0), written.Value.Items[i].Location));
                }
            }
        }

        return new ArticleFacets(article.Collection, article.SourcePath, references.ToEquatableArray(), terms.ToEquatableArray(), metadata?.Published?.UtcTicks);
    }

    /// <summary>The keys a data entry reads itself: <c>draft</c> (and a list item's <c>id</c>, which the parser takes out).</summary>
    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "draft" };

    /// <summary>
    /// Reads a data file claimed by a data collection and types its entries (docs/format.md,
    /// "Data collections"): one file reruns alone when it changes.
    /// </summary>
    public static DataFileResult BindData(SourceText text, string path, string sourcePath, CollectionSchema schema, CollectionMatcher collections, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        bool onePerFile = HasWildcard(schema.Pattern);
        string folder = Folder(schema.Pattern);
        string idPath = ContentPath.WithoutExtension(sourcePath.StartsWith(folder, StringComparison.Ordinal) ? sourcePath.Substring(folder.Length) : ContentPath.FileName(sourcePath));
        List<RawEntry> raw = DataFileParser.Parse(text, path, onePerFile, idPath, diagnostics, cancellationToken);

        var entries = new List<DataEntryModel>(raw.Count);
        EquatableArray<string> taken = collections.Taken(schema);
        foreach (RawEntry entry in raw)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool draft = false;
            if (entry.Entries.FirstOrDefault(e => e.Normalized == "draft") is { } flag)
            {
                if (flag.Value is { Kind: RawKind.Scalar, IsPlain: true } scalar && bool.TryParse(scalar.Text, out bool parsed))
                {
                    draft = parsed;
                }
                else if (!flag.Value.IsNull && !schema.Properties.Any(p => p.Key == "draft"))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidValue, flag.Value.Location, flag.Key, "true or false", flag.Value.Describe()));
                }
            }

            List<PropertyValue> values = ValueConverter.Bind(entry.Entries, schema.Properties, schema.Name, EntryKeys.Contains, EquatableArray<string>.Empty, entry.Id, "the entry", entry.Mapping, diagnostics);
            entries.Add(new DataEntryModel(schema.FullName, entry.Id, Naming.Avoiding(entry.Identifier, taken), sourcePath, entry.Order, entry.Location, draft, values.ToEquatableArray()));
        }

        return new DataFileResult(schema.FullName, sourcePath, entries.ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>A pattern with a wildcard names files of one entry each; one without names a single file of entries.</summary>
    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(['*', '?', '[', '{']) >= 0;

    /// <summary>
    /// A path-named article is named by its path under the collection's folder (the pattern's part
    /// before its first wildcard): <c>Content/news/rail-strike.txt</c> is <c>NewsArticle.RailStrike</c>.
    /// A custom slug names it as in the default collection.
    /// </summary>
    private static string Identifier(ArticleModel article, CollectionSchema schema)
    {
        string folder = Folder(schema.Pattern);
        if (!article.NamedByPath || folder.Length == 0 || !article.SourcePath.StartsWith(folder, StringComparison.Ordinal))
        {
            return article.Identifier;
        }

        string identifier = Naming.Identifier(ContentPath.WithoutExtension(article.SourcePath.Substring(folder.Length)));
        return identifier.Length > 0 ? identifier : article.Identifier;
    }

    /// <summary>The pattern's leading segments without wildcards, ending with '/'; empty when it starts with one.</summary>
    public static string Folder(string pattern)
    {
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int literal = 0;
        while (literal < segments.Length - 1 && segments[literal].IndexOfAny(['*', '?', '[', '{']) < 0)
        {
            literal++;
        }

        return literal == 0 ? string.Empty : string.Join("/", segments, 0, literal) + "/";
    }
}
