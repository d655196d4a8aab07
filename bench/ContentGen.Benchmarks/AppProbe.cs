using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ContentGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// Run-time cost as an application pays it: a compiled console app that references the compiled
/// content and touches one article through its property, as user code does (no reflection, which
/// builds lookup tables of every type). `... -- app 10000`, then `app 1` for the baseline. Each
/// step also prints the JIT's share of it (System.Runtime.JitInfo: methods compiled, time spent).
/// </summary>
public static class AppProbe
{
    private const string Program = """
        using System;
        using System.Diagnostics;
        using System.Runtime.CompilerServices;

        internal static class Program
        {
            private static void Main(string[] args)
            {
                Measure(touch: false); // JIT and warm the measuring code itself.
                Measure(touch: args.Length == 0);
            }

            private static void Measure(bool touch)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                using Process process = Process.GetCurrentProcess();
                process.Refresh();
                long ws0 = process.WorkingSet64, private0 = process.PrivateMemorySize64, heap0 = GC.GetTotalMemory(true);
                (long anon0, long file0) = Resident();
                (int jit0, double jitMs0) = Jit();
                var clock = Stopwatch.StartNew();
                object? article = touch ? Touch() : null;
                double touched = clock.Elapsed.TotalMilliseconds;
                (int jit1, double jitMs1) = Jit();
                GC.Collect();
                process.Refresh();
                long ws1 = process.WorkingSet64, private1 = process.PrivateMemorySize64, heap1 = GC.GetTotalMemory(true);
                (long anon1, long file1) = Resident();
                (int jit2, double jitMs2) = Jit();
                clock.Restart();
                int length = article is null ? 0 : Read(article);
                double read = clock.Elapsed.TotalMilliseconds;
                (int jit3, double jitMs3) = Jit();
                if (touch)
                {
                    Console.WriteLine(FormattableString.Invariant($"touch one article {touched:F2} ms, then read its first paragraph {read:F2} ms ({length} chars); before reading: working set +{(ws1 - ws0) / 1048576.0:F2} MB, private bytes +{(private1 - private0) / 1048576.0:F2} MB, managed heap +{(heap1 - heap0) / 1024.0:F0} KB; resident anonymous +{(anon1 - anon0) / 1024.0:F2} MB, resident file-backed +{(file1 - file0) / 1024.0:F2} MB"));
                    Console.WriteLine(FormattableString.Invariant($"  JIT: touch {jit1 - jit0} methods in {jitMs1 - jitMs0:F2} ms, read {jit3 - jit2} methods in {jitMs3 - jitMs2:F2} ms"));
                }
            }

            /// <summary>Methods compiled by the JIT in the process so far, and the time it spent (System.Runtime.JitInfo).</summary>
            private static (int Methods, double Milliseconds) Jit() =>
                ((int)System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false), System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds);

            /// <summary>Linux: resident anonymous and file-backed memory, in KB (/proc/self/status); zeros elsewhere.</summary>
            private static (long Anon, long File) Resident()
            {
                if (!System.IO.File.Exists("/proc/self/status"))
                {
                    return (0, 0);
                }

                long anon = 0, file = 0;
                foreach (string line in System.IO.File.ReadAllLines("/proc/self/status"))
                {
                    string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 1 && parts[0] == "RssAnon:") anon = long.Parse(parts[1]);
                    if (parts.Length > 1 && parts[0] == "RssFile:") file = long.Parse(parts[1]);
                }

                return (anon, file);
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static object Touch() => Bench.Articles.ARTICLE;

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int Read(object article) => ((ContentGen.Article)article).Paragraphs[0].Text.Length;
        }
        """;

    public static void Run(int articles)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"contentgen-app-{articles}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var workload = new Workload(articles);
        GeneratorDriver driver = workload.Driver(new ContentGenerator()).RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation content, out _);
        string first = driver.GetRunResult().GeneratedTrees
            .Select(t => Regex.Match(t.ToString(), @"public static global::ContentGen\.Article (\w+) =>").Groups[1].Value)
            .First(name => name.Length > 0);
        Emit(content.WithAssemblyName("Bench"), Path.Combine(directory, "Bench.dll"));
        string library = RuntimeLibrary.Locate();
        File.Copy(library, Path.Combine(directory, "ContentGen.Abstractions.dll"));

        CSharpCompilation app = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(Program.Replace("ARTICLE", first, StringComparison.Ordinal), Workload.ParseOptions)],
            [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(Article).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(directory, "Bench.dll"))],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        Emit(app, Path.Combine(directory, "App.dll"));
        // An app of the running .NET, as a package user's app is: on .NET 10 it gets the ReadyToRun library.
        int major = Environment.Version.Major;
        File.WriteAllText(Path.Combine(directory, "App.runtimeconfig.json"), "{\"runtimeOptions\":{\"tfm\":\"net" + major + ".0\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + major + ".0.0\"}}}");

        Console.WriteLine($"{articles} articles: Bench.dll {new FileInfo(Path.Combine(directory, "Bench.dll")).Length:N0} bytes; touching Articles.{first}");
        Console.WriteLine(RuntimeLibrary.Describe(library));
        for (int i = 0; i < 5; i++)
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "App.dll")]) { RedirectStandardOutput = true };
            using Process child = Process.Start(start)!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
        }
    }

    private static void Emit(Compilation compilation, string path)
    {
        using FileStream stream = File.Create(path);
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }
}
