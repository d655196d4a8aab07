using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ContentGen.Corpus;
using ContentGen.Generator.Parsing;
using Markdig;

namespace ContentGen.Benchmarks;

/// <summary>
/// Finding an article's anchors in its rendered HTML, in a fresh process as a compiler does it:
/// the generator's tokenizer (<see cref="HtmlAnchors"/>) against HtmlAgilityPack, the maintained
/// HTML parser the package mirror has (docs/performance.md, "Raw HTML anchors"). Run each way in
/// its own process, side by side: <c>dotnet run -c Release --project bench/ContentGen.Benchmarks -- anchors 1000 tokenizer</c>
/// and <c>... anchors 1000 hap</c>; the whole process time (GNU <c>/usr/bin/time -v</c>) includes
/// loading and JIT-compiling the parser, which every build pays once.
/// </summary>
internal static class AnchorProbe
{
    public static void Run(int count, string way)
    {
        MarkdownPipeline pipeline = MarkdownArticleParser.Pipeline;
        string[] html = [.. MarkdownCorpus.Make(count).Select(f => Markdown.ToHtml(f.Text, pipeline))];
        Func<string, IReadOnlyList<string>> anchors = way switch
        {
            "tokenizer" => text => HtmlAnchors.Of(text).AsImmutableArray(),
            "hap" => Hap,
            "scan" => Scan,
            "none" => _ => [],
            _ => throw new ArgumentException("tokenizer, scan, hap or none", nameof(way)),
        };

        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int found = anchors(html[0]).Count;
        TimeSpan first = clock.Elapsed;
        for (int i = 1; i < html.Length; i++)
        {
            found += anchors(html[i]).Count;
        }

        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{way}: {html.Length} articles, {html.Sum(h => (long)h.Length) / 1024} KB of HTML, {found} anchors; first article {first.TotalMilliseconds:F1} ms (load + JIT), all {clock.Elapsed.TotalMilliseconds:F1} ms, {allocated / 1024} KB allocated");
    }

    /// <summary>
    /// The scan the tokenizer replaced (git history of src/ContentGen/Parsing/HtmlAnchors.cs, kept
    /// here only as the yardstick): <c>id=</c> and <c>name=</c> found by IndexOf, which missed
    /// <c>name ="x"</c>, upper-case names and read inside comments.
    /// </summary>
    private static IReadOnlyList<string> Scan(string html)
    {
        var anchors = new List<string>();
        Find(html, "id=", anchorOnly: false, anchors);
        Find(html, "name=", anchorOnly: true, anchors);
        return anchors.Count == 0 ? anchors : [.. anchors.Distinct(StringComparer.Ordinal)];

        static void Find(string html, string attribute, bool anchorOnly, List<string> anchors)
        {
            for (int at = html.IndexOf(attribute, StringComparison.OrdinalIgnoreCase); at > 0; at = html.IndexOf(attribute, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int open = html.LastIndexOf('<', at);
                if (!char.IsWhiteSpace(html[at - 1]) || open < 0 || html.LastIndexOf('>', at) > open)
                {
                    continue;
                }

                if (anchorOnly && !(open + 2 < html.Length && (html[open + 1] is 'a' or 'A') && char.IsWhiteSpace(html[open + 2])))
                {
                    continue;
                }

                int start = at + attribute.Length;
                if (start >= html.Length)
                {
                    break;
                }

                char quote = html[start];
                int end = quote is '"' or '\'' ? html.IndexOf(quote, start + 1) : html.IndexOfAny([' ', '\t', '\n', '\r', '>'], start);
                if (end < 0)
                {
                    continue;
                }

                string value = quote is '"' or '\'' ? html.Substring(start + 1, end - start - 1) : html.Substring(start, end - start);
                if (value.Length > 0)
                {
                    anchors.Add(value);
                }
            }
        }
    }

    /// <summary>The same anchors with HtmlAgilityPack: every element's id, every a's name.</summary>
    private static IReadOnlyList<string> Hap(string html)
    {
        var document = new HtmlAgilityPack.HtmlDocument();
        document.LoadHtml(html);
        var anchors = new List<string>();
        foreach (HtmlAgilityPack.HtmlNode node in document.DocumentNode.Descendants())
        {
            if (node.GetAttributeValue("id", string.Empty) is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            if (node.Name == "a" && node.GetAttributeValue("name", string.Empty) is { Length: > 0 } name)
            {
                anchors.Add(name);
            }
        }

        return anchors;
    }
}
