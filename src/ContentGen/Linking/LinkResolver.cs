using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Linking;

/// <summary>
/// Resolves related links against the collection's (slug, title) index (docs/format.md, "Link
/// resolution"): a link's text matches an article's title after normalization, or its slug.
/// </summary>
internal static class LinkResolver
{
    public static LinkQuery Query(ArticleModel article)
    {
        var related = new List<RelatedLink>();
        for (int i = 0; i < article.Links.Count; i++)
        {
            LinkModel link = article.Links[i];
            if (link.Kind == LinkKind.Related && !link.HasUrl)
            {
                related.Add(new RelatedLink(i, link.Text, link.IsSlugReference, link.Location));
            }
        }

        EquatableArray<PropertyValue> references = article.Values.Count == 0
            ? EquatableArray<PropertyValue>.Empty
            : article.Values.Where(v => v.Reference is not null).ToEquatableArray();
        return new LinkQuery(article.Member, article.Collection, article.SourcePath, related.ToEquatableArray(), references, article.Files, Anchors(article));
    }

    public static IndexEntry Entry(ArticleModel article) =>
        new(article.Member, article.Collection, article.Slug, Normalize(article.Title), article.SourcePath, Anchors(article), article.Identifier, article.Location);

    private static EquatableArray<string> Anchors(ArticleModel article) =>
        article.Headings.Count == 0 ? EquatableArray<string>.Empty : article.Headings.Select(h => h.Id).ToEquatableArray();

    public static ResolvedLinks Resolve(LinkQuery query, LinkIndex index)
    {
        var targets = new List<LinkTarget>();
        var diagnostics = new List<DiagnosticInfo>();
        if (query.Related.Count == 0 && query.References.Count == 0 && query.Files.Count == 0)
        {
            return new ResolvedLinks(query.Member, query.SourcePath, EquatableArray<LinkTarget>.Empty, EquatableArray<ResolvedValue>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        ILookup<string, IndexEntry> bySlug = index.BySlug;
        ILookup<string, IndexEntry> byTitle = index.ByTitle;

        foreach (RelatedLink link in query.Related)
        {
            if (link.IsSlugReference)
            {
                // A slug is unique in its collection; the article's own collection is asked first.
                IndexEntry? target = index.ByCollectionSlug.TryGetValue((query.Collection, link.Text), out IndexEntry? own)
                    ? own
                    : bySlug[link.Text].OrderBy(e => e.SourcePath, StringComparer.Ordinal).FirstOrDefault();
                if (target is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, link.Location, link.Text, string.Empty, "related:"));
                }
                else
                {
                    targets.Add(new LinkTarget(link.LinkIndex, target.Member));
                }

                continue;
            }

            IndexEntry[] matches = [.. byTitle[Normalize(link.Text)].Concat(bySlug[link.Text]).Distinct().OrderBy(e => e.SourcePath, StringComparer.Ordinal)];
            if (matches.Length == 1)
            {
                targets.Add(new LinkTarget(link.LinkIndex, matches[0].Member));
            }
            else if (matches.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnresolvedLink, link.Location, link.Text));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AmbiguousLink, link.Location, link.Text, string.Join("', '", matches.Select(m => m.SourcePath))));
            }
        }

        var references = new List<ResolvedValue>();
        foreach (PropertyValue value in query.References)
        {
            ReferenceValue reference = value.Reference!;
            var members = new List<string>();
            foreach (SlugReference slug in reference.Slugs)
            {
                if (index.ByCollectionSlug.TryGetValue((reference.TargetCollection, slug.Slug), out IndexEntry? target))
                {
                    members.Add(target.Member);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, slug.Location, slug.Slug, " of " + reference.TargetName, value.Property));
                }
            }

            if (reference.ListElementType is { } elementType)
            {
                references.Add(new ResolvedValue(value.Property, Schema.ValueConverter.Array(elementType, members)));
            }
            else if (members.Count == 1)
            {
                references.Add(new ResolvedValue(value.Property, members[0]));
            }
        }

        foreach (FileReference file in query.Files)
        {
            CheckFile(file, query, index, targets, diagnostics);
        }

        return new ResolvedLinks(query.Member, query.SourcePath, targets.OrderBy(t => t.LinkIndex).ToEquatableArray(), references.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// A Markdown link or image to a local file (docs/format.md, "Checked links and images"): a
    /// content file becomes the link's target, and its anchor must be one of its headings; an
    /// asset must exist; anything else is an error at the destination.
    /// </summary>
    private static void CheckFile(FileReference file, LinkQuery query, LinkIndex index, List<LinkTarget> targets, List<DiagnosticInfo> diagnostics)
    {
        if (file.Path.Length == 0)
        {
            if (file.Anchor.Length > 0 && query.Anchors.AsSpan().IndexOf(file.Anchor) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingAnchor, file.Location, file.Written, file.Anchor, query.SourcePath, Known(query.Anchors)));
            }

            return;
        }

        IndexEntry? article = file.IsImage ? null : index.ByPath[file.Path].FirstOrDefault();
        if (article is not null)
        {
            if (file.LinkIndex >= 0)
            {
                targets.Add(new LinkTarget(file.LinkIndex, article.Member));
            }

            if (file.Anchor.Length > 0 && article.Anchors.AsSpan().IndexOf(file.Anchor) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingAnchor, file.Location, file.Written, file.Anchor, article.SourcePath, Known(article.Anchors)));
            }

            return;
        }

        if (!index.AssetSet.Contains(file.Path))
        {
            diagnostics.Add(file.IsImage
                ? DiagnosticInfo.Create(Descriptors.MissingImage, file.Location, file.Written, file.Path)
                : DiagnosticInfo.Create(Descriptors.MissingLinkedFile, file.Location, file.Written, file.Path));
        }
    }

    private static string Known(EquatableArray<string> anchors) =>
        anchors.Count == 0 ? " (it has no headings)" : $" (its headings: {string.Join(", ", anchors.Select(a => "#" + a))})";

    /// <summary>
    /// The comparison key of a title: NFKC, case-folded (invariant), curly quotes folded to
    /// straight ones, and every run of white space collapsed to one space, trimmed.
    /// </summary>
    public static string Normalize(string title)
    {
        string text = title.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Every article's backlinks: the members of the articles whose links target it, ordered by their source path.</summary>
    public static Dictionary<string, EquatableArray<string>> Backlinks(ImmutableArray<ResolvedLinks> all)
    {
        var sources = new Dictionary<string, List<(string Path, string Member)>>(StringComparer.Ordinal);
        foreach (ResolvedLinks resolved in all)
        {
            foreach (LinkTarget target in resolved.Targets)
            {
                if (!sources.TryGetValue(target.Member, out List<(string Path, string Member)>? list))
                {
                    list = [];
                    sources.Add(target.Member, list);
                }

                list.Add((resolved.SourcePath, resolved.Member));
            }
        }

        var backlinks = new Dictionary<string, EquatableArray<string>>(sources.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<(string Path, string Member)>> pair in sources)
        {
            List<(string Path, string Member)> list = pair.Value;
            if (list.Count > 1)
            {
                list.Sort((a, b) =>
                {
                    int byPath = string.CompareOrdinal(a.Path, b.Path);
                    return byPath != 0 ? byPath : string.CompareOrdinal(a.Member, b.Member);
                });
            }

            // An article that links here twice is listed once.
            var members = new List<string>(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                if (i == 0 || list[i] != list[i - 1])
                {
                    members.Add(list[i].Member);
                }
            }

            backlinks.Add(pair.Key, members.ToEquatableArray());
        }

        return backlinks;
    }
}
