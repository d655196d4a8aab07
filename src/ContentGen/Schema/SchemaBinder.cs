using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;

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
            return new BoundArticle(article with { Collection = collections.Set.Default.FullName, Identifier = member }, EquatableArray<DiagnosticInfo>.Empty);
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
            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (FrontMatterEntry entry in metadata?.Entries ?? EquatableArray<FrontMatterEntry>.Empty)
            {
                if (properties.TryGetValue(entry.Normalized, out SchemaProperty? property))
                {
                    given.Add(property.Name);
                    // A value the parser already rejected (a well-known key such as published) is not reported twice.
                    var own = metadata!.Rejected.AsSpan().IndexOf(entry.Normalized) >= 0 ? ImmutableArray.CreateBuilder<DiagnosticInfo>() : diagnostics;
                    if (property.Type.Kind != ValueKind.Unsupported && ValueConverter.Convert(entry, property, own) is { } value)
                    {
                        values.Add(value);
                    }
                }
                else if (!ArticleKeys.Contains(entry.Normalized))
                {
                    string known = string.Join(", ", schema.Properties.Select(p => p.Name));
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownKey, entry.KeyLocation, entry.Key, schema.Name, known.Length == 0 ? "none" : known));
                }
            }

            foreach (SchemaProperty property in schema.Properties)
            {
                if (property.IsRequired && property.Type.Kind != ValueKind.Unsupported && !given.Contains(property.Name))
                {
                    LocationInfo at = metadata?.Location ?? LocationInfo.StartOf(article.Location.Path);
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingRequired, at, article.SourcePath, schema.Name, property.Name, property.Key));
                }
            }
        }

        // Values in the schema's order (by name), which the payload and the generated constructor follow.
        values.Sort((a, b) => IndexOf(schema, a.Property).CompareTo(IndexOf(schema, b.Property)));
        string identifier = Naming.Avoiding(Identifier(article, schema), collections.Taken(schema));

        // A key the schema typed is a property now: Metadata.Extra keeps only the keys nothing typed.
        if (metadata is { Extra.Count: > 0 } && metadata.Extra.Any(e => properties.ContainsKey(FrontMatterParser.Normalize(e.Key))))
        {
            metadata = metadata with { Extra = metadata.Extra.Where(e => !properties.ContainsKey(FrontMatterParser.Normalize(e.Key))).ToEquatableArray() };
        }

        ArticleModel bound = article with { Collection = schema.FullName, Identifier = identifier, Values = values.ToEquatableArray(), Metadata = metadata };
        return new BoundArticle(bound, diagnostics.ToImmutable().ToEquatableArray());
    }

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

    private static int IndexOf(CollectionSchema schema, string property)
    {
        for (int i = 0; i < schema.Properties.Count; i++)
        {
            if (schema.Properties[i].Name == property)
            {
                return i;
            }
        }

        return -1;
    }
}
