using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Generator.Parsing.Highlighting;

namespace ContentGen.Benchmarks;

/// <summary>
/// Measurements for compile-time rendering (docs/performance.md, "Rendering"): highlighting per
/// code block and language, and images for the build benchmark (bench/rendering.sh).
/// </summary>
internal static class RenderingProbe
{
    /// <summary>A typical block of each language: about 10 lines, the size of the bench corpus's blocks.</summary>
    private static readonly (string Info, string Code)[] Blocks =
    [
        ("cs", "using System;\n\n// Reads the articles.\npublic static class Program\n{\n    public static void Main(string[] args)\n    {\n        foreach (var a in Articles.All) Console.WriteLine($\"{a.Title} {a.WordCount}\");\n        var x = 42; string s = @\"C:\\path\";\n    }\n}\n"),
        ("js", "const client = createClient({ retries: 3 });\nlet total = items.reduce((sum, item) => sum + item.size, 0);\nif (response.status !== 200) throw new Error(response.statusText);\nfor (const entry of await store.list(prefix)) console.log(entry.key);\nexport function normalize(path) { return path.replace(/\\\\/g, '/'); }\nawait cache.set(key, value, { ttl: 60 });\n"),
        ("ts", "interface User { id: number; name: string }\nexport async function load(id: number): Promise<User> {\n  const r = await fetch(`/users/${id}`);\n  return (await r.json()) as User;\n}\n"),
        ("python", "import json\n\ndef load(path):\n    # read a file\n    with open(path) as f:\n        return json.load(f)\n\nprint(load('a.json')['name'], 3.14)\n"),
        ("sh", "#!/bin/sh\nset -e\ndotnet add package ContentGen --version 0.1.0\nif [ -f \"$HOME/.env\" ]; then . \"$HOME/.env\"; fi\nfor f in Content/*.md; do echo \"$f\" | wc -c; done && echo done # ok\n"),
        ("yaml", "title: \"Hello\" # a title\ndate: 2024-05-01\ntags: [a, b]\ndraft: false\ncount: 3\nauthors:\n  - name: Ann\n    url: https://example.com\n"),
        ("json", "{\n  \"name\": \"contentgen\",\n  \"version\": \"0.1.0\",\n  \"private\": true,\n  \"files\": [\"a\", \"b\"],\n  \"size\": 12.5\n}\n"),
        ("html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Hi &amp; bye</title></head>\n<body class=\"x\"><p id=\"a\">Text</p>\n<script>let a = 1;</script></body>\n</html>\n"),
        ("xml", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <!-- content -->\n</Project>\n"),
        ("css", "body { font: 17px/1.6 system-ui; }\n/* code */\npre.hl .hl-keyword { color: #cf222e; }\n@media (prefers-color-scheme: dark) { body { color: #eee; } }\n"),
        ("sql", "SELECT id, name FROM users WHERE active = 1 AND created > '2024-01-01'\nORDER BY name; -- newest\nINSERT INTO log (msg) VALUES ('x');\n"),
        ("powershell", "Get-ChildItem -Path $env:TEMP -Filter *.log | Where-Object { $_.Length -gt 1MB } | Remove-Item -WhatIf\n# comment\n$x = @{ a = 1 }\n[string]$s = \"a\"\n"),
        ("cpp", "#include <vector>\nint main() {\n  std::vector<int> v{1, 2, 3}; // numbers\n  for (auto x : v) printf(\"%d\\n\", x);\n  return 0;\n}\n"),
        ("java", "public class Main {\n  public static void main(String[] args) {\n    System.out.println(\"hi\"); // out\n    int x = 42;\n  }\n}\n"),
        ("diff", "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-old line\n+new line\n same\n"),
    ];

    /// <summary>
    /// For each language: the first block (ColorCode compiles the language's regex on first use)
    /// and the mean per block over <paramref name="iterations"/> blocks, in one process.
    /// </summary>
    public static void Highlight(int iterations)
    {
        int tier = CodeHighlighter.CompileAfter;
        Console.WriteLine($"{"language",-12} {"first block",12} {"interpreted",12} {"compiling",12} {"compiled",12} {"spans",6}");
        foreach ((string info, string code) in Blocks)
        {
            var language = CodeHighlighter.Find(info) ?? throw new InvalidOperationException(info);
            double Time(int blocks)
            {
                var timer = Stopwatch.StartNew();
                for (int i = 0; i < blocks; i++)
                {
                    CodeHighlighter.Highlight(code, language);
                }

                return timer.Elapsed.TotalMicroseconds;
            }

            var first = Stopwatch.StartNew();
            string html = CodeHighlighter.Highlight(code, language) ?? string.Empty;
            first.Stop();
            double interpreted = Time(tier - 1) / (tier - 1);
            double compiling = Time(1);
            double compiled = Time(iterations) / iterations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{info,-12} {first.Elapsed.TotalMilliseconds,9:F2} ms {interpreted,9:F1} µs {compiling / 1000,9:F1} ms {compiled,9:F1} µs {CountOf(html, "<span "),6}"));
        }

        Console.WriteLine($"languages: {string.Join(", ", CodeHighlighter.All.Select(l => l.Id).Order(StringComparer.Ordinal))}");
    }

    /// <summary>
    /// One PNG per post of a corpus (posts/**/*.md), shown at the end of the post: the build
    /// benchmark's image workload. Sizes differ per post, so every table row is distinct.
    /// </summary>
    public static void AddImages(string corpus)
    {
        string[] posts = [.. Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        for (int i = 0; i < posts.Length; i++)
        {
            string image = Path.ChangeExtension(posts[i], ".png");
            File.WriteAllBytes(image, ContentGen.Corpus.ImageFiles.Png(320 + (i % 640), 200 + (i % 400)));
            File.AppendAllText(posts[i], $"\n![Figure {i}]({Path.GetFileName(image)})\n", new UTF8Encoding(false));
        }

        Console.WriteLine($"{posts.Length} images added under {corpus}");
    }

    /// <summary>The task's reader alone over every image under a folder: the cold cost without MSBuild.</summary>
    public static void ImageSizes(string folder)
    {
        string[] images = [.. Directory.EnumerateFiles(folder, "*.png", SearchOption.AllDirectories)];
        var timer = Stopwatch.StartNew();
        int read = images.Count(path => ContentGen.Tasks.ImageSize.Read(path).Problem.Length == 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read} of {images.Length} images read in {timer.Elapsed.TotalSeconds:F2} s ({timer.Elapsed.TotalMicroseconds / Math.Max(1, images.Length):F0} µs each)"));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
