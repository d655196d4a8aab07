using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Linking;

/// <summary>Related links that resolve to articles of the project (docs/format.md, "Link resolution").</summary>
public class LinkTests
{
    private static string Where(Diagnostic d) => DiagnosticText.Where(d);

    private static Article ByPath(IReadOnlyList<Article> all, string path) => all.Single(a => a.SourcePath == path);

    [Fact]
    public void A_related_link_resolves_to_the_article_with_that_title_after_normalization()
    {
        // The seed's titles have curly quotes and colons; links are written with straight quotes,
        // other case, a non-breaking space and doubled spaces.
        GenerationResult result = new ContentProject()
            .File("Content/seed.txt", Repository.Seed)
            .File("Content/azovstal.txt", "Azovstal in Mariupol making last stand under ‘continuous’ Russian attacks\n\nText.")
            .File("Content/gains.txt", "Russia made ‘some territorial gains’ in Donbas at ‘significant cost’: UK\n\nText.")
            .File("Content/links.txt", "Links\n\nLead.\n\nAlso read: AZOVSTAL in  Mariupol making last stand under 'continuous'\u00A0Russian attacks\n\nAlso read: gains\n\nAlso read: Nowhere to be found")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles();

        Article seed = ByPath(all, "Content/seed.txt");
        Assert.Same(ByPath(all, "Content/azovstal.txt"), seed.Links[1].Target);
        Assert.Same(ByPath(all, "Content/gains.txt"), seed.Links[3].Target);
        Assert.Null(seed.Links[0].Target);

        Article links = ByPath(all, "Content/links.txt");
        Assert.Same(ByPath(all, "Content/azovstal.txt"), links.Links[0].Target);
        Assert.Same(ByPath(all, "Content/gains.txt"), links.Links[1].Target); // by slug
        Assert.Null(links.Links[2].Target);

        // Backlinks, ordered by source path.
        Assert.Equal(["Content/links.txt", "Content/seed.txt"], ByPath(all, "Content/azovstal.txt").LinkedFrom.Select(a => a.SourcePath));
        Assert.Empty(seed.LinkedFrom);
    }

    [Fact]
    public void CG0010_an_unresolved_link_is_info_at_its_text()
    {
        GenerationResult result = new ContentProject().File("Content/a.txt", "Head\n\nLead.\n\nAlso read:   Nowhere\n").Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0010"));
        Assert.Equal("CG0010 Info /project/Content/a.txt(5,14)", Where(d));
        Assert.Contains("'Nowhere'", d.GetMessage());
    }

    [Fact]
    public void CG0020_a_link_matching_several_articles_picks_none_and_names_them()
    {
        GenerationResult result = new ContentProject()
            .File("Content/one.txt", "Same title\n\nOne.")
            .File("Content/two.txt", "Same  TITLE\n\nTwo.")
            .File("Content/a.txt", "Head\n\nLead.\n\nAlso read: same title")
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0020"));
        Assert.Equal("CG0020 Warning /project/Content/a.txt(5,12)", Where(d));
        Assert.Contains("'Content/one.txt', 'Content/two.txt'", d.GetMessage());
        Assert.Null(ByPath(result.LoadArticles(), "Content/a.txt").Links[0].Target);
    }

    [Fact]
    public void Front_matter_related_slugs_become_the_first_links_and_unknown_ones_are_CG0016()
    {
        GenerationResult result = new ContentProject()
            .File("Content/b.txt", "B head\n\nB.")
            .File("Content/a.txt", "---\nrelated:\n  - b\n  - missing\n---\nHead\n\nLead.\n\nAlso read: B head")
            .Generate();
        Diagnostic d = Assert.Single(result.Errors("CG0016"));
        Assert.Equal("CG0016 Error /project/Content/a.txt(4,5)", Where(d));

        Article a = new ContentProject()
            .File("Content/b.txt", "B head\n\nB.")
            .File("Content/a.txt", "---\nrelated: [b]\n---\nHead\n\nLead.\n\nAlso read: B head")
            .Generate()
            .LoadArticles()
            .Single(x => x.Slug == "a");
        Assert.Equal(["b", "B head"], a.Links.Select(l => l.Text));
        Assert.Equal([-1, 0], a.Links.Select(l => l.ParagraphIndex));
        Assert.All(a.Links, l => Assert.Equal("b", l.Target!.Slug));
    }

    [Fact]
    public void Articles_that_link_each_other_work_and_reading_one_creates_the_other_only_on_target()
    {
        GenerationResult result = new ContentProject()
            .File("Content/a.txt", "Alpha\n\nA.\n\nAlso read: Beta")
            .File("Content/b.txt", "Beta\n\nB.\n\nAlso read: Alpha")
            .Generate();
        IReadOnlyList<Article> all = result.LoadArticles();
        ContentGen.Storage.ArticleCatalog catalog = result.Catalog();

        Article alpha = all[0];
        Assert.Equal("Beta", alpha.Links[0].Text);
        Assert.Equal([alpha], catalog.State.Created()); // reading alpha's links did not create beta

        Article beta = alpha.Links[0].Target!;
        Assert.Same(alpha, beta.Links[0].Target);
        Assert.Same(alpha, beta.LinkedFrom.Single());
        Assert.Same(beta, alpha.LinkedFrom.Single());
    }

    [Fact]
    public void Editing_a_paragraph_does_not_rerun_resolution_and_renaming_a_title_updates_the_link()
    {
        var project = new ContentProject()
            .File("Content/a.txt", "Alpha\n\nA.\n\nAlso read: Beta")
            .File("Content/b.txt", "Beta\n\nB.")
            .File("Content/c.txt", "Gamma\n\nC.");
        Compilation compilation = project.Compilation();
        GeneratorDriver driver = project.Driver().RunGenerators(compilation);

        // A paragraph edit in c: the index and every article's resolution stay cached.
        AdditionalText c = project.AdditionalTexts[2];
        driver = driver.ReplaceAdditionalText(c, ContentProject.Text(c.Path, "Gamma\n\nC edited.")).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.All(run.TrackedSteps[TrackingNames.Links].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(run.TrackedSteps[TrackingNames.IndexEntries].SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        // Renaming b's title: a's link no longer resolves (CG0010), and a's bucket is rewritten.
        AdditionalText b = project.AdditionalTexts[1];
        driver = driver.ReplaceAdditionalText(b, ContentProject.Text(b.Path, "Beta renamed\n\nB.")).RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "CG0010" && d.GetMessage().Contains("'Beta'", StringComparison.Ordinal));
    }
}
