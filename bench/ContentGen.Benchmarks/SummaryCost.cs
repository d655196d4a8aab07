using System;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generator;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using E = ContentGen.Generator.Emit.Payload.Encoders;

namespace ContentGen.Benchmarks;

/// <summary>
/// What the summary's default (the first paragraph of an article without a front matter summary)
/// costs in packed characters when the heads hold it: moved there (this format) against copied
/// there. `... -- summary-cost 10000` (news corpus), `CONTENTGEN_CORPUS=md ... summary-cost 10000 strip`
/// (the Markdown corpus with its summaries removed).
/// </summary>
public static class SummaryCost
{
    public static void Run(int articles, bool stripSummaries)
    {
        var workload = new Workload(articles);
        var paths = new ContentPaths(Workload.ProjectDirectory, Workload.ProjectDirectory + "Content/");
        var options = new EmitOptions("Bench", "public", EquatableArray<ContentGen.Generator.Diagnostics.DiagnosticInfo>.Empty);
        var collections = ContentGen.Generator.Schema.CollectionGlobs.Number(SchemaSet.Empty, options);
        var matcher = new ContentGen.Generator.Schema.CollectionMatcher(collections);
        var models = workload.Texts
            .Select(t => ContentGenerator.Parse(t.GetText()!, ContentGenerator.Describe(t.Path, new FileOptions(null), paths), default).Article!)
            .Select(a => ContentGen.Generator.Schema.SchemaBinder.Bind(a, matcher).Article!)
            .Select(a => stripSummaries && a.Metadata is not null ? a with { Metadata = a.Metadata with { Summary = null } } : a)
            .ToImmutableArray();
        var layout = ContentGen.Generator.Layout.Placement.Build([.. models.Select(ContentGen.Generator.Linking.LinkResolver.Entry)], collections);
        var index = new LinkIndex(layout.Placed, EquatableArray<string>.Empty);
        var links = models.Select(m => ContentGen.Generator.Linking.LinkResolver.Resolve(ContentGen.Generator.Linking.LinkResolver.Query(m), index)).ToImmutableArray();

        void Measure(string name, ImmutableArray<ArticleModel> heads, ImmutableArray<ArticleModel> bodies)
        {
            var encoded = bodies.Select(E.Body).ToImmutableArray();
            var backlinks = ContentGen.Generator.Layout.Bucketing.BacklinksOf([.. links.Select(l => new LinkEdges(l.Self, l.SourcePath, l.Targets))]);
            var files = ContentGen.Generator.Layout.Bucketing.Split(heads, links, encoded, layout, backlinks, long.MaxValue).Select(b => E.Pack(b, default)).ToArray();
            long h = files.Sum(f => f.Heads.Sum(x => (long)x.Length)), c = files.Sum(f => f.Chunks.Sum(x => (long)x.Length));
            Console.WriteLine($"{name}: heads {h:N0} chars, texts {c:N0} chars, total {h + c:N0}");
        }

        int without = models.Count(m => m.Metadata?.Summary is null && m.Paragraphs.Count > 0);
        Console.WriteLine($"{models.Length} articles, {without} without a summary");
        var withSummary = models.Select(m => m.Metadata?.Summary is null && m.Paragraphs.Count > 0
            ? m with { Metadata = (m.Metadata ?? new MetadataModel(null, null, null, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, null, false, EquatableArray<ExtraEntry>.Empty, EquatableArray<SlugReference>.Empty)) with { Summary = m.Paragraphs[0] } }
            : m).ToImmutableArray();
        Measure("the first paragraph moved into the head (this format)", models, models);
        Measure("the first paragraph copied into the head as a summary", withSummary, withSummary);
    }
}
