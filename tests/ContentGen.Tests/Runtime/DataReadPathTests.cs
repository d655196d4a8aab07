using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ContentGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>
/// The read path of the site model on issue #23's terms: data entries and articles that refer to
/// each other are created without a lock held around user code, published together (one object
/// each, whatever the threads do), and every new payload checks the format version first.
/// </summary>
[Collection(ProcessWide.Name)]
public sealed class DataReadPathTests
{
    private const string Schema = """
        #pragma warning disable CS1591
        using System.Collections.Generic;
        using System.Threading;
        using ContentGen;

        namespace Consumer;

        public static class Hooks
        {
            public static readonly ManualResetEventSlim Entered = new();
            public static readonly ManualResetEventSlim Release = new();
            public static bool Armed;
            private static int _first;

            /// <summary>Once armed, the first entry created blocks in its initializer until the test releases it.</summary>
            public static int Block()
            {
                if (Volatile.Read(ref Armed) && Interlocked.Exchange(ref _first, 1) == 0)
                {
                    Entered.Set();
                    Release.Wait();
                }

                return 1;
            }
        }

        [DataCollection("Data/authors.yaml")]
        public partial record Author
        {
            public int Hook { get; init; } = Hooks.Block();

            public required string Name { get; init; }

            public Author? Mentor { get; init; }

            public Post? Featured { get; init; }
        }

        [ContentCollection("Content/posts/*.md")]
        public partial class Post : Article
        {
            public required Author Author { get; init; }

            public Post? Next { get; init; }
        }
        """;

    private const int Authors = 12;
    private const int Posts = 36;

    /// <summary>Each author's mentor is the next author and features a post by the author before; each post's author and next post close cycles across both kinds.</summary>
    private static Assembly Site()
    {
        var authors = new System.Text.StringBuilder();
        for (int i = 0; i < Authors; i++)
        {
            authors.Append(CultureInfo.InvariantCulture, $"a{i}:\n  name: Author {i}\n  mentor: a{(i + 1) % Authors}\n  featured: posts/p{(i + Authors - 1) % Authors}\n");
        }

        var project = new ContentProject().Source(Schema).Data("Data/authors.yaml", authors.ToString());
        for (int i = 0; i < Posts; i++)
        {
            project.File($"Content/posts/p{i}.md", $"---\nauthor: a{i % Authors}\nnext: posts/p{(i + 1) % Posts}\n---\n# Post {i}\n\nText {i}.\n");
        }

        GenerationResult result = project.Generate();
        Assert.Empty(result.Diagnostics);
        return result.LoadAssembly();
    }

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private static Func<string, object?> Finder(Assembly assembly, string type) =>
        id => assembly.GetType("Consumer." + type)!.GetMethod("Find")!.Invoke(null, [id]);

