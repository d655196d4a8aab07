using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;

namespace ContentGen.Benchmarks;

/// <summary>
/// Run-time costs of a compiled C10k assembly, each in a fresh process so first-use costs are
/// real: `dotnet run -c Release --project bench/ContentGen.Benchmarks -- runtime 10000`
/// </summary>
public static class RuntimeProbe
{
    public static string EmitAssembly(int articles)
    {
        string path = Path.Combine(Path.GetTempPath(), $"contentgen-bench-{articles}", "Bench.dll");
        if (File.Exists(path))
        {
            return path;
        }

        var workload = new Workload(articles);
        workload.Driver(new ContentGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation output, out _);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (FileStream stream = File.Create(path))
        {
            Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }
        }

        File.Copy(typeof(Article).Assembly.Location, Path.Combine(Path.GetDirectoryName(path)!, "ContentGen.Abstractions.dll"), overwrite: true);
        return path;
    }

    public static void Run(int articles)
    {
        string dll = EmitAssembly(articles);
        Console.WriteLine($"assembly: {dll} ({new FileInfo(dll).Length:N0} bytes)");
        for (int i = 0; i < 5; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, [typeof(RuntimeProbe).Assembly.Location, "runtime-child", dll]) { RedirectStandardOutput = true };
            using Process child = Process.Start(start)!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
        }
    }

    /// <summary>In a fresh process: load, touch the catalog, then read one article, measuring each step.</summary>
    public static void Child(string dll)
    {
        GC.Collect();
        long heap0 = GC.GetTotalMemory(forceFullCollection: true);
        long ws0 = Environment.WorkingSet;

        var clock = Stopwatch.StartNew();
        Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
        double loadAssembly = clock.Elapsed.TotalMilliseconds;
        Type articles = assembly.GetType("Bench.Articles", throwOnError: true)!;
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(articles.TypeHandle);
        double loadType = clock.Elapsed.TotalMilliseconds;
        var all = (System.Collections.Generic.IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;
        int count = all.Count;
        double load = clock.Elapsed.TotalMilliseconds;
        Console.Write($"assembly {loadAssembly:F1} ms, Articles type {loadType - loadAssembly:F1} ms, All {load - loadType:F1} ms; ");

        GC.Collect();
        long heap1 = GC.GetTotalMemory(forceFullCollection: true);
        long ws1 = Environment.WorkingSet;

        // One article, through its own typed property, as user code reads it.
        PropertyInfo one = articles.GetProperties(BindingFlags.Public | BindingFlags.Static).First(p => p.Name != "All");
        var getter = one.GetMethod!.CreateDelegate<Func<Article>>();
        clock.Restart();
        Article article = getter();
        double create = clock.Elapsed.TotalMilliseconds;
        string first = article.Paragraphs[0].Text;
        double access = clock.Elapsed.TotalMilliseconds;
        Console.Write($"create {create:F1} ms; ");

        // The first Find builds the slug lookup (the index was inflated by All above).
        var find = articles.GetMethod("Find")!.CreateDelegate<Func<string, Article?>>();
        clock.Restart();
        Article? found = find(article.Slug);
        Console.Write($"first Find {clock.Elapsed.TotalMilliseconds:F1} ms ({(ReferenceEquals(found, article) ? "found" : "NOT FOUND")}); ");

        Console.WriteLine(
            $"load+All.Count: {load:F2} ms ({count} articles); heap growth {(heap1 - heap0) / 1024.0:F0} KB, working set growth {(ws1 - ws0) / 1024.0 / 1024.0:F1} MB; " +
            $"first read of one article: {access:F3} ms ({first.Length} chars)");
    }
}

/// <summary>
/// <c>Articles.Find</c> in a loop, for whole-process timing (<c>/usr/bin/time -v</c>) of two builds
/// of the runtime library side by side, where a BenchmarkDotNet run per build is too slow to
/// interleave: <c>dotnet run -c Release --project bench/ContentGen.Benchmarks -- find-loop 100000000</c>.
/// The slugs are RuntimeBenchmarks' (every 97th article of the C10k assembly), each found once before the clock starts.
/// </summary>
public static class FindLoop
{
    public static void Run(long calls)
    {
        Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(RuntimeProbe.EmitAssembly(10_000));
        Type articles = assembly.GetType("Bench.Articles", throwOnError: true)!;
        var find = articles.GetMethod("Find")!.CreateDelegate<Func<string, Article?>>();
        var all = (System.Collections.Generic.IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;
        string[] slugs = [.. all.Where((_, i) => i % 97 == 0).Select(a => new string(a.Slug.AsSpan()))];
        foreach (string slug in slugs)
        {
            _ = find(slug) ?? throw new InvalidOperationException(slug);
        }

        var clock = Stopwatch.StartNew();
        int next = 0;
        for (long i = 0; i < calls; i++)
        {
            _ = find(slugs[next]);
            if (++next == slugs.Length)
            {
                next = 0;
            }
        }

        Console.WriteLine($"{clock.Elapsed.TotalNanoseconds / calls:F1} ns a Find ({calls:N0} calls over {slugs.Length} slugs)");
    }
}

/// <summary>
/// Steady-state lookups by slug in a compiled C10k assembly.
/// `dotnet run -c Release --project bench/ContentGen.Benchmarks -- --filter *RuntimeBenchmarks* --job short`
/// </summary>
[BenchmarkDotNet.Attributes.MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private Func<string, Article?> _find = null!;
    private Func<System.Collections.Generic.IReadOnlyList<Article>> _all = null!;
    private string[] _slugs = null!;
    private int _next;

    [BenchmarkDotNet.Attributes.GlobalSetup]
    public void Setup()
    {
        Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(RuntimeProbe.EmitAssembly(10_000));
        Type articles = assembly.GetType("Bench.Articles", throwOnError: true)!;
        _find = articles.GetMethod("Find")!.CreateDelegate<Func<string, Article?>>();
        _all = articles.GetProperty("All")!.GetMethod!.CreateDelegate<Func<System.Collections.Generic.IReadOnlyList<Article>>>();
        _slugs = [.. _all().Where((_, i) => i % 97 == 0).Select(a => a.Slug)];
        foreach (string slug in _slugs)
        {
            _ = _find(slug);
        }
    }

    [BenchmarkDotNet.Attributes.Benchmark]
    public Article? FindBySlug() => _find(_slugs[_next++ % _slugs.Length]);

    [BenchmarkDotNet.Attributes.Benchmark]
    public Article IndexIntoAll() => _all()[(int)((uint)(_next++ * 97) % 10_000)];
}
