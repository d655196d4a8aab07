using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using ContentGen.Storage;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace ContentGen.Tests.Generation;

/// <summary>
/// What a content change costs a hot reload session, measured on the deltas the compiler emits
/// (Compilation.EmitDifference, the call dotnet watch makes). Every delta appends the string
/// literals of the methods it updates to the assembly's user-string heap, whose offsets are 24-bit:
/// the build and all updates of a session share 16,777,216 bytes (docs/performance.md, "Content
/// hot reload"). bench/hot-reload/probe.sh applies such deltas to a running assembly at 10,000 posts.
/// </summary>
public sealed class HotReloadDeltaTests
{
    [Fact]
    public void An_edit_adds_its_chunk_and_its_chunks_records_to_the_user_string_heap_not_the_other_chunks()
    {
        // Three articles of one bucket, each larger than a chunk: three chunks, three methods.
        string[] names = [.. Enumerable.Range(0, 1000).Select(i => $"post{i}").GroupBy(n => ContentGen.Generator.Layout.Placement.BucketOf(ContentGen.Generator.Parsing.Naming.Identifier(n))).First(g => g.Count() >= 3).Take(3).Order(StringComparer.Ordinal)];
        static string Text(string name, string words) => $"Title of {name}\n\nThe lead of {name}.\n\n{string.Join(" ", Enumerable.Range(0, 30_000).Select(i => words + i.ToString(CultureInfo.InvariantCulture)))}.";
        var project = new ContentProject().File($"Content/{names[0]}.txt", Text(names[0], "alpha")).File($"Content/{names[1]}.txt", Text(names[1], "beta")).File($"Content/{names[2]}.txt", Text(names[2], "gamma"));
        CSharpCompilation user = project.Compilation().WithOptions(project.Compilation().Options.WithOptimizationLevel(OptimizationLevel.Debug));
        GeneratorDriver driver = project.Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(user, out Compilation before, out _);

        // The middle article's second paragraph changes (its lead, the summary, lives in the records):
        // its chunk changes, and its record (its body's length).
        AdditionalText middle = project.AdditionalTexts[1];
        driver = driver.ReplaceAdditionalText(middle, ContentProject.Text(middle.Path, Text(names[1], "bravo"))).RunGeneratorsAndUpdateCompilation(user, out Compilation after, out _);

        SemanticEdits edits = SemanticEdits.Between(before, after);
        Assert.Null(edits.Rude);
        Assert.Equal(["C1", "H1"], edits.List.Select(e => e.NewSymbol!.Name).Order(StringComparer.Ordinal));

        int heap = DeltaUserStringHeap(before, after, edits);
        string file = PayloadLiterals(after).Single(l => l.Method == "C2").File;
        (string Method, string Value)[] bucket = [.. PayloadLiterals(after).Where(l => l.File == file).Select(l => (l.Method, l.Value))];
        Assert.Equal(["C0", "C1", "C2", "H0", "H1", "H2"], bucket.Select(l => l.Method).Order(StringComparer.Ordinal));

        // Exactly the new chunk's and records' literals, as the heap stores them (ECMA-335 II.24.2.4), padded to 4 bytes.
        Assert.Equal(Align4(bucket.Where(l => l.Method is "C1" or "H1").Sum(l => BlobSize(l.Value))), heap);
        Assert.True(heap * 2 < bucket.Sum(l => BlobSize(l.Value)), $"{heap} bytes of a bucket of {bucket.Sum(l => BlobSize(l.Value))}");
    }

