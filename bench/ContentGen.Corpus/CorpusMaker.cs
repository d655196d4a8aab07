using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ContentGen.Corpus;

/// <summary>One generated content file.</summary>
/// <param name="RelativePath">Path under the content folder, '/' separators.</param>
/// <param name="Text">The file's text.</param>
public sealed record CorpusFile(string RelativePath, string Text);

/// <summary>
/// A seeded generator of news articles in the seed's shape: a headline (most files), 1-5 KB of
/// paragraphs with curly quotes and non-breaking spaces, 'Also read:' lines between paragraphs
/// (about a third name another article of the corpus), some inline URLs, in dated folders.
/// The same count and seed always give the same corpus.
/// </summary>
public static class CorpusMaker
{
    public const int DefaultSeed = 20260501;

    private static readonly string[] Words =
    [
        "government", "minister", "president", "reported", "officials", "election", "economy", "market", "prices",
        "military", "talks", "cooperation", "bilateral", "ties", "statement", "agency", "sources", "said", "would",
        "country", "countries", "regional", "security", "policy", "trade", "energy", "oil", "gas", "report",
        "parliament", "opposition", "leaders", "week", "month", "year", "capital", "city", "province", "budget",
        "inflation", "growth", "investment", "foreign", "domestic", "court", "ruling", "vote", "campaign", "reform",
        "the", "the", "the", "of", "of", "and", "and", "to", "to", "in", "in", "a", "on", "for", "with", "that",
        "was", "is", "has", "have", "been", "by", "as", "at", "from", "after", "before", "between", "under",
        "Moscow", "Islamabad", "Delhi", "Kyiv", "Washington", "Beijing", "Lagos", "Nairobi", "Brussels", "Tokyo",
        "Sharif", "Khan", "Putin", "Modi", "Ramaphosa", "Lula", "Scholz", "Macron", "Kishida", "Ruto",
        "‘significant’", "“historic”", "US-backed", "no-confidence", "2022", "23", "1999", "12", "80", "five",
    ];

    private static readonly string[] Sections = ["world", "business", "politics", "science", "sport", "culture"];

    public static IReadOnlyList<CorpusFile> Make(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        string[] titles = [.. Enumerable.Range(0, count).Select(i => Title(random, i))];
        var files = new List<CorpusFile>(count);
        for (int i = 0; i < count; i++)
        {
            files.Add(new CorpusFile(Path(random, i), Article(random, titles, i)));
        }

        return files;
    }

    /// <summary>Writes the corpus under <paramref name="directory"/>, UTF-8 without BOM.</summary>
    public static void Write(IEnumerable<CorpusFile> files, string directory)
    {
        foreach (CorpusFile file in files)
        {
            string path = System.IO.Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }

    private static string Path(Random random, int i)
    {
        string section = Sections[random.Next(Sections.Length)];
        int month = 1 + (i % 12);
        return string.Create(CultureInfo.InvariantCulture, $"{section}/2025-{month:D2}/{i:D5}_{random.Next():x8}.txt");
    }

    private static string Title(Random random, int i)
    {
        int length = random.Next(5, 12);
        string title = Sentence(random, length).TrimEnd('.');
        return string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(title[0])}{title[1..]} {i}");
    }

    private static string Article(Random random, string[] titles, int i)
    {
        var text = new StringBuilder();
        int target = random.Next(1_000, 5_000);

        // Most files carry front matter, as CMS exports do.
        if (random.Next(10) < 9)
        {
            text.Append("---\n")
                .Append(string.Create(CultureInfo.InvariantCulture, $"date: 2025-{1 + (i % 12):D2}-{1 + (i % 28):D2}T{i % 24:D2}:{i % 60:D2}:00+00:00\n"))
                .Append("authors: [").Append(Words[random.Next(80, 90)]).Append(" Staff, Wire Desk]\n")
                .Append("source: Press Agency ").Append(random.Next(1, 20)).Append('\n')
                .Append("tags: [").Append(Sections[random.Next(Sections.Length)]).Append(", ").Append(Words[random.Next(40)]).Append("]\n")
                .Append("---\n");
        }

        // Most real files carry a headline; some start straight with the lead.
        if (random.Next(10) < 8)
        {
            text.Append(titles[i]).Append("\n\n");
        }

        int paragraphs = 0;
        while (text.Length < target || paragraphs < 2)
        {
            int sentences = random.Next(1, 4);
            var paragraph = new StringBuilder();
            for (int s = 0; s < sentences; s++)
            {
                paragraph.Append(s > 0 ? " " : string.Empty).Append(Sentence(random, random.Next(12, 35)));
            }

            if (random.Next(25) == 0)
            {
                paragraph.Append(string.Create(CultureInfo.InvariantCulture, $" Details at https://example.com/news/{random.Next(100_000)}."));
            }

            text.Append(paragraph).Append("\n\n");
            paragraphs++;

            if (random.Next(4) == 0)
            {
                // About a third of related links name another article of the corpus.
                string related = random.Next(3) == 0 ? titles[random.Next(titles.Length)] : Title(random, random.Next(1_000_000, 9_000_000));
                text.Append("Also read:\u00A0").Append(related).Append("\n\n");
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Sentence(Random random, int words)
    {
        var sentence = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            string word = Words[random.Next(Words.Length)];
            sentence.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : " " + word);
        }

        return sentence.Append('.').ToString();
    }
}
