using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;

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
        return new LinkQuery(article.Collection, article.SourcePath, related.ToEquatableArray(), references, article.Files, Anchors(article));
    }

    public static IndexEntry Entry(ArticleModel article) =>
        new(article.Collection, article.Slug, Normalize(article.Title), article.SourcePath, Anchors(article), article.Identifier, article.Title, article.Location);

    private static EquatableArray<string> Anchors(ArticleModel article) => article.Anchors;

    public static ResolvedLinks Resolve(LinkQuery query, LinkIndex index)
    {
        var targets = new List<LinkTarget>();
        var diagnostics = new List<DiagnosticInfo>();
        ArticleRef? self = index.RefOf(query.Collection, query.SourcePath);
        if (query.Related.Count == 0 && query.References.Count == 0 && query.Files.Count == 0)
        {
            return new ResolvedLinks(self, query.SourcePath, EquatableArray<LinkTarget>.Empty, EquatableArray<ResolvedValue>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        ILookup<string, PlacedEntry> bySlug = index.BySlug;
        ILookup<string, PlacedEntry> byTitle = index.ByTitle;

        foreach (RelatedLink link in query.Related)
        {
            if (link.IsSlugReference)
            {
                // A slug is unique in its collection; the article's own collection is asked first.
                PlacedEntry? target = index.ByCollectionSlug.TryGetValue((query.Collection, link.Text), out PlacedEntry? own)
                    ? own
                    : bySlug[link.Text].OrderBy(e => e.Entry.SourcePath, StringComparer.Ordinal).FirstOrDefault();
                if (target is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, link.Location, link.Text, string.Empty, "related:"));
                }
                else
                {
                    targets.Add(new LinkTarget(link.LinkIndex, target.Ref));
                }

                continue;
            }

            PlacedEntry[] matches = [.. byTitle[Normalize(link.Text)].Concat(bySlug[link.Text]).Distinct().OrderBy(e => e.Entry.SourcePath, StringComparer.Ordinal)];
            if (matches.Length == 1)
            {
                targets.Add(new LinkTarget(link.LinkIndex, matches[0].Ref));
            }
            else if (matches.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnresolvedLink, link.Location, link.Text));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AmbiguousLink, link.Location, link.Text, string.Join("', '", matches.Select(m => m.Entry.SourcePath))));
            }
        }

        var references = new List<ResolvedValue>();
        foreach (PropertyValue value in query.References)
        {
            ReferenceValue reference = value.Reference!;
            var found = new List<ArticleRef>();
            foreach (SlugReference slug in reference.Slugs)
            {
                if (index.ByCollectionSlug.TryGetValue((reference.TargetCollection, slug.Slug), out PlacedEntry? target))
                {
                    found.Add(target.Ref);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, slug.Location, slug.Slug, " of " + reference.TargetName, value.Property));
                }
            }

            // An unresolved reference fails the build (CG0016); the payload gets only complete values.
            if (found.Count == reference.Slugs.Count)
            {
                references.Add(new ResolvedValue(value.Property, found.ToEquatableArray()));
            }
        }

        foreach (FileReference file in query.Files)
        {
            CheckFile(file, query, index, targets, diagnostics);
        }

        return new ResolvedLinks(self, query.SourcePath, targets.OrderBy(t => t.LinkIndex).ToEquatableArray(), references.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// A Markdown link or image to a local file (docs/format.md, "Checked links and images"),
    /// resolved as the sites' own hosts serve it: the path itself, else the file it names without
    /// its extension (<c>.md</c>, <c>.markdown</c>, <c>.txt</c>), else a folder's index page
    /// (<c>index.md</c>, <c>README.md</c>, <c>_index.md</c>); each exactly, else in another case
    /// (CG0028, a warning). A content file becomes the link's target, and its anchor must be one of
    /// the target's; an asset must exist; anything else is an error at the destination.
    /// </summary>
    private static void CheckFile(FileReference file, LinkQuery query, LinkIndex index, List<LinkTarget> targets, List<DiagnosticInfo> diagnostics)
    {
        if (file.Path.Length == 0)
        {
            CheckAnchor(file, query.SourcePath, query.Anchors, diagnostics);
            return;
        }

        if (Locate(file, index) is { } located)
        {
            if (!located.Exact)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.CaseMismatch, file.Location, file.IsImage ? "image" : "link", file.Written, located.Candidate, located.Found));
            }

            if (located.Article is { } article)
            {
                if (file.LinkIndex >= 0)
                {
                    targets.Add(new LinkTarget(file.LinkIndex, article.Ref));
                }

                CheckAnchor(file, article.Entry.SourcePath, article.Entry.Anchors, diagnostics);
            }

            return;
        }

        diagnostics.Add(file.IsImage
            ? DiagnosticInfo.Create(Descriptors.MissingImage, file.Location, file.Written, file.Path)
            : DiagnosticInfo.Create(Descriptors.MissingLinkedFile, file.Location, file.Written, file.Path));
    }

    /// <summary>
    /// The file a local link or image names, as a host serves it: the article (for a link) or the
    /// asset, the candidate path that matched, and whether it matched exactly or only ignoring case.
    /// One rule for resolution (its diagnostics) and for the page step (its URLs and image sizes).
    /// </summary>
    public static (PlacedEntry? Article, string Found, string Candidate, bool Exact)? Locate(FileReference file, LinkIndex index)
    {
        if (file.Path.Length == 0)
        {
            return null;
        }

        string[] candidates = [.. Candidates(file)];
        foreach (bool exact in new[] { true, false })
        {
            foreach (string candidate in candidates)
            {
                PlacedEntry? article = file.IsImage ? null : index.Article(candidate, exact);
                string? found = article?.Entry.SourcePath ?? index.Asset(candidate, exact);
                if (found is not null)
                {
                    return (article, found, candidate, exact);
                }
            }
        }

        return null;
    }

    /// <summary>Where a link may lead, in the order a host tries them.</summary>
    private static IEnumerable<string> Candidates(FileReference file)
    {
        if (!file.IsFolder)
        {
            yield return file.Path;
            if (!file.IsImage && ContentPath.WithoutExtension(file.Path) == file.Path)
            {
                foreach (string extension in ArticleExtensions)
                {
                    yield return file.Path + extension;
                }
            }
        }

        if (!file.IsImage)
        {
            string folder = file.Path.Length == 0 || file.Path.EndsWith("/", StringComparison.Ordinal) ? file.Path : file.Path + "/";
            foreach (string page in IndexPages)
            {
                yield return folder + page;
            }
        }
    }

    /// <summary>The extensions an extensionless link may leave out.</summary>
    private static readonly string[] ArticleExtensions = [".md", ".markdown", ".txt"];

    /// <summary>The pages that serve a folder: GitHub's, Hugo's and most static hosts'.</summary>
    private static readonly string[] IndexPages = ["index.md", "README.md", "_index.md"];

    /// <summary>A fragment must name an anchor of the page; <c>#top</c> and an empty fragment always work in a browser.</summary>
    private static void CheckAnchor(FileReference file, string target, EquatableArray<string> anchors, List<DiagnosticInfo> diagnostics)
    {
        if (file.Anchor.Length == 0 || string.Equals(file.Anchor, "top", StringComparison.OrdinalIgnoreCase) || anchors.AsSpan().IndexOf(file.Anchor) >= 0)
        {
            return;
        }

        diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingAnchor, file.Location, file.Written, file.Anchor, target, Known(file.Anchor, anchors)));
    }

    /// <summary>At most three ids close to the anchor: a message stays short whatever the page holds.</summary>
    private static string Known(string anchor, EquatableArray<string> anchors) =>
        anchors.Count == 0 ? " (it has no ids)" : $"; the closest: {string.Join(", ", Distance.Closest(anchor, anchors, 3).Select(a => "#" + a))}";

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
}
