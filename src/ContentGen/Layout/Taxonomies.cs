using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Shared;

namespace ContentGen.Generator.Layout;

/// <summary>
/// Builds the taxonomies (docs/format.md, "Taxonomies"): <c>Articles.AllTags</c> over every
/// article's front matter tags, and <c>All{Property}</c> for each <c>[Taxonomy]</c> property of a
/// collection. Each term has its slug and the places of its articles, in the order of the
/// collection's <c>All</c>. Free (string) terms that differ only in case, white space, <c>-</c>, <c>_</c> or
/// <c>.</c> are one term, named by its most used form (ties: the first in <c>All</c> order);
/// every other form is CG0058 where it is written.
/// </summary>
/// <remarks>Runs over the articles' terms only (<see cref="ArticleFacets"/>): editing a paragraph never reruns it.</remarks>
internal static class Taxonomies
{
    /// <summary>The name <c>Articles.AllTags</c> takes the front matter tags by.</summary>
    public const string Tags = "Tags";

    public static IEnumerable<CollectionTaxonomies> Build(ImmutableArray<ArticleFacets> facets, ContentLayout layout)
    {
        if (!layout.Collections.Emit)
        {
            yield break;
        }

        var bySource = new Dictionary<(string, string), ArticleFacets>();
        foreach (ArticleFacets facet in facets)
        {
            if ((facet.Terms.Count > 0 || facet.Published is not null) && !bySource.ContainsKey((facet.Collection, facet.SourcePath)))
            {
                bySource.Add((facet.Collection, facet.SourcePath), facet);
            }
        }

        foreach (CatalogModel catalog in layout.Catalogs)
        {
            if (!catalog.Emit)
            {
                continue;
            }

            CollectionInfo collection = catalog.Collection;
            var diagnostics = new List<DiagnosticInfo>();
            var taxonomies = new List<TaxonomyModel>();
            EquatableArray<ArticleRef> newest = EquatableArray<ArticleRef>.Empty;
            if (collection.IsDefault)
            {
                // Every article's tags, whatever its collection, at its place in Articles.All.
                taxonomies.Add(Taxonomy(Tags, string.Empty, $"{collection.Name}.{CollectionInfo.AllTags}", free: true, catalog.Everything, bySource, diagnostics));
                newest = Newest(catalog.Everything, bySource);
            }
            else if (layout.Collections.Schema(collection.FullName) is { } schema)
            {
                foreach (SchemaProperty property in schema.Properties.Where(p => p.IsTaxonomy))
                {
                    string name = $"{collection.Name}.{CollectionSchema.TaxonomyName(property.Name)}";
                    taxonomies.Add(Taxonomy(property.Name, property.Name, name, free: property.Type.Kind == ValueKind.String, catalog.Entries, bySource, diagnostics));
                }
            }

            if (taxonomies.Count > 0)
            {
                yield return new CollectionTaxonomies(collection, taxonomies.ToEquatableArray(), diagnostics.ToEquatableArray()) { Newest = newest, Collections = catalog.All };
            }
        }
    }

    /// <summary>
    /// <c>Articles.Newest</c>: the places of the articles with a publication date, newest first;
    /// one instant keeps the order of <c>All</c> (source path).
    /// Sorted here, so a site's home page reads 20 articles instead of sorting thousands at run time.
    /// </summary>
    private static EquatableArray<ArticleRef> Newest(EquatableArray<PlacedEntry> all, Dictionary<(string, string), ArticleFacets> bySource)
    {
        var dated = new List<(long Published, int Position)>();
        for (int position = 0; position < all.Count; position++)
        {
            if (bySource.TryGetValue((all[position].Entry.Collection, all[position].Entry.SourcePath), out ArticleFacets? facet) && facet.Published is { } published)
            {
                dated.Add((published, position));
            }
        }

        return dated.OrderByDescending(d => d.Published).ThenBy(d => d.Position).Select(d => all[d.Position].Ref).ToEquatableArray();
    }

    /// <param name="property">The taxonomy's property (<c>Tags</c> for <c>Articles.AllTags</c>).</param>
    /// <param name="key">The <see cref="TermUse.Taxonomy"/> its uses carry.</param>
    /// <param name="name">Its name in messages: <c>Articles.AllTags</c>, <c>Post.AllCategories</c>.</param>
    /// <param name="free">Its terms are strings (forms of one term merge); else enum members or entry ids, exact.</param>
    /// <param name="all">The collection's <c>All</c>: its order is the order of a term's articles.</param>
    /// <param name="bySource">Each article's terms.</param>
    /// <param name="diagnostics">Where CG0058 and CG0059 go.</param>
    private static TaxonomyModel Taxonomy(string property, string key, string name, bool free, EquatableArray<PlacedEntry> all, Dictionary<(string, string), ArticleFacets> bySource, List<DiagnosticInfo> diagnostics)
    {
        // Each use, in All order; a term is grouped by its key (free terms) or as written.
        var groups = new Dictionary<string, List<(int Position, TermUse Use)>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int position = 0; position < all.Count; position++)
        {
            if (!bySource.TryGetValue((all[position].Entry.Collection, all[position].Entry.SourcePath), out ArticleFacets? facet))
            {
                continue;
            }

            foreach (TermUse use in facet.Terms)
            {
                if (use.Taxonomy != key)
                {
                    continue;
                }

                string group = free ? TermKey.Of(use.Term) : use.Term;
                if (!groups.TryGetValue(group, out List<(int, TermUse)>? uses))
                {
                    uses = [];
                    groups.Add(group, uses);
                    order.Add(group);
                }

                uses.Add((position, use));
            }
        }

        var terms = new List<(TermModel Term, TermUse First)>();
        foreach (string group in order)
        {
            List<(int Position, TermUse Use)> uses = groups[group];

            // The most used form names the term; a tie goes to the form used first in All order.
            var forms = uses.GroupBy(u => u.Use.Term, StringComparer.Ordinal).Select(g => (Form: g.Key, Count: g.Count(), First: g.Min(u => u.Position))).ToList();
            (string canonical, int count, _) = forms.OrderByDescending(f => f.Count).ThenBy(f => f.First).First();
            foreach ((int _, TermUse use) in uses.Where(u => u.Use.Term != canonical))
            {
                string share = string.Format(CultureInfo.InvariantCulture, "{0} of its {1} uses {2} '{3}'", count, uses.Count, count == 1 ? "is" : "are", canonical);
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.TermVariant, use.Location, use.Term, canonical, name, share));
            }

            TermUse named = uses.First(u => u.Use.Term == canonical).Use;
            EquatableArray<ArticleRef> articles = uses.Select(u => u.Position).Distinct().OrderBy(p => p).Select(p => all[p].Ref).ToEquatableArray();
            terms.Add((new TermModel(canonical, named.Slug, articles), uses[0].Use));
        }

        terms.Sort((a, b) => string.Compare(a.Term.Name, b.Term.Name, StringComparison.OrdinalIgnoreCase) is int c and not 0 ? c : string.CompareOrdinal(a.Term.Name, b.Term.Name));

        // A slug is a URL: one term each.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((TermModel term, TermUse first) in terms)
        {
            if (term.Slug.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.TermSlug, first.Location, term.Name, name, "has no letter or digit to make a slug of"));
            }
            else if (slugs.TryGetValue(term.Slug, out string? other))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.TermSlug, first.Location, term.Name, name, $"has the slug '{term.Slug}' of the term '{other}' too"));
            }
            else
            {
                slugs.Add(term.Slug, term.Name);
            }
        }

        return new TaxonomyModel(property, terms.Select(t => t.Term).ToEquatableArray());
    }
}
