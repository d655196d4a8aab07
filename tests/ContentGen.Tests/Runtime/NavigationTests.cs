using System;
using System.Linq;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>Go to Definition on an article property: the compiler maps its declaration to the content file (<c>#line</c>).</summary>
public sealed class NavigationTests
{
    [Fact]
    public void Each_article_property_is_located_in_its_content_file_and_the_rest_stays_in_generated_code()
    {
        GenerationResult result = new ContentProject()
            .Source(Collections.CollectionTests.NewsSchema)
            .File("Content/a.txt", "Alpha\n\nText.")
            .File("Content/guides/b.md", "---\ntitle: Bee\n---\n# Bee\n\nText.\n")
            .File("Content/news/c.txt", "---\npublished: 2024-05-01\n---\nSea\n\nText.")
            .Generate();
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        Compilation compilation = result.Output;

        foreach ((string type, string property, string file) in new[] { ("Consumer.Articles", "A", "Content/a.txt"), ("Consumer.Articles", "GuidesB", "Content/guides/b.md"), ("Consumer.NewsArticle", "C", "Content/news/c.txt") })
        {
            ISymbol symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(property).Single();
            Location location = Assert.Single(symbol.Locations);
            FileLinePositionSpan mapped = location.GetMappedLineSpan();
            Assert.True(mapped.HasMappedPath);
            Assert.Equal(ContentProject.Path(file), mapped.Path);
            Assert.Equal(0, mapped.StartLinePosition.Line);

            // The declaration itself is still in the generated file: only its reported place moves.
            Assert.EndsWith(".g.cs", location.SourceTree!.FilePath, StringComparison.Ordinal);
        }

        // Everything after the properties reports its own place again (#line default).
        ISymbol all = compilation.GetTypeByMetadataName("Consumer.Articles")!.GetMembers("All").Single();
        Assert.False(all.Locations[0].GetMappedLineSpan().HasMappedPath);
        INamedTypeSymbol catalog = compilation.GetTypeByMetadataName("Consumer.Articles+__Catalog")!;
        Assert.All(catalog.GetMembers().SelectMany(m => m.Locations), l => Assert.False(l.GetMappedLineSpan().HasMappedPath));
    }
}
