using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// What the <c>#line</c> directive before every article property costs the compiler: the generated
/// files of N articles compiled (parse, bind, diagnostics, emit) as generated and with their
/// <c>#line</c> lines removed, in alternating rounds in one process (the first round of each is a
/// warm-up). `dotnet run -c Release --project bench/ContentGen.Benchmarks -- line-cost 10000 6`
/// </summary>
public static class LineDirectiveCost
{
    public static void Run(int articles, int rounds)
    {
        var workload = new Workload(articles);
        GeneratorDriver driver = workload.Driver(new ContentGenerator()).RunGenerators(workload.Compilation);
        (string Path, string Text)[] generated = [.. driver.GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.ToString()))];
        (string Path, string Text)[] without = [.. generated.Select(g => (g.Path, string.Join('\n', g.Text.Split('\n').Where(l => !l.TrimStart().StartsWith("#line", StringComparison.Ordinal)))))];
        int directives = generated.Sum(g => g.Text.Split('\n').Count(l => l.TrimStart().StartsWith("#line", StringComparison.Ordinal)));
        Console.WriteLine($"{articles} articles: {generated.Length} generated files, {directives} #line directives, {generated.Sum(g => (long)g.Text.Length):N0} vs {without.Sum(g => (long)g.Text.Length):N0} characters");

        var with = new List<double>();
        var plain = new List<double>();
        for (int round = 0; round <= rounds; round++)
        {
            double a = Compile(workload, generated);
            double b = Compile(workload, without);
            Console.WriteLine($"round {round}{(round == 0 ? " (warm-up)" : string.Empty)}: with #line {a:F0} ms, without {b:F0} ms");
            if (round > 0)
            {
                with.Add(a);
                plain.Add(b);
            }
        }

        Console.WriteLine($"medians of {rounds}: with #line {Median(with):F0} ms, without {Median(plain):F0} ms, difference {Median(with.Zip(plain, (x, y) => x - y).ToList()):F0} ms (median of the paired differences)");
    }

    private static double Compile(Workload workload, (string Path, string Text)[] generated)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        CSharpCompilation compilation = workload.Compilation.AddSyntaxTrees(generated.Select(g => CSharpSyntaxTree.ParseText(g.Text, Workload.ParseOptions, g.Path)));
        int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        using var stream = new MemoryStream();
        bool emitted = compilation.Emit(stream).Success;
        if (errors > 0 || !emitted)
        {
            throw new InvalidOperationException($"{errors} errors");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
