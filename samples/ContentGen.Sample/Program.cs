using System;
using System.Globalization;
using System.Linq;
using ContentGen;
using ContentGen.Sample;

// Every content file of the project, collections included, ordered by source path: no parsing happens here.
foreach (Article article in Articles.All)
{
    Print(article);

    // A collection (Briefing.cs): its own type, whose front matter is typed and checked at compile time.
    if (article is Briefing briefing)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Briefing:     {briefing.Region}, {briefing.Published:yyyy-MM-dd}, by {briefing.Author.Name}, keywords: {string.Join(", ", briefing.Keywords)}"));
        if (briefing.FollowUpOf is { } earlier)
        {
            Console.WriteLine($"Follows up:   {earlier.Title}");
        }

        Console.WriteLine();
    }
}

// A data collection (Author.cs, Data/authors.yaml), and the briefings that name each author: computed at compile time.
foreach (Author author in Author.All)
{
    Console.WriteLine($"# Author {author.Id}: {author.Name}, {author.BasedIn}");
    Console.WriteLine($"Briefings:    {string.Join(", ", Briefing.WithAuthor(author).Select(b => b.Slug))}");
    Console.WriteLine();
}

// Every article's tags, as typed terms with their slugs and articles: what a tag page lists.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Tags ({Articles.AllTags.Count})"));
foreach (Term<Article> tag in Articles.AllTags)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {tag.Name} (/tags/{tag.Slug}): {string.Join(", ", tag.Articles.Select(a => a.Slug))}"));
}

static void Print(Article article)
{
    Console.WriteLine($"# {article.Title}");
    Console.WriteLine();
    Console.WriteLine($"Slug:         {article.Slug}");
    Console.WriteLine($"Source:       {article.SourcePath}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Words:        {article.WordCount}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reading time: {article.ReadingTime.TotalMinutes} min"));
    if (article.Metadata.Published is { } published)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Published:    {published:yyyy-MM-dd}"));
    }

    if (article.Metadata.Tags.Count > 0)
    {
        Console.WriteLine($"Tags:         {string.Join(", ", article.Metadata.Tags)}");
    }

    Console.WriteLine();

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Paragraphs ({article.Paragraphs.Count})"));
    foreach (Paragraph paragraph in article.Paragraphs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{paragraph.Index}] {paragraph.Text}"));
    }

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Links ({article.Links.Count})"));
    foreach (Link link in article.Links)
    {
        string place = link.Kind == LinkKind.Related
            ? string.Create(CultureInfo.InvariantCulture, $"after paragraph {link.ParagraphIndex}")
            : string.Create(CultureInfo.InvariantCulture, $"in paragraph {link.ParagraphIndex}");
        string target = link.Target is { } t ? $" -> {t.Slug}" : string.Empty;
        Console.WriteLine($"- {link.Kind}: {link.Text} ({place}){target}");
    }

    if (article.Headings.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## Headings");
        foreach (Heading heading in article.Headings)
        {
            Console.WriteLine($"{new string(' ', 2 * (heading.Level - 1))}- {heading.Text} (#{heading.Id})");
        }

        // Rendered by Markdig at compile time: a constant, no Markdown library at run time.
        Console.WriteLine();
        Console.WriteLine("## HTML");
        Console.Write(article.Html);
    }

    if (article.LinkedFrom.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## Linked from");
        foreach (Article source in article.LinkedFrom)
        {
            Console.WriteLine($"- {source.Title} ({source.Slug})");
        }
    }

    Console.WriteLine();
}