    [Fact]
    public void An_added_article_sends_its_chunk_and_its_records_a_segment_of_each_index_and_the_records_of_the_article_it_links_to()
    {
        // Bucket B: first (a chunk of its own: an article of a chunk's size or more ends its chunk),
        // then the added article, linked (one article of B is linked to from bucket C), last (as
        // large, so it ends the added article's chunk), and a tail in the next chunk. T is in bucket
        // D; the added article links to T. Slots were positions: the added article moved the slots
        // of linked, last and tail, and so the records of Y (bucket C) and the getters of all three.
        static int Bucket(string name) => ContentGen.Generator.Layout.Placement.BucketOf(ContentGen.Generator.Parsing.Naming.Identifier(name));
        string[] pool = [.. Enumerable.Range(0, 2000).Select(i => $"post{i:D4}")];
        string[] b = [.. pool.GroupBy(Bucket).First(g => g.Count() >= 5).Take(5).Order(StringComparer.Ordinal)];
        string y = pool.First(n => Bucket(n) != Bucket(b[0]));
        string t = pool.First(n => Bucket(n) != Bucket(b[0]) && Bucket(n) != Bucket(y));
        (string first, string added, string linked, string last, string tail) = (b[0], b[1], b[2], b[3], b[4]);
        static string Large(string name) => $"# {name}\n\nThe lead.\n\n{string.Join(" ", Enumerable.Range(0, 30_000).Select(i => name + i.ToString(CultureInfo.InvariantCulture)))}.\n";
        var project = new ContentProject()
            .File($"Content/{first}.md", Large(first))
            .File($"Content/{linked}.md", $"# {linked}\n\nLinked to from {y}.\n")
            .File($"Content/{last}.md", Large(last))
            .File($"Content/{tail}.md", $"# {tail}\n\nThe tail.\n")
            .File($"Content/{y}.md", $"# {y}\n\nSee [the linked one]({linked}.md).\n")
            .File($"Content/{t}.md", $"# {t}\n\nA target.\n");
        CSharpCompilation user = project.Compilation().WithOptions(project.Compilation().Options.WithOptimizationLevel(OptimizationLevel.Debug));
        GeneratorDriver driver = project.Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(user, out Compilation before, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);

        driver = project.Add(driver, $"Content/{added}.md", $"# {added}\n\nSaved while the site ran, linking to [T]({t}.md).\n")
            .RunGeneratorsAndUpdateCompilation(user, out Compilation after, out diagnostics);
        Assert.Empty(diagnostics);

        SemanticEdits edits = SemanticEdits.Between(before, after);
        Assert.Null(edits.Rude);
        string bucketB = $"B{Bucket(first):D2}", bucketD = $"B{Bucket(t):D2}";
        string[] expected =
        [
            $"{bucketB}.C1", $"{bucketB}.H1", $"{bucketD}.H0",
            $"Articles.{ContentGen.Generator.Parsing.Naming.Identifier(added)}",
            "__All.P0", "__Catalog.I0",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), edits.List.Select(e => $"{e.NewSymbol!.ContainingType.Name}.{e.NewSymbol.Name}").Order(StringComparer.Ordinal));
        Assert.Equal([$"Articles.{ContentGen.Generator.Parsing.Naming.Identifier(added)}"], edits.List.Where(e => e.Kind == SemanticEditKind.Insert).Select(e => $"{e.NewSymbol!.ContainingType.Name}.{e.NewSymbol.Name}"));

        // The first chunk and the tail's chunk are the same literals as before.
        (string File, string Method, string Value)[] was = PayloadLiterals(before), now = PayloadLiterals(after);
        string fileB = now.Single(l => l.Method == "C2").File;
        Assert.Equal(["C0", "C1", "C2", "H0", "H1", "H2"], now.Where(l => l.File == fileB).Select(l => l.Method).Order(StringComparer.Ordinal));
        foreach (string method in (string[])["C0", "C2", "H0", "H2"])
        {
            Assert.Equal(was.Single(l => l.File == fileB && l.Method == method).Value, now.Single(l => l.File == fileB && l.Method == method).Value);
        }

        // The delta's heap: exactly those literals.
        int heap = DeltaUserStringHeap(before, after, edits);
        string fileD = now.Single(l => l.Method == "H0" && l.File != fileB && l.File.EndsWith($".{Bucket(t):D2}.g.cs", StringComparison.Ordinal)).File;
        int sent = now.Where(l => (l.File == fileB && l.Method is "C1" or "H1") || (l.File == fileD && l.Method == "H0") || l.Method is "I0" or "P0").Sum(l => BlobSize(l.Value));
        Assert.Equal(Align4(sent), heap);