    [Fact]
    public async Task Entries_and_articles_in_cycles_read_from_many_threads_are_one_object_each()
    {
        Assembly assembly = Site();
        Func<string, object?> author = Finder(assembly, "Author");
        Func<string, object?> post = Finder(assembly, "Post");
        MethodInfo withAuthor = assembly.GetType("Consumer.Post")!.GetMethod("WithAuthor")!;
        using var start = new Barrier(4);
        Task[] readers = [.. Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < 60; i++)
            {
                int n = ((i * (t + 3)) + t) % Authors;
                object a = author($"a{n}")!;
                Assert.Same(author($"a{(n + 1) % Authors}"), Get(a, "Mentor"));
                object featured = Get(a, "Featured")!;
                Assert.Same(post($"posts/p{(n + Authors - 1) % Authors}"), featured);
                Assert.Same(author($"a{(n + Authors - 1) % Authors}"), Get(featured, "Author"));
                Assert.All(((IEnumerable)withAuthor.Invoke(null, [a])!).Cast<object>(), p => Assert.Same(a, Get(p, "Author")));
                object p = post($"posts/p{(i + t) % Posts}")!;
                Assert.Same(post($"posts/p{((i + t) % Posts + 1) % Posts}"), Get(p, "Next"));
            }
        }))];
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(60));

        // One object per entry and per article, reached from anywhere.
        var all = (IReadOnlyList<object>)assembly.GetType("Consumer.Author")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(Authors, all.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.All(all, a => Assert.Same(a, author((string)Get(a, "Id")!)));
    }

    [Fact]
    public async Task No_lock_is_held_while_an_entry_constructor_runs_so_other_reads_go_on()
    {
        Assembly assembly = Site();
        Type hooks = assembly.GetType("Consumer.Hooks")!;
        var entered = (ManualResetEventSlim)hooks.GetField("Entered")!.GetValue(null)!;
        var release = (ManualResetEventSlim)hooks.GetField("Release")!.GetValue(null)!;
        hooks.GetField("Armed")!.SetValue(null, true);
        Func<string, object?> author = Finder(assembly, "Author");
        Func<string, object?> post = Finder(assembly, "Post");

        Task<object?> blocked = Task.Run(() => author("a0"));
        try
        {
            Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));

            // While a0's initializer waits, every other entry and article reads, a0 included: this
            // thread builds its own a0 (the hook blocks once), which is the one published.
            Task others = Task.Run(() =>
            {
                for (int i = 1; i < Authors; i++)
                {
                    Assert.Equal($"Author {i}", Get(author($"a{i}")!, "Name"));
                }

                Assert.Equal("Author 0", Get(Get(post("posts/p0")!, "Author")!, "Name"));
                var everything = (IReadOnlyList<Article>)assembly.GetType("Consumer.Articles")!.GetProperty("All")!.GetValue(null)!;
                Assert.Equal(Posts, everything.Count);
            });
            await others.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(blocked.IsCompleted);
        }
        finally
        {
            release.Set();
        }

        // The blocked thread's own object lost the race: every reader, that thread included, gets the published one.
        object first = (await blocked)!;
        Assert.Same(first, author("a0"));
        Assert.Same(first, Get(post("posts/p0")!, "Author"));
        Assert.Same(first, Get(author($"a{Authors - 1}")!, "Mentor"));
    }

    [Fact]
    public void The_site_model_s_payloads_check_the_format_version_before_they_decode()
    {
        GenerationResult result = new ContentProject()
            .Source(Schema)
            .Data("Data/authors.yaml", "a0:\n  name: Author 0\n")
            .File("Content/posts/p0.md", "---\nauthor: a0\ntags: [x]\n---\n# Post 0\n\nText.\n")
            .Generate();
        Assert.Empty(result.Diagnostics);

        // Every generated catalog of the site model passes the version: data, every article, lookups, taxonomies.
        int other = Format.Version + 1;
        string declared = $": base({Format.Version}";
        Compilation mismatched = result.Output;
        foreach (SyntaxTree tree in result.Output.SyntaxTrees.Where(t => t.FilePath.Contains("ContentGen.", StringComparison.Ordinal) && t.ToString().Contains(declared, StringComparison.Ordinal)))
        {
            mismatched = mismatched.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.ToString().Replace(declared, $": base({other}", StringComparison.Ordinal), (CSharpParseOptions)tree.Options, tree.FilePath));
        }

        Assembly assembly = new GenerationResult(result.Run, mismatched).LoadAssembly();
        Type author = assembly.GetType("Consumer.Author")!;
        Type post = assembly.GetType("Consumer.Post")!;
        Type articles = assembly.GetType("Consumer.Articles")!;
        foreach (Action read in new Action[]
        {
            () => author.GetMethod("Find")!.Invoke(null, ["a0"]),
            () => _ = ((IReadOnlyList<object>)author.GetProperty("All")!.GetValue(null)!).Count,
            () => _ = ((IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!).Count,
            () => articles.GetMethod("Find")!.Invoke(null, ["posts/p0"]),
            () => _ = ((IReadOnlyList<Term<Article>>)articles.GetProperty("AllTags")!.GetValue(null)!).Count,
            () => post.GetMethod("WithAuthor")!.Invoke(null, [Activator.CreateInstance(author)]),
        })
        {
            Exception thrown = Assert.ThrowsAny<Exception>(read);
            var error = Assert.IsType<InvalidOperationException>(thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown);
            Assert.Contains($"payload format {other}", error.Message, StringComparison.Ordinal);
            Assert.Contains($"reads format {Format.Version}", error.Message, StringComparison.Ordinal);
        }
    }
}
