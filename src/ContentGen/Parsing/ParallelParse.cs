using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ContentGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generator.Parsing;

/// <summary>Nothing: the prefetch step's value, always equal, so that it never reruns the per-file parse by itself.</summary>
internal readonly record struct Prefetched;

/// <summary>
/// Parses, on every core, the files the per-file parse step is about to ask for, and hands each
/// result to that step once. The incremental driver runs a step's items one after another; a cold
/// build parses every file, and on a fresh compiler most of that time is first-call JIT and
/// unoptimized code, which two cores get through faster (0.86 to 0.5 s at 1,000 posts here; no
/// measurable gain at 10,000, docs/performance.md).
/// </summary>
/// <remarks>
/// A cache of a pure function, keyed by the compiler's own <see cref="AdditionalText"/> (one
/// instance per file version, dropped with it): a hit is always the result the step would compute,
/// and a miss parses in the step as before. The per-file step stays the unit of caching, so an
/// edit still re-parses one file and an added file inserts one entry.
/// </remarks>
internal static class ParallelParse
{
    /// <summary>Fewer files than this are left to the per-file step: threads would cost more than they save.</summary>
    private const int MinimumBatch = 8;

    private static readonly ConditionalWeakTable<AdditionalText, Entry> Parsed = new();

    /// <summary>
    /// Parses every file not seen before with these settings (all of them in a fresh compiler;
    /// only the edited or added ones in a long-lived one), in parallel, in no particular order:
    /// each result is the same whichever thread computes it.
    /// </summary>
    public static Prefetched Run(IReadOnlyList<(AdditionalText Text, string Slug)> files, ContentPaths paths, Func<AdditionalText, string, ContentPaths, CancellationToken, ParseResult> parse, CancellationToken cancellationToken)
    {
        var pending = new List<(AdditionalText Text, string Slug)>();
        foreach ((AdditionalText text, string slug) in files)
        {
            if (!Parsed.TryGetValue(text, out Entry? entry) || !entry.For(slug, paths))
            {
                pending.Add((text, slug));
            }
        }

        // Too few to be worth threads: the step parses them, and they are only marked seen, so
        // that a later prefetch does not parse them again for nothing.
        var results = new ParseResult?[pending.Count];
        if (pending.Count >= MinimumBatch)
        {
            Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = parse(pending[i].Text, pending[i].Slug, paths, cancellationToken));
        }

        // Two drivers may run at once over the same texts (a compiler server, tests): replacing
        // an entry is one step for them, or Add would throw for the second.
        lock (Parsed)
        {
            for (int i = 0; i < pending.Count; i++)
            {
                Parsed.Remove(pending[i].Text);
                Parsed.Add(pending[i].Text, new Entry(pending[i].Slug, paths, results[i]));
            }
        }

        return default;
    }

    /// <summary>
    /// The prefetched result for this file and these settings, once; null when there is none, and
    /// then the step parses the file itself. The entry stays, without its result, so that the next
    /// prefetch knows the file was seen.
    /// </summary>
    public static ParseResult? Take(AdditionalText text, string slug, ContentPaths paths)
    {
        if (Parsed.TryGetValue(text, out Entry? entry) && entry.For(slug, paths))
        {
            return entry.Take();
        }

        return null;
    }

    private static int markdownWarm;
    private static int textWarm;

    /// <summary>
    /// Parses a small built-in article of one format on a thread-pool thread, once per process,
    /// as soon as the first content file of that format is found: in a fresh compiler the parser's
    /// code is JIT-compiled there, on an otherwise idle core, while the driver still reads the
    /// project's settings and collections, instead of at the start of <see cref="Run"/> (about 0.15 s
    /// of a 1,000-post build, docs/performance.md). The result is dropped; the same parse of a real
    /// file reports whatever this one could have thrown.
    /// </summary>
    public static void WarmUp(bool markdown)
    {
        if (Interlocked.Exchange(ref markdown ? ref markdownWarm : ref textWarm, 1) != 0)
        {
            return;
        }

        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                _ = markdown
                    ? MarkdownArticleParser.Parse(SourceText.From(MarkdownSample), new ContentFile("/warm-up/Content/warm-up.md", "Content/warm-up.md", "warm-up", "WarmUp"), CancellationToken.None)
                    : TextArticleParser.Parse(SourceText.From(TextSample), new ContentFile("/warm-up/Content/warm-up.txt", "Content/warm-up.txt", "warm-up", "WarmUp"), CancellationToken.None);
            }
#pragma warning disable CA1031 // Nothing may escape a thread-pool thread of the compiler; see the summary.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }

    /// <summary>What a typical post holds: front matter, headings, emphasis, links, code, a list, a table.</summary>
    internal const string MarkdownSample = """
        ---
        title: "Warm-up"
        date: 2024-01-02
        tags: [one, two]
        summary: A post.
        ---

        # Warm-up

        A paragraph with *emphasis*, **strong**, `code`, a [link](other.md#part) and <https://example.com>.

        ## A list

        - one
        - [x] two

        | a | b |
        |---|---|
        | 1 | 2 |

        ```csharp
        var x = 1;
        ```

        > [!NOTE]
        > An alert.
        """;

    internal const string TextSample = """
        ---
        title: Warm-up
        date: 2024-01-02
        ---
        A headline

        A paragraph with a link https://example.com in it.

        Also read: Another article
        """;

    private sealed class Entry(string slug, ContentPaths paths, ParseResult? result)
    {
        private ParseResult? result = result;

        public bool For(string otherSlug, ContentPaths otherPaths) =>
            string.Equals(slug, otherSlug, StringComparison.Ordinal) && paths.Equals(otherPaths);

        public ParseResult? Take() => Interlocked.Exchange(ref result, null);
    }
}