        // And the content reads back: the added article's link, its target's backlink, Y's link.
        Article[] articles = [.. new GenerationResult(driver.GetRunResult(), after).LoadArticles()];
        Article newOne = articles.Single(a => a.Slug == added);
        Assert.Equal(t, Assert.Single(newOne.Links).Target!.Slug);
        Assert.Equal([added], articles.Single(a => a.Slug == t).LinkedFrom.Select(a => a.Slug));
        Assert.Equal(linked, Assert.Single(articles.Single(a => a.Slug == y).Links).Target!.Slug);
    }

    [Fact]
    public void An_added_article_sends_the_taxonomy_segment_of_its_term_and_the_segment_of_Newest_it_falls_in_not_the_whole_taxonomy()
    {
        // 1,000 dated posts in 60 tags: the tags are several segments, Newest several more. Format 4
        // stored positions in All, which the add shifted for every later article: every term and
        // the whole of Newest changed.
        var project = new ContentProject();
        for (int i = 0; i < 1000; i++)
        {
            project.File($"Content/p{i:D4}.md", $"---\ndate: {Day(i)}\ntags: [topic-{i % 60:D2}]\n---\n# Post {i}\n\nText of {i}.\n");
        }

        CSharpCompilation user = project.Compilation().WithOptions(project.Compilation().Options.WithOptimizationLevel(OptimizationLevel.Debug));
        GeneratorDriver driver = project.Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(user, out Compilation before, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);

        // Dated as p0500, so it comes right after p0500 in Newest (one instant keeps All's order).
        driver = project.Add(driver, "Content/p0500a.md", $"---\ndate: {Day(500)}\ntags: [topic-07]\n---\n# Added\n\nSaved while the site ran.\n")
            .RunGeneratorsAndUpdateCompilation(user, out Compilation after, out diagnostics);
        Assert.Empty(diagnostics);

        SemanticEdits edits = SemanticEdits.Between(before, after);
        Assert.Null(edits.Rude);
        (string File, string Method, string Value)[] was = PayloadLiterals(before), now = PayloadLiterals(after);
        string taxonomies = now.Single(l => l.Method == "T0_0").File;
        (string Method, string Value)[] terms = [.. now.Where(l => l.File == taxonomies && l.Method.StartsWith("T0_", StringComparison.Ordinal)).Select(l => (l.Method, l.Value))];
        (string Method, string Value)[] newest = [.. now.Where(l => l.File == taxonomies && l.Method.StartsWith("N_", StringComparison.Ordinal)).Select(l => (l.Method, l.Value))];
        Assert.InRange(terms.Length, 4, 20);
        Assert.InRange(newest.Length, 2, 12);
        Assert.Equal(terms.Length + newest.Length, was.Count(l => l.File == taxonomies));

        // Of the taxonomy class, the delta updates the segment that holds topic-07 and one of Newest's.
        string term = Assert.Single(terms, l => Contains(Payload.Inflate(l.Value), "topic-07")).Method;
        string[] changed = [.. newest.Where(l => was.Single(w => w.File == taxonomies && w.Method == l.Method).Value != l.Value).Select(l => l.Method)];
        string order = Assert.Single(changed);
        Assert.Equal(
            new[] { term, order }.Order(StringComparer.Ordinal),
            edits.List.Where(e => e.NewSymbol!.ContainingType.Name == "__Taxonomies").Select(e => e.NewSymbol!.Name).Order(StringComparer.Ordinal));
        foreach ((string method, string value) in terms.Where(l => l.Method != term))
        {
            Assert.Equal(was.Single(w => w.File == taxonomies && w.Method == method).Value, value);
        }

        // Its segment of Newest holds one place more than before.
        Assert.Equal(Count(was.Single(w => w.File == taxonomies && w.Method == order).Value) + 1, Count(newest.Single(l => l.Method == order).Value));

        // The delta's heap holds those two literals of the taxonomy, a small part of it, and the article's own (chunk, records, index, places).
        int heap = DeltaUserStringHeap(before, after, edits);
        int sentTaxonomy = BlobSize(terms.Single(l => l.Method == term).Value) + BlobSize(newest.Single(l => l.Method == order).Value);
        int wholeTaxonomy = terms.Concat(newest).Sum(l => BlobSize(l.Value));
        int sent = edits.List.Sum(e => e.NewSymbol!.DeclaringSyntaxReferences.Single().GetSyntax() is MethodDeclarationSyntax { ExpressionBody.Expression: LiteralExpressionSyntax literal } ? BlobSize(literal.Token.ValueText) : 0);
        Assert.Equal(Align4(sent), heap);
        Assert.True(sentTaxonomy * 2 < sent, $"the taxonomy's {sentTaxonomy} bytes of {sent}");
        Assert.True(sentTaxonomy * 4 < wholeTaxonomy, $"{sentTaxonomy} bytes of a taxonomy of {wholeTaxonomy}");

        // And it reads back: the term lists it in All's order, Newest after p0500.
        var result = new GenerationResult(driver.GetRunResult(), after);
        result.LoadArticles();
        var tags = (Taxonomy<Article>)result.LoadedArticlesType!.GetProperty("AllTags")!.GetValue(null)!;
        Assert.Equal([.. Enumerable.Range(0, 1000).Where(i => i % 60 == 7).Select(i => $"p{i:D4}").Append("p0500a").Order(StringComparer.Ordinal)], tags.Find("topic-07")!.Articles.Select(a => a.Slug));
        var latest = (IReadOnlyList<Article>)result.LoadedArticlesType!.GetProperty("Newest")!.GetValue(null)!;
        Assert.Equal(1001, latest.Count);
        Assert.Equal(["p0501", "p0500", "p0500a", "p0499"], latest.Skip(498).Take(4).Select(a => a.Slug));
        Assert.Equal("p0999", latest[0].Slug);
        Assert.Equal("p0000", latest[1000].Slug);

        static string Day(int i) => new DateTime(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
        static int Count(string packed)
        {
            var reader = new PayloadReader(Payload.Inflate(packed));
            return reader.Int();
        }
    }

    [Fact]
    public void Every_payload_literal_ends_with_a_lone_surrogate_so_a_full_heap_is_a_compile_error_not_a_data_field()
    {
        // With the runtime's AddFieldRva capability, the compiler moves a literal that no longer fits
        // the heap into a data-section field, unless the string has no UTF-8 form; the .NET 10
        // runtime fails to apply such fields after a few dozen (dotnet/runtime#131752).
        GenerationResult result = new ContentProject()
            .File("Content/a.txt", "Aye\n\nFirst paragraph.\n\nAlso read: Bee")
            .File("Content/b.md", "# Bee\n\nA [link](a.txt).")
            .Property("ContentGenLiteralBudget", "100000")
            .Generate();

        (string File, string Method, string Value)[] literals = PayloadLiterals(result.Output);
        Assert.Contains(literals, l => l.Method == "I0");
        Assert.Contains(literals, l => l.Method == "P0");
        Assert.Contains(literals, l => l.Method == "H0");
        Assert.Contains(literals, l => l.Method == "C0");
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach ((_, string method, string value) in literals)
        {
            Assert.EndsWith("\uD800", value, StringComparison.Ordinal);
            Assert.Throws<EncoderFallbackException>(() => strict.GetBytes(value));
            Assert.True(value.AsSpan(0, value.Length - 1).IndexOfAnyExceptInRange('\u4000', '\uBFFF') < 0, method);
        }

        // The reader skips the marker: the content reads back.
        Article a = result.LoadArticles().Single(x => x.Slug == "a");
        Assert.Equal("First paragraph.", a.Paragraphs[0].Text);
        Assert.Equal("b", Assert.Single(a.Links).Target!.Slug);
    }

    /// <summary>The packed payload literals of the generated code: the segments of the catalog's index and of Articles.All's places, each bucket's heads and chunks.</summary>
    private static (string File, string Method, string Value)[] PayloadLiterals(Compilation compilation) =>
    [
        .. compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(method => (tree.FilePath, method)))
            .Where(m => m.method.ExpressionBody?.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression })
            .Select(m => (m.FilePath, m.method.Identifier.ValueText, ((LiteralExpressionSyntax)m.method.ExpressionBody!.Expression).Token.ValueText)),
    ];

    /// <summary>The size of the user-string heap of the delta that takes <paramref name="before"/> to <paramref name="after"/>.</summary>
    private static int DeltaUserStringHeap(Compilation before, Compilation after, SemanticEdits edits)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = before.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        ImmutableArray<byte> image = [.. pe.ToArray()];
        using var reader = new PEReader(image);
        MetadataReader metadata = reader.GetMetadataReader();
        EmitBaseline baseline = EmitBaseline.CreateInitialBaseline(
            before,
            ModuleMetadata.CreateFromImage(image),
            _ => EditAndContinueMethodDebugInformation.Create(ImmutableArray<byte>.Empty, ImmutableArray<byte>.Empty),
            handle => metadata.GetMethodDefinition(handle).RelativeVirtualAddress is int rva and not 0 ? reader.GetMethodBody(rva).LocalSignature : default,
            hasPortableDebugInformation: true);

        using var metadataDelta = new MemoryStream();
        using var il = new MemoryStream();
        using var pdbDelta = new MemoryStream();
        EmitDifferenceResult delta = after.EmitDifference(baseline, edits.List, edits.IsAdded, metadataDelta, il, pdbDelta);
        Assert.True(delta.Success, string.Join("\n", delta.Diagnostics));
        using MetadataReaderProvider provider = MetadataReaderProvider.FromMetadataImage([.. metadataDelta.ToArray()]);
        return provider.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }

    /// <summary>A string in the #US heap: its compressed length, two bytes a character, one terminal byte.</summary>
    private static int BlobSize(string value)
    {
        int length = (value.Length * 2) + 1;
        return (length < 0x80 ? 1 : length < 0x4000 ? 2 : 4) + length;
    }

    private static int Align4(int value) => (value + 3) & ~3;
}
