using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Emit;
using ContentGen.Generator.Emit.Payload;
using ContentGen.Generator.Layout;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Linking;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using ContentGen.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator;

/// <summary>Turns every content file of a project into a strongly typed article class.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContentGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Read the project's settings.
        IncrementalValueProvider<EmitOptions> emitOptions = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.ReadEmitOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.EmitOptions);

        IncrementalValueProvider<ContentPaths> contentPaths = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.ReadContentPaths(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ContentPaths);

        // 2. Which additional files are content: the manifest the package's targets write. Each
        // file's classification reruns when the manifest changes (a file added), but is equal for
        // the files already there, so their parse stays cached.
        IncrementalValueProvider<ContentManifest> manifest = context.AdditionalTextsProvider
            .Combine(contentPaths)
            .Where(input => input.Right.Manifest.Length > 0 && ContentPath.Collapse(input.Left.Path) == input.Right.Manifest)
            .Select((input, ct) => OptionsReader.ReadManifest(input.Left.GetText(ct)))
            .Collect()
            .Select((found, _) => found.Length > 0 ? found[0] : ContentManifest.Empty)
            .WithTrackingName(TrackingNames.Manifest);

        IncrementalValuesProvider<ContentInput> content = context.AdditionalTextsProvider
            .Combine(manifest)
            .SelectMany((input, _) => input.Right.Find(ContentPath.Collapse(input.Left.Path)) is { } entry ? ImmutableArray.Create(new ContentInput(input.Left, entry.Kind, entry.Slug)) : ImmutableArray<ContentInput>.Empty)
            .WithTrackingName(TrackingNames.Files);

        // 3. Parse each content file on its own: an edit re-parses that file only. SelectMany
        // (0 or 1 result) instead of Select + Where: every step over all files costs each run
        // its own table of 10,000 entries (docs/performance.md).
        IncrementalValuesProvider<ParseResult> parsed = content
            .Combine(contentPaths)
            .SelectMany((input, ct) => input.Left.Kind == FileKind.Article
                ? ImmutableArray.Create(ParseFile(input.Left.Text, input.Left.Slug, input.Right, ct))
                : ImmutableArray<ParseResult>.Empty)
            .WithTrackingName(TrackingNames.Parse);

        // An MDX page under the content folder would otherwise vanish as an asset: say so (CG0031).
        IncrementalValuesProvider<DiagnosticInfo> unsupported = content
            .Combine(contentPaths)
            .SelectMany((input, _) => input.Left.Kind == FileKind.Asset && IsMdx(input.Left.Text.Path, input.Right)
                ? ImmutableArray.Create(DiagnosticInfo.Create(Descriptors.UnsupportedMdx, LocationInfo.StartOf(input.Left.Text.Path), ContentPath.RelativeTo(input.Left.Text.Path, input.Right.ProjectDirectory)))
                : ImmutableArray<DiagnosticInfo>.Empty);

        // Asset files (ContentGenAsset items): only their paths, to check Markdown links and images.
        IncrementalValueProvider<EquatableArray<string>> assets = content
            .Combine(contentPaths)
            .SelectMany((input, _) => input.Left.Kind == FileKind.Asset ? ImmutableArray.Create(ContentPath.RelativeTo(input.Left.Text.Path, input.Right.ProjectDirectory)) : ImmutableArray<string>.Empty)
            .Collect()
            .Select((paths, _) => paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Assets);

        // 4. Read the collection types declared in C#, into plain data: an unrelated C# edit changes
        // nothing here. The names object's members take come from the compilation too (equal after any edit).
        IncrementalValueProvider<EquatableArray<string>> objectMembers = context.CompilationProvider
            .Select((compilation, _) => SchemaReader.MemberNames(compilation.GetSpecialType(SpecialType.System_Object)));

        // Locations stay in the reads: only the shapes go on, so a line inserted above a collection
        // type, a comment, a reordered member or a computed property's body reruns no later step.
        IncrementalValuesProvider<SchemaRead> schemaReads = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaReader.AttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, ct) => SchemaReader.Read(syntax, ct))
            .WithTrackingName(TrackingNames.Schemas);

        IncrementalValuesProvider<SchemaRead> dataSchemaReads = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaReader.DataAttributeName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, ct) => SchemaReader.ReadData(syntax, ct))
            .WithTrackingName(TrackingNames.DataSchemas);

        IncrementalValueProvider<CollectionSet> collections = schemaReads
            .Select((read, _) => read.Schema)
            .WithTrackingName(TrackingNames.SchemaShapes)
            .Collect()
            .Combine(dataSchemaReads.Select((read, _) => read.Schema).WithTrackingName(TrackingNames.DataSchemaShapes).Collect())
            .Combine(emitOptions)
            .Combine(objectMembers)
            .Select((input, _) => CollectionGlobs.Number(new SchemaSet(input.Left.Left.Left.Concat(input.Left.Left.Right).OrderBy(c => c.FullName, StringComparer.Ordinal).ToEquatableArray()), input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Collections);

        IncrementalValueProvider<CollectionMatcher> matcher = collections.Select((set, _) => new CollectionMatcher(set));

        // 5. Put each article in its collection and type its front matter: an edit binds that
        // article only. The result carries the parse's diagnostics too: one step fewer over all files.
        IncrementalValuesProvider<BoundArticle> bound = parsed
            .Combine(matcher)
            .Select((input, _) => SchemaBinder.Bind(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Bind);

        // The names an article's references give, and its terms: what backward lookups and taxonomies read.
        IncrementalValuesProvider<ArticleFacets> facets = bound
            .SelectMany((result, _) => result.Facets is { } facet ? ImmutableArray.Create(facet) : ImmutableArray<ArticleFacets>.Empty)
            .WithTrackingName(TrackingNames.Facets);

        IncrementalValuesProvider<ArticleModel> articles = bound
            .SelectMany((result, _) => result.Article is { } article ? ImmutableArray.Create(article) : ImmutableArray<ArticleModel>.Empty)
            .WithTrackingName(TrackingNames.Articles);

        // 6. Give every article its place (collection, bucket, key) from one small projection
        // (names, never text): a paragraph edit leaves it unchanged, so nothing cross-file reruns.
        IncrementalValueProvider<ContentLayout> layout = articles
            .Select((article, _) => LinkResolver.Entry(article))
            .WithTrackingName(TrackingNames.IndexEntries)
            .Collect()
            .Combine(collections)
            .Select((input, _) => Placement.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Layout);

        // 6b. Data files: the YAML and JSON files a data collection claims (assets under the content
        // folder, ContentGenData items elsewhere), each read and typed on its own. Their entries'
        // names (never their values) give every entry its place: an author's bio edit reruns this
        // file's steps and its collection's catalog, nothing that only refers to the author.
        IncrementalValuesProvider<DataFileResult> dataFiles = content
            .SelectMany((input, _) => input.Kind is FileKind.Asset or FileKind.Data && DataFileParser.IsDataFile(input.Text.Path) ? ImmutableArray.Create(input) : ImmutableArray<ContentInput>.Empty)
            .Combine(matcher.Combine(contentPaths))
            .SelectMany((input, ct) => ReadData(input.Left.Text, input.Right.Left, input.Right.Right, ct))
            .WithTrackingName(TrackingNames.DataFiles);

        IncrementalValueProvider<DataLayout> dataLayout = dataFiles
            .Select((file, _) => file.Entries.Select(e => e.Key).ToEquatableArray())
            .WithTrackingName(TrackingNames.DataKeys)
            .Collect()
            .Combine(collections)
            .Select((input, _) => DataPlacement.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DataLayout);

        // 7. Resolve related links, references, and Markdown links to files against the placed articles and entries.
        IncrementalValueProvider<LinkIndex> linkIndex = layout
            .Combine(assets)
            .Combine(dataLayout)
            .Select((input, _) => new LinkIndex(input.Left.Left.Placed, input.Left.Right, input.Right, input.Left.Left.LeftOut));

        IncrementalValuesProvider<ResolvedLinks> links = articles
            .Select((article, _) => LinkResolver.Query(article))
            .WithTrackingName(TrackingNames.LinkQueries)
            .Combine(linkIndex)
            .Select((input, _) => LinkResolver.Resolve(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Links);

        // 8. Each article's final HTML: links to pages, assets' URLs, images' sizes, at the places
        // the parser recorded (Markdig does not run again). The context is one value: only a change
        // of the index, the URL settings or the image table reruns it for every article.
        IncrementalValueProvider<RenderOptions> renderOptions = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.ReadRenderOptions(provider.GlobalOptions));

        IncrementalValueProvider<ImageTable> images = context.AdditionalTextsProvider
            .Combine(renderOptions)
            .Where(input => input.Right.ImageTable.Length > 0 && ContentPath.Collapse(input.Left.Path) == input.Right.ImageTable)
            .Select((input, ct) => OptionsReader.ReadImageTable(input.Left.GetText(ct), input.Right.ProjectDirectory))
            .Collect()
            .Select((found, _) => found.Length > 0 ? found[0] : ImageTable.None)
            .WithTrackingName(TrackingNames.Images);

        IncrementalValueProvider<PageContext> pageContext = linkIndex.Combine(renderOptions).Combine(images)
            .Select((input, _) => new PageContext(input.Left.Right, input.Left.Left, input.Right));

        IncrementalValuesProvider<RenderedArticle> pages = articles
            .Combine(pageContext)
            .Select((input, _) => PageHtml.Render(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Pages);

        // Data entries name images too (an author's avatar), relative to their file: the same rule.
        IncrementalValuesProvider<RenderedData> dataImages = dataFiles
            .Combine(pageContext)
            .Select((input, _) => PageHtml.RenderData(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DataImages);

        // 9. Encode each article's texts on its own (cached per article), turn the links around into
        // backlinks from a projection that a paragraph edit leaves equal, then group the articles
        // into buckets from those cached values (a linear pass; unchanged buckets compare by reference).
        IncrementalValuesProvider<EquatableArray<byte>> bodies = pages
            .Select((page, _) => Encoders.Body(page.Article))
            .WithTrackingName(TrackingNames.Bodies);

        IncrementalValueProvider<Backlinks> backlinks = links
            .Select((resolved, _) => new LinkEdges(resolved.Self, resolved.SourcePath, resolved.Targets))
            .WithTrackingName(TrackingNames.LinkEdges)
            .Collect()
            .Select((edges, _) => Bucketing.BacklinksOf(edges))
            .WithTrackingName(TrackingNames.Backlinks);

        IncrementalValuesProvider<BucketModel> buckets = pages.Select((page, _) => page.Article).Collect()
            .Combine(links.Collect())
            .Combine(bodies.Collect())
            .Combine(layout.Combine(backlinks).Combine(emitOptions.Select((options, _) => options.LiteralBudget)))
            .SelectMany((input, _) => Bucketing.Split(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right.Left.Left, input.Right.Left.Right, input.Right.Right))
            .WithTrackingName(TrackingNames.Buckets);

        // 10. Compress each bucket's records and texts on its own: an edit recompresses one bucket.
        // Nothing joins the buckets again: every step after the split is per bucket. (Packing each
        // chunk on its own step would need such a join, and step tracking, which walks every
        // path from an output to the inputs, then takes minutes in the caching tests.)
        IncrementalValuesProvider<BucketFile> bucketFiles = buckets
            .Select((bucket, cancellationToken) => Encoders.Pack(bucket, cancellationToken))
            .WithTrackingName(TrackingNames.BucketFiles);

        // 11. Each collection's catalog: All, Find, the index, duplicate checks.
        IncrementalValuesProvider<CatalogModel> catalogs = layout
            .SelectMany((value, _) => value.Catalogs)
            .WithTrackingName(TrackingNames.Catalog);

        // 11b. Each collection's backward lookups (Post.WithAuthor), from the names its articles' references give.
        IncrementalValuesProvider<CollectionLookups> lookups = facets.Collect()
            .Combine(layout)
            .SelectMany((input, _) => DataPlacement.ArticleLookups(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Lookups);

        // 11c. Each collection's taxonomies (Articles.AllTags, Post.AllCategories), from its articles' terms.
        IncrementalValuesProvider<CollectionTaxonomies> taxonomies = facets.Collect()
            .Combine(layout)
            .SelectMany((input, _) => Taxonomies.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Taxonomies);

        // 11d. Each data collection's entries, with their references resolved, and its backward lookups.
        IncrementalValuesProvider<DataFileLinks> dataLinks = dataFiles
            .Combine(linkIndex)
            .Select((input, _) => LinkResolver.ResolveData(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DataLinks);

        IncrementalValuesProvider<DataCatalogModel> dataCatalogs = dataImages.Select((rendered, _) => rendered.File).Collect()
            .Combine(dataLinks.Collect())
            .Combine(collections)
            .SelectMany((input, _) => DataPlacement.Catalogs(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.DataCatalogs);

        // 12. Report and write.
        context.RegisterSourceOutput(emitOptions.Select((options, _) => options.Diagnostics), Report);
        context.RegisterSourceOutput(unsupported, (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));
        context.RegisterSourceOutput(bound.Select((result, _) => result.Diagnostics), Report);
        context.RegisterSourceOutput(links.Select((resolved, _) => resolved.Diagnostics), Report);
        context.RegisterSourceOutput(pages.Select((page, _) => page.Diagnostics), Report);
        context.RegisterSourceOutput(dataFiles.Select((file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(dataLinks.Select((file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(dataImages.Select((rendered, _) => rendered.Diagnostics), Report);
        context.RegisterSourceOutput(bucketFiles, EmitBucket);
        context.RegisterSourceOutput(catalogs, EmitCatalog);
        context.RegisterSourceOutput(dataCatalogs, EmitData);
        context.RegisterSourceOutput(lookups, EmitLookups);
        context.RegisterSourceOutput(taxonomies, EmitTaxonomies);

        // The collection types' own diagnostics, and CG0032 at the pattern of each collection that
        // matches no file: rerun on each keystroke in a collection's file (the reads hold the
        // locations), and feed nothing else. One output for both kinds of collection, so that a
        // nested record's problem, read with each collection that uses it, is reported once.
        IncrementalValueProvider<ImmutableArray<SchemaRead>> reads = schemaReads.Collect()
            .Combine(dataSchemaReads.Collect())
            .Select((input, _) => input.Left.AddRange(input.Right));
        context.RegisterSourceOutput(reads.Select((all, _) => all.SelectMany(r => r.Diagnostics).Distinct().ToEquatableArray()), Report);
        context.RegisterSourceOutput(
            layout.Select((value, _) => value.Unmatched)
                .Combine(dataFiles.Select((file, _) => file.Collection).Collect().Combine(collections).Select((input, _) => DataPlacement.Unmatched(input.Left, input.Right)))
                .Combine(reads)
                .Select((input, _) => Placement.Unmatched(input.Left.Left.Concat(input.Left.Right).ToEquatableArray(), input.Right)),
            Report);
    }

    /// <summary>An additional file that is content, with what the manifest says of it.</summary>
    /// <remarks>Equal when the file and its metadata are: the compiler keeps one AdditionalText per unchanged file.</remarks>
    private sealed record ContentInput(AdditionalText Text, FileKind Kind, string Slug);

    private static ParseResult ParseFile(AdditionalText additionalText, string slug, ContentPaths paths, CancellationToken cancellationToken)
    {
        var fileOptions = new FileOptions(slug.Length > 0 ? slug : null);
        string path = additionalText.Path;
        try
        {
            ContentFile file = Describe(path, fileOptions, paths);
            SourceText? text = additionalText.GetText(cancellationToken);
            if (text is null)
            {
                return Failure(path, Descriptors.NotText, file.SourcePath, "the compiler could not read it");
            }

            if (Utf8Size(text, paths.MaxFileSize) is long size && size > paths.MaxFileSize)
            {
                return Failure(path, Descriptors.FileTooLarge, file.SourcePath, size.ToString(CultureInfo.InvariantCulture), paths.MaxFileSize.ToString(CultureInfo.InvariantCulture));
            }

            // Bytes that are not UTF-8 make the compiler fall back to a decoding that replaces or
            // changes them: the text would be silently wrong, so the file is an error, not parsed.
            if (Utf8Check.Check(text, file) is { } notUtf8)
            {
                return new ParseResult(null, ImmutableArray.Create(notUtf8).ToEquatableArray());
            }

            return Parse(text, file, cancellationToken, paths.MarkdownExtensions, paths.HighlightCode, paths.HeadingAnchors);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never CS8785: a bug for one file is that file's error, and the others still generate.
            return Failure(path, Descriptors.InternalError, path, ex.GetType().FullName!, ex.Message);
        }
    }

    /// <summary>A YAML or JSON file, read and typed when a data collection claims it (CG0018 when several do: the first by full name takes it).</summary>
    private static ImmutableArray<DataFileResult> ReadData(AdditionalText additionalText, CollectionMatcher collections, ContentPaths paths, CancellationToken cancellationToken)
    {
        string path = additionalText.Path;
        string sourcePath = ContentPath.RelativeTo(path, paths.ProjectDirectory);
        System.Collections.Generic.List<CollectionSchema> claiming = collections.ClaimingData(sourcePath);
        if (claiming.Count == 0)
        {
            return ImmutableArray<DataFileResult>.Empty;
        }

        CollectionSchema schema = claiming[0];
        DataFileResult Failure(DiagnosticDescriptor descriptor, params string[] args) =>
            new(schema.FullName, sourcePath, EquatableArray<DataEntryModel>.Empty, ImmutableArray.Create(DiagnosticInfo.Create(descriptor, LocationInfo.StartOf(path), args)).ToEquatableArray());
        try
        {
            SourceText? text = additionalText.GetText(cancellationToken);
            if (text is null)
            {
                return ImmutableArray.Create(Failure(Descriptors.InvalidDataFile, "the compiler could not read it"));
            }

            if (Utf8Size(text, paths.MaxFileSize) is long size && size > paths.MaxFileSize)
            {
                return ImmutableArray.Create(Failure(Descriptors.FileTooLarge, sourcePath, size.ToString(CultureInfo.InvariantCulture), paths.MaxFileSize.ToString(CultureInfo.InvariantCulture)));
            }

            // As for content files: a text the compiler did not read as UTF-8 is silently wrong.
            if (Utf8Check.Check(text, path, sourcePath) is { } notUtf8)
            {
                return ImmutableArray.Create(new DataFileResult(schema.FullName, sourcePath, EquatableArray<DataEntryModel>.Empty, ImmutableArray.Create(notUtf8).ToEquatableArray()));
            }

            DataFileResult result = SchemaBinder.BindData(text, path, sourcePath, schema, collections, cancellationToken);
            if (claiming.Count > 1)
            {
                result = result with { Diagnostics = result.Diagnostics.Prepend(DiagnosticInfo.Create(Descriptors.ClaimedTwice, LocationInfo.StartOf(path), sourcePath, string.Join(", ", claiming.Select(c => c.Name)))).ToEquatableArray() };
            }

            return ImmutableArray.Create(result);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ImmutableArray.Create(Failure(Descriptors.InternalError, path, ex.GetType().FullName!, ex.Message));
        }
    }

    private static void EmitData(SourceProductionContext context, DataCatalogModel catalog)
    {
        Report(context, catalog.Diagnostics);
        if (catalog.Emit)
        {
            Write(context, DataEmitter.HintName(catalog.Collection), () => DataEmitter.Emit(catalog, Encoders.Entries(catalog), catalog.Lookups.Select(Encoders.Lookup).ToEquatableArray()));
        }
    }

    private static void EmitLookups(SourceProductionContext context, CollectionLookups lookups) =>
        Write(context, Lookups.HintName(lookups.Collection), () => Lookups.Emit(lookups.Collection, lookups.Schema, lookups.Lookups, lookups.Lookups.Select(Encoders.Lookup).ToEquatableArray()));

    private static void EmitTaxonomies(SourceProductionContext context, CollectionTaxonomies taxonomies)
    {
        Report(context, taxonomies.Diagnostics);
        Write(context, TaxonomyEmitter.HintName(taxonomies.Collection), () => TaxonomyEmitter.Emit(taxonomies, taxonomies.Taxonomies.Select(Encoders.Terms).ToEquatableArray(), taxonomies.Collection.IsDefault ? Encoders.Newest(taxonomies.Newest) : null));
    }

    /// <summary>Adds a generated file; a bug while writing it is CG9999 naming the file, never CS8785 for the whole generator.</summary>
    private static void Write(SourceProductionContext context, string hintName, Func<string> source)
    {
        try
        {
            context.AddSource(hintName, source());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, hintName, ex.GetType().FullName, ex.Message));
        }
    }

    /// <summary>An MDX file under the content folder.</summary>
    private static bool IsMdx(string path, ContentPaths paths) =>
        path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase) && ContentPath.Collapse(path).StartsWith(paths.ContentDirectory, StringComparison.Ordinal);

    /// <summary>One file's text by its format: Markdown for <c>.md</c> and <c>.markdown</c>, else plain text.</summary>
    internal static ParseResult Parse(SourceText text, ContentFile file, CancellationToken cancellationToken, string? markdownExtensions = null, bool highlightCode = true, bool headingAnchors = false) =>
        ContentPath.IsMarkdown(file.Path)
            ? MarkdownArticleParser.Parse(text, file, cancellationToken, markdownExtensions, highlightCode, headingAnchors)
            : TextArticleParser.Parse(text, file, cancellationToken);

    /// <summary>The UTF-8 size of the text, counted only when it could exceed <paramref name="limit"/>.</summary>
    private static long? Utf8Size(SourceText text, long limit)
    {
        if (text.Length > limit)
        {
            return text.Length; // Each UTF-16 unit is at least one UTF-8 byte: too large already.
        }

        if ((long)text.Length * 3 <= limit)
        {
            return null; // At most three bytes per unit: it fits.
        }

        long bytes = 0;
        char[] buffer = new char[8192];
        for (int start = 0; start < text.Length; start += buffer.Length)
        {
            int count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            bytes += System.Text.Encoding.UTF8.GetByteCount(buffer, 0, count);
        }

        return bytes;
    }

    /// <summary>Where a file is and what it is called: its slug is its item's Slug metadata as written (a valid URL path), else derived from its path.</summary>
    internal static ContentFile Describe(string path, FileOptions options, ContentPaths paths)
    {
        string sourcePath = ContentPath.RelativeTo(path, paths.ProjectDirectory);
        string name = ContentPath.UnderContent(path, paths.ContentDirectory);
        DiagnosticInfo? problem = null;
        string? custom = options.Slug;
        if (custom is not null && Naming.SlugProblem(custom) is { } reason)
        {
            problem = DiagnosticInfo.Create(Descriptors.InvalidSlug, LocationInfo.StartOf(path), custom, $"(the Slug metadata of the item '{sourcePath}') {reason}");
            custom = null;
        }

        string slug = custom ?? Naming.Slug(name);
        string identifier = Naming.Identifier(custom ?? name);
        return new ContentFile(path, sourcePath, slug, identifier, custom is null, problem);
    }

    private static ParseResult Failure(string path, DiagnosticDescriptor descriptor, params string[] args) =>
        new(null, ImmutableArray.Create(DiagnosticInfo.Create(descriptor, LocationInfo.StartOf(path), args)).ToEquatableArray());

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void EmitBucket(SourceProductionContext context, BucketFile bucket)
    {
        try
        {
            context.AddSource(BucketEmitter.HintName(bucket.Collection, bucket.Number), BucketEmitter.Emit(bucket));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string files = string.Join(", ", bucket.Properties.Select(p => p.SourcePath));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, files, ex.GetType().FullName, ex.Message));
        }
    }

    private static void EmitCatalog(SourceProductionContext context, CatalogModel catalog)
    {
        Report(context, catalog.Diagnostics);
        if (catalog.Emit)
        {
            Write(context, CatalogEmitter.HintName(catalog.Collection), () => CatalogEmitter.Emit(catalog, Encoders.Index(catalog), catalog.Collection.IsDefault ? Encoders.Places(catalog) : default));
        }
    }
}
