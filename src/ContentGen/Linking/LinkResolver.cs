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

        return new LinkQuery(article.Collection, article.SourcePath, related.ToEquatableArray(), ReferenceOrder.Of(article.Values), article.Files, Anchors(article));
    }

    public static IndexEntry Entry(ArticleModel article) =>
        new(article.Collection, article.Slug, Normalize(article.Title), article.SourcePath, Anchors(article), article.Identifier, article.Title, article.Location, article.Metadata?.Draft == true);

    private static EquatableArray<string> Anchors(ArticleModel article) => article.Anchors;

    public static ResolvedLinks Resolve(LinkQuery query, LinkIndex index)
    {
        var targets = new List<LinkTarget>();
        var diagnostics = new List<DiagnosticInfo>();
        ArticleRef? self = index.RefOf(query.Collection, query.SourcePath);

        // A draft this build leaves out is not built: its links are not its readers' problem.
        if ((query.Related.Count == 0 && query.References.Count == 0 && query.Files.Count == 0)
            || (self is null && index.LeftOutByPath(query.SourcePath).Any(e => e.Collection == query.Collection)))
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
                if (target is null && index.LeftOutBySlug(link.Text).FirstOrDefault() is { } draft)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.DraftTarget, link.Location, link.Text, Draft(draft)));
                }
                else if (target is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownSlug, link.Location, link.Text, string.Empty, "related:", string.Empty));
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
            else if (matches.Length == 0 && index.LeftOutByTitle(Normalize(link.Text)).Concat(index.LeftOutBySlug(link.Text)).OrderBy(e => e.SourcePath, StringComparer.Ordinal).FirstOrDefault() is { } draft)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.DraftTarget, link.Location, link.Text, Draft(draft)));
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

        List<ResolvedValue> references = References(query.References, index, diagnostics);

        foreach (FileReference file in query.Files)
        {
            CheckFile(file, query, index, targets, diagnostics);
        }

        return new ResolvedLinks(self, query.SourcePath, targets.OrderBy(t => t.LinkIndex).ToEquatableArray(), references.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The references of a data file's entries, each entry's in <see cref="ReferenceOrder"/>; a draft this build leaves out is not checked.</summary>
    public static DataFileLinks ResolveData(DataFileResult file, LinkIndex index)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<ResolvedEntry>(file.Entries.Count);
        foreach (DataEntryModel entry in file.Entries)
        {
            bool leftOut = entry.IsDraft && index.LeftOutEntry(entry.Collection, entry.Id) == entry.Key;
            EquatableArray<ReferenceUse> uses = ReferenceOrder.Of(entry.Values);
            entries.Add(new ResolvedEntry(entry.Id, leftOut || uses.Count == 0 ? EquatableArray<ResolvedValue>.Empty : References(uses, index, diagnostics).ToEquatableArray()));
        }

        return new DataFileLinks(file.SourcePath, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Resolves reference values (an article's or a data entry's), in <see cref="ReferenceOrder"/>:
    /// an article by its slug in the property's collection (CG0016 otherwise), a data entry by its
    /// id in the property's data collection (CG0055 otherwise, with the closest ids); a name of
    /// another collection's member is CG0056, wherever it was found.
    /// </summary>
    public static List<ResolvedValue> References(EquatableArray<ReferenceUse> uses, LinkIndex index, List<DiagnosticInfo> diagnostics)
    {
        var resolved = new List<ResolvedValue>(uses.Count);
        foreach (ReferenceUse use in uses)
        {
            ReferenceValue reference = use.Value;
            var found = new List<ArticleRef>();
            bool complete = true;
            foreach (SlugReference name in reference.Slugs)
            {
                if (reference.IsEntry ? index.Entry(reference.TargetCollection, name.Slug) is not null : Article(reference.TargetCollection, name.Slug, index, found))
                {
                    continue;
                }

                complete = false;
                diagnostics.Add(Unresolved(use.Property, reference, name, index));
            }

            // An unresolved reference fails the build; the payload gets only complete values.
            resolved.Add(new ResolvedValue(use.Property, found.ToEquatableArray(), complete));
        }

        return resolved;
    }

    private static bool Article(string collection, string slug, LinkIndex index, List<ArticleRef> found)
    {
        if (index.ByCollectionSlug.TryGetValue((collection, slug), out PlacedEntry? target))
        {
            found.Add(target.Ref);
            return true;
        }

        return false;
    }

    /// <summary>Why a name resolved to nothing of the property's collection: another collection's member (CG0056), or nothing (CG0016, CG0055).</summary>
    private static DiagnosticInfo Unresolved(string property, ReferenceValue reference, SlugReference name, LinkIndex index)
    {
        string takes = reference.IsEntry ? $"the id of {A(reference.TargetName)} entry" : $"the slug of {A(reference.TargetName)} article";
        if (reference.IsEntry && index.LeftOutEntry(reference.TargetCollection, name.Slug) is { } draft)
        {
            return DiagnosticInfo.Create(Descriptors.DraftTarget, name.Location, name.Slug, $"the {reference.TargetName} entry of {draft.SourcePath}");
        }

        if (!reference.IsEntry && index.LeftOutBySlug(name.Slug).FirstOrDefault(e => e.Collection == reference.TargetCollection) is { } left)
        {
            return DiagnosticInfo.Create(Descriptors.DraftTarget, name.Location, name.Slug, Draft(left));
        }

        if (index.BySlug[name.Slug].OrderBy(e => e.Entry.SourcePath, StringComparer.Ordinal).FirstOrDefault() is { } article)
        {
            return DiagnosticInfo.Create(Descriptors.WrongCollection, name.Location, name.Slug, $"the slug of {Article(article.Entry.Collection)}", article.Entry.SourcePath, property, takes);
        }

        if (index.EntriesWithId(name.Slug).OrderBy(e => e.SourcePath, StringComparer.Ordinal).FirstOrDefault() is { } entry)
        {
            return DiagnosticInfo.Create(Descriptors.WrongCollection, name.Location, name.Slug, $"the id of {A(Simple(entry.Collection))} entry", entry.SourcePath, property, takes);
        }

        IEnumerable<string> candidates = reference.IsEntry
            ? index.Data.Entries.Where(e => e.Collection == reference.TargetCollection).Select(e => e.Id)
            : index.Entries.Where(e => e.Entry.Collection == reference.TargetCollection).Select(e => e.Entry.Slug);
        string suggestion = Suggest(name.Slug, candidates);
        return reference.IsEntry
            ? DiagnosticInfo.Create(Descriptors.UnknownId, name.Location, name.Slug, reference.TargetName, property, suggestion)
            : DiagnosticInfo.Create(Descriptors.UnknownSlug, name.Location, name.Slug, " of " + reference.TargetName, property, suggestion);
    }

    /// <summary>"; did you mean 'a' or 'b'?" with the (at most three) names closest to <paramref name="name"/>, if any is close.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates)
    {
        List<string> closest = Distance.Closest(name, candidates, 3)
            .Where(c => Distance.Between(c, name) <= Math.Max(2, Math.Max(c.Length, name.Length) / 3))
            .ToList();
        return closest.Count switch
        {
            0 => string.Empty,
            1 => $"; did you mean '{closest[0]}'?",
            _ => $"; did you mean {string.Join(", ", closest.Take(closest.Count - 1).Select(c => $"'{c}'"))} or '{closest[closest.Count - 1]}'?",
        };
    }

    /// <summary>How CG0060 names a left-out draft article.</summary>
    private static string Draft(IndexEntry article) => $"the article of {article.SourcePath}";

    /// <summary>"a Post article", or "an article" for the default collection's.</summary>
    private static string Article(string collection) =>
        Simple(collection) == CollectionInfo.DefaultName ? "an article" : $"{A(Simple(collection))} article";

    /// <summary>The type's name after "a" or "an", by its first letter.</summary>
    private static string A(string name) => ("AEIOUaeiou".IndexOf(name[0]) >= 0 ? "an " : "a ") + name;

    private static string Simple(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

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

        if (!file.IsImage && Candidates(file).SelectMany(index.LeftOutByPath).FirstOrDefault() is { } draft)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.DraftTarget, file.Location, file.Written, Draft(draft)));
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
