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

        return new LinkQuery(article.Identifier, article.SourcePath, related.ToEquatableArray());
    }

    public static IndexEntry Entry(ArticleModel article) =>
        new(article.Identifier, article.Slug, Normalize(article.Title), article.SourcePath);

    public static ResolvedLinks Resolve(LinkQuery query, LinkIndex index)
    {
        var targets = new List<LinkTarget>();
        var diagnostics = new List<DiagnosticInfo>();
        if (query.Related.Count == 0)
        {
            return new ResolvedLinks(query.Identifier, query.SourcePath, EquatableArray<LinkTarget>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        ILookup<string, IndexEntry> bySlug = index.BySlug;
        ILookup<string, IndexEntry> byTitle = index.ByTitle;

        foreach (RelatedLink link in query.Related)
        {
            if (link.IsSlugReference)
            {
                IndexEntry? target = bySlug[link.Text].FirstOrDefault();
                if (target is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, link.Location, link.Text));
                }
                else
                {
                    targets.Add(new LinkTarget(link.LinkIndex, target.Identifier));
                }

                continue;
            }

            IndexEntry[] matches = [.. byTitle[Normalize(link.Text)].Concat(bySlug[link.Text]).Distinct().OrderBy(e => e.SourcePath, StringComparer.Ordinal)];
            if (matches.Length == 1)
            {
                targets.Add(new LinkTarget(link.LinkIndex, matches[0].Identifier));
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

        return new ResolvedLinks(query.Identifier, query.SourcePath, targets.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

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

    /// <summary>Every article's backlinks: the identifiers of the articles whose links target it, by source path.</summary>
    public static Dictionary<string, EquatableArray<string>> Backlinks(ImmutableArray<ResolvedLinks> all)
    {
        var sources = new Dictionary<string, SortedSet<(string Path, string Identifier)>>(StringComparer.Ordinal);
        foreach (ResolvedLinks resolved in all)
        {
            foreach (LinkTarget target in resolved.Targets)
            {
                if (!sources.TryGetValue(target.Identifier, out SortedSet<(string, string)>? set))
                {
                    set = new SortedSet<(string, string)>(Comparer<(string Path, string Identifier)>.Create((a, b) =>
                    {
                        int byPath = string.CompareOrdinal(a.Path, b.Path);
                        return byPath != 0 ? byPath : string.CompareOrdinal(a.Identifier, b.Identifier);
                    }));
                    sources.Add(target.Identifier, set);
                }

                set.Add((resolved.SourcePath, resolved.Identifier));
            }
        }

        return sources.ToDictionary(p => p.Key, p => p.Value.Select(s => s.Identifier).ToEquatableArray(), StringComparer.Ordinal);
    }
}
