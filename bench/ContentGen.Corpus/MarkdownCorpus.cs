using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ContentGen.Corpus;

/// <summary>
/// A seeded corpus of Markdown blog posts, the shape the side-by-side build benchmark gives every
/// tool (ContentGen, Hugo, Velite, Astro): about 3 KB each, YAML front matter (title, date, tags,
/// summary), an intro, <c>##</c>/<c>###</c> headings, a bulleted list, a fenced code block, inline
/// emphasis and code, and two relative links to other posts of the corpus (one with a heading anchor).
/// </summary>
/// <remarks>
/// The words follow a Zipf distribution over a vocabulary of about 4,000 words (common English
/// words first, then made-up words from syllables), so the text has roughly the entropy of real
/// prose: gzip shrinks the corpus about 3x, as it does English (a small vocabulary would compress
/// far better than real content and flatter any design that stores compressed text). The same
/// count and seed always give the same corpus, byte for byte.
/// </remarks>
public static class MarkdownCorpus
{
    public const int DefaultSeed = 20261129;

    /// <summary>Headings every post has, so that a link may name one as an anchor (<c>#getting-started</c>).</summary>
    public static readonly string[] FixedHeadings = ["Getting started", "How it works", "What comes next"];

    private static readonly string[] Sections = ["engineering", "product", "culture", "research", "releases", "guides"];

    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "is", "it", "that", "for", "on", "was", "with", "as", "are", "be", "this", "by", "at",
        "from", "or", "an", "but", "not", "have", "we", "can", "you", "all", "they", "which", "one", "their", "will", "has", "more",
        "when", "there", "so", "what", "about", "out", "if", "up", "into", "than", "them", "only", "new", "some", "could", "time",
        "these", "two", "may", "first", "then", "do", "any", "like", "my", "now", "over", "such", "our", "even", "most", "made",
        "after", "also", "did", "many", "before", "must", "through", "years", "where", "much", "your", "way", "well", "down",
        "should", "because", "each", "just", "those", "people", "how", "too", "little", "state", "good", "very", "make", "world",
        "still", "own", "see", "men", "work", "long", "get", "here", "between", "both", "life", "being", "under", "never", "day",
        "same", "another", "know", "while", "last", "might", "us", "great", "old", "year", "off", "come", "since", "against", "go",
        "build", "release", "server", "client", "cache", "query", "index", "schema", "request", "response", "latency", "memory",
        "compiler", "runtime", "package", "version", "feature", "issue", "test", "deploy", "config", "team", "user", "data",
    ];

    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "ch", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "sl", "st", "str", "th", "tr"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "ou", "oo", "y"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck", "rt", "x"];

    private static readonly string[] CodeLines =
    [
        "const client = createClient({ retries: 3 });",
        "let total = items.reduce((sum, item) => sum + item.size, 0);",
        "if (response.status !== 200) throw new Error(response.statusText);",
        "for (const entry of await store.list(prefix)) console.log(entry.key);",
        "export function normalize(path) { return path.replace(/\\\\/g, '/'); }",
        "await cache.set(key, value, { ttl: 60 });",
        "const rows = await db.query('select id, name from users where active = 1');",
        "return new Response(JSON.stringify(body), { headers });",
    ];

    /// <summary>
    /// The C# types of the site corpus (<see cref="Make"/> with authors and tags): an author data
    /// collection over <c>Content/data/authors.yaml</c>, and the posts as a collection whose
    /// <c>author</c> names one. Written to a <c>.cs</c> file of the project (not under the content
    /// folder, which is not compiled).
    /// </summary>
    public const string SiteSchema = """
        #pragma warning disable CS1591
        using System;
        using ContentGen;

        namespace Bench;

        [DataCollection("Content/data/authors.yaml")]
        public sealed partial record Author
        {
            public required string Name { get; init; }
            public string? Bio { get; init; }
            public Uri? Site { get; init; }
        }

        [ContentCollection("Content/posts/**/*.md")]
        public partial class Post : Article
        {
            public required Author Author { get; init; }
        }
        """;

    /// <summary>The posts, in a stable order: <c>posts/{section}/{yyyy}/post-{n}-{word}-{word}.md</c> under the content folder.</summary>
    /// <param name="count">How many posts.</param>
    /// <param name="seed">The seed: the same one gives the same corpus, byte for byte.</param>
    /// <param name="authors">
    /// With authors (a site corpus, see <see cref="SiteSchema"/>): <c>data/authors.yaml</c> holds
    /// this many authors (a name, a bio, a site), and each post names one (<c>author: a-0042</c>).
    /// 0 (the default): the corpus every tool of the side-by-side benchmark builds.
    /// </param>
    /// <param name="tags">
    /// With authors: the size of the tag vocabulary; each post has 2-4 tags of it, the popular
    /// ones far more used (Zipf), each written one way (no CG0058). 0: two tags per post as before.
    /// </param>
    public static IReadOnlyList<CorpusFile> Make(int count, int seed = DefaultSeed, int authors = 0, int tags = 0)
    {
        var random = new Random(seed);
        string[] vocabulary = Vocabulary(random);
        double[] cumulative = ZipfCumulative(vocabulary.Length);
        string Word() => vocabulary[Pick(random, cumulative)];

        // Drawn apart from the posts' own random numbers, so that the posts' text is the same with or without them.
        var site = new Random(seed + 1);
        string[] tagNames = [.. vocabulary.Skip(Common.Length).Take(tags)];
        double[] tagWeights = ZipfCumulative(Math.Max(1, tagNames.Length));

        string[] paths = new string[count];
        string[] titles = new string[count];
        for (int i = 0; i < count; i++)
        {
            string section = Sections[random.Next(Sections.Length)];
            int year = 2019 + (i % 7);
            paths[i] = string.Create(CultureInfo.InvariantCulture, $"posts/{section}/{year}/post-{i:D5}-{Slugify(Word())}-{Slugify(Word())}.md");
            titles[i] = Capitalize(string.Join(' ', Enumerable.Range(0, random.Next(4, 9)).Select(_ => Word())));
        }

        var files = new List<CorpusFile>(count + 1);
        for (int i = 0; i < count; i++)
        {
            string? frontMatter = null;
            if (authors > 0)
            {
                var chosen = new SortedSet<string>(StringComparer.Ordinal);
                for (int t = site.Next(2, 5); tagNames.Length > 0 && t > 0; t--)
                {
                    chosen.Add(tagNames[Pick(site, tagWeights)]);
                }

                frontMatter = string.Create(CultureInfo.InvariantCulture, $"author: a-{site.Next(authors):D4}\n") + (chosen.Count > 0 ? $"tags: [{string.Join(", ", chosen)}]\n" : string.Empty);
            }

            files.Add(new CorpusFile(paths[i], Post(random, Word, paths, titles, i, frontMatter)));
        }

        if (authors > 0)
        {
            var yaml = new StringBuilder("# The site's authors, by id: each post names one (author: a-0042).\n");
            for (int a = 0; a < authors; a++)
            {
                string name = Capitalize(vocabulary[Common.Length + tags + (2 * a)]) + " " + Capitalize(vocabulary[Common.Length + tags + (2 * a) + 1]);
                yaml.Append(CultureInfo.InvariantCulture, $"a-{a:D4}:\n  name: {name}\n  bio: Writes about {Word()} and {Word()} for the {Sections[a % Sections.Length]} desk.\n  site: https://example.com/authors/{a}\n");
            }

            files.Add(new CorpusFile("data/authors.yaml", yaml.ToString()));
        }

        return files;
    }

    /// <param name="random">The posts' random numbers.</param>
    /// <param name="word">A word of the vocabulary.</param>
    /// <param name="paths">Every post's path.</param>
    /// <param name="titles">Every post's title.</param>
    /// <param name="i">This post.</param>
    /// <param name="site">A site corpus's front matter lines (author, tags), which replace the usual tags; null otherwise.</param>
    private static string Post(Random random, Func<string> word, string[] paths, string[] titles, int i, string? site)
    {
        string Sentence(int min, int max)
        {
            int n = random.Next(min, max);
            var s = new StringBuilder(Capitalize(word()));
            for (int w = 1; w < n; w++)
            {
                s.Append(' ').Append(word());
                if (w + 1 < n && random.Next(14) == 0)
                {
                    s.Append(',');
                }
            }

            return s.Append(random.Next(12) == 0 ? '?' : '.').ToString();
        }

        string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(8, 24)));

        string Link(int target, string anchor)
        {
            string from = paths[i][..paths[i].LastIndexOf('/')];
            return $"[{titles[target].ToLowerInvariant()}]({Relative(from, paths[target])}{anchor})";
        }

        int first = random.Next(paths.Length);
        int second = random.Next(paths.Length);
        // Drawn with or without a site's front matter, so that the text after it is the same.
        string tagLine = "tags: [" + Slugify(word()) + ", " + Sections[random.Next(Sections.Length)] + "]\n";
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("title: \"").Append(titles[i]).Append("\"\n")
            .Append(string.Create(CultureInfo.InvariantCulture, $"date: {2019 + (i % 7)}-{1 + (i % 12):D2}-{1 + (i % 28):D2}\n"))
            .Append(site ?? tagLine)
            .Append("summary: \"").Append(Sentence(10, 20).Replace("\"", string.Empty, StringComparison.Ordinal)).Append("\"\n")
            .Append("---\n\n");

        text.Append(Paragraph(random.Next(2, 4))).Append("\n\n");
        text.Append("## ").Append(FixedHeadings[0]).Append("\n\n");
        string emphasised = Paragraph(random.Next(2, 4));
        int space = emphasised.IndexOf(' ', emphasised.Length / 3);
        text.Append(emphasised[..space]).Append(" *").Append(word()).Append(' ').Append(word()).Append("* and `")
            .Append(word()).Append("()` ").Append(emphasised[(space + 1)..]).Append(' ')
            .Append("See ").Append(Link(first, string.Empty)).Append(".\n\n");

        for (int item = random.Next(3, 6); item > 0; item--)
        {
            text.Append("- ").Append(Sentence(4, 12)).Append('\n');
        }

        text.Append('\n').Append("## ").Append(FixedHeadings[1]).Append("\n\n");
        text.Append(Paragraph(random.Next(2, 4))).Append("\n\n");
        text.Append("```js\n");
        for (int line = random.Next(3, 7); line > 0; line--)
        {
            text.Append(CodeLines[random.Next(CodeLines.Length)]).Append('\n');
        }

        text.Append("```\n\n");
        text.Append(Paragraph(random.Next(1, 3))).Append(" More in ").Append(Link(second, "#" + Anchor(FixedHeadings[1]))).Append(".\n\n");
        text.Append("### ").Append(FixedHeadings[2]).Append("\n\n");
        while (text.Length < 2_900)
        {
            text.Append(Paragraph(random.Next(2, 4))).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The GitHub-style anchor of a heading made of ASCII letters and spaces.</summary>
    public static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private static string Relative(string fromFolder, string to)
    {
        string[] from = fromFolder.Split('/');
        string[] target = to.Split('/');
        int common = 0;
        while (common < from.Length && common < target.Length - 1 && from[common] == target[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', target[common..]);
    }

    private static string[] Vocabulary(Random random)
    {
        var words = new List<string>(Common);
        var seen = new HashSet<string>(Common, StringComparer.Ordinal);
        while (words.Count < 4_000)
        {
            var w = new StringBuilder();
            for (int s = random.Next(1, 4); s > 0; s--)
            {
                w.Append(Onsets[random.Next(Onsets.Length)]).Append(Nuclei[random.Next(Nuclei.Length)]).Append(Codas[random.Next(Codas.Length)]);
            }

            if (seen.Add(w.ToString()))
            {
                words.Add(w.ToString());
            }
        }

        return [.. words];
    }

    private static double[] ZipfCumulative(int n)
    {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }

        for (int k = 0; k < n; k++)
        {
            cumulative[k] /= sum;
        }

        return cumulative;
    }

    private static int Pick(Random random, double[] cumulative)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slugify(string word) => new(word.Where(char.IsAsciiLetterOrDigit).ToArray());
}
