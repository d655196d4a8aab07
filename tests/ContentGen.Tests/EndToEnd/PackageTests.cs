using System;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>The NuGet package as a new user meets it: dotnet new, dotnet add package, a Content folder, build, run.</summary>
public class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private static void Write(string directory, string relativePath, string text)
    {
        string path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static void SetProperties(string project, string properties)
    {
        string text = File.ReadAllText(project);
        File.WriteAllText(project, text.Replace("</PropertyGroup>", properties + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_holds_the_generator_its_dependencies_the_runtime_library_and_build_files()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(package.Feed, $"ContentGen.{package.Version}.nupkg"));
        string[] entries = [.. zip.Entries.Select(e => e.FullName)];
        Assert.Contains("analyzers/dotnet/cs/ContentGen.dll", entries);
        Assert.Contains("ColorCode.Core", Repository.AnalyzerDependencies);
        Assert.All(Repository.AnalyzerDependencies, name => Assert.Contains($"analyzers/dotnet/cs/{name}.dll", entries));
        Assert.Contains("lib/net8.0/ContentGen.Abstractions.dll", entries);
        Assert.Contains("build/ContentGen.props", entries);
        Assert.Contains("build/ContentGen.targets", entries);
        Assert.Contains("buildTransitive/ContentGen.props", entries);
        Assert.Contains("buildTransitive/ContentGen.targets", entries);
        Assert.Contains("README.md", entries);

        using var nuspec = new StreamReader(zip.GetEntry("ContentGen.nuspec")!.Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<repository type=\"git\"", text);
        Assert.Contains("<tags>", text);
        Assert.Contains("<description>", text);
    }

    [Theory]
    [InlineData("linux-x64", 0x8664 ^ 0x7B79)] // x64, the Linux bit pattern crossgen2 writes
    [InlineData("win-x64", 0x8664)]
    [InlineData("osx-arm64", 0xAA64 ^ 0x4644)] // Arm64, the Apple bit pattern
    public void Package_holds_ReadyToRun_copies_of_exactly_the_analyzer_assemblies_for_each_platform(string runtime, int machine)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(package.Feed, $"ContentGen.{package.Version}.nupkg"));
        string[] il = [.. zip.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).Select(e => e.Name).Order(StringComparer.Ordinal)];
        string[] native = [.. zip.Entries.Where(e => e.FullName.StartsWith($"readytorun/{runtime}/", StringComparison.Ordinal)).Select(e => e.Name).Order(StringComparer.Ordinal)];
        Assert.Equal([.. Repository.AnalyzerDependencies.Append("ContentGen").Select(n => n + ".dll").Order(StringComparer.Ordinal)], il);
        Assert.Equal(il, native);
        foreach (string name in il)
        {
            Assert.False(Headers(zip, $"analyzers/dotnet/cs/{name}").CorHeader!.ManagedNativeHeaderDirectory.Size > 0, name);
            System.Reflection.PortableExecutable.PEHeaders r2r = Headers(zip, $"readytorun/{runtime}/{name}");
            Assert.True(r2r.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{runtime}/{name} has no ReadyToRun header");
            Assert.Equal(machine, (int)r2r.CoffHeader.Machine);
        }
    }

    [Theory]
    [InlineData("linux-x64", 0x8664 ^ 0x7B79)]
    [InlineData("win-x64", 0x8664)]
    [InlineData("osx-arm64", 0xAA64 ^ 0x4644)]
    public void Package_holds_the_runtime_library_ReadyToRun_for_net10_on_each_platform_beside_the_IL_one(string runtime, int machine)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(package.Feed, $"ContentGen.{package.Version}.nupkg"));
        Assert.Equal(
            ["runtimes/linux-x64/lib/net10.0/ContentGen.Abstractions.dll", "runtimes/osx-arm64/lib/net10.0/ContentGen.Abstractions.dll", "runtimes/win-x64/lib/net10.0/ContentGen.Abstractions.dll"],
            zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("runtimes/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        System.Reflection.PortableExecutable.PEHeaders il = Headers(zip, "lib/net8.0/ContentGen.Abstractions.dll");
        Assert.False(il.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
        System.Reflection.PortableExecutable.PEHeaders r2r = Headers(zip, $"runtimes/{runtime}/lib/net10.0/ContentGen.Abstractions.dll");
        Assert.True(r2r.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{runtime} has no ReadyToRun header");
        Assert.Equal(machine, (int)r2r.CoffHeader.Machine);
    }

    private static System.Reflection.PortableExecutable.PEHeaders Headers(System.IO.Compression.ZipArchive zip, string entry)
    {
        using var bytes = new MemoryStream();
        using (Stream stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(bytes);
        return reader.PEHeaders;
    }

    [Fact]
    public void On_this_platform_the_app_loads_the_ReadyToRun_library_and_a_small_site_gets_the_ReadyToRun_generator_a_large_one_the_IL()
    {
        string app = package.NewProject("console", "Native");
        Write(app, "Content/hello.md", "# Hello\n\n```cs\nvar x = 1;\n```\n");
        Write(app, "Program.cs", "System.Console.WriteLine(typeof(ContentGen.Article).Assembly.Location);\nSystem.Console.Write(Native.Articles.Hello.Html);");
        string? runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier switch
        {
            "linux-x64" or "win-x64" or "osx-arm64" => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
            _ => null,
        };

        CliResult build = Dotnet.Run(app, ["build", "-nologo", "-v:d"]);
        Assert.True(build.ExitCode == 0, build.ToString());
        string[] analyzers = Analyzers(build.Output);
        Assert.Equal(Repository.AnalyzerDependencies.Length + 1, analyzers.Length);
        Assert.All(analyzers, a => Assert.Contains(runtime is null ? "/analyzers/dotnet/cs/" : $"/readytorun/{runtime}/", a, StringComparison.Ordinal));
        CliResult run = Dotnet.Run(app, ["run", "-nologo", "--no-build"]);
        Assert.Contains("<span class=\"hl-keyword\">var</span>", run.Output, StringComparison.Ordinal);

        // A portable net10.0 app: the host picks the library from the deps.json runtimeTargets for this platform.
        string loaded = run.Output.Split('\n')[0].Trim().Replace('\\', '/');
        string expected = runtime is null ? "/bin/Debug/net10.0/ContentGen.Abstractions.dll" : $"/bin/Debug/net10.0/runtimes/{runtime}/lib/net10.0/ContentGen.Abstractions.dll";
        Assert.EndsWith(expected, loaded, StringComparison.Ordinal);
        using (var stream = File.OpenRead(loaded))
        using (var pe = new System.Reflection.PortableExecutable.PEReader(stream))
        {
            Assert.Equal(runtime is not null, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
        }

        // Past the article limit (here 1, with 2 articles) the IL assemblies, whose hot code gets the runtime's profile-guided tier.
        Write(app, "Content/second.md", "# Second\n");
        CliResult large = Dotnet.Run(app, ["build", "-nologo", "-v:d", "--no-incremental", "-p:ContentGenReadyToRunMaxArticles=1"]);
        Assert.True(large.ExitCode == 0, large.ToString());
        Assert.Equal(analyzers.Length, Analyzers(large.Output).Length);
        Assert.All(Analyzers(large.Output), a => Assert.Contains("/analyzers/dotnet/cs/", a, StringComparison.Ordinal));

        static string[] Analyzers(string output) =>
            [.. System.Text.RegularExpressions.Regex.Matches(output.Replace('\\', '/'), @"/analyzer:(\S*/contentgen/[^ ]*?\.dll)")
                .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
    }

    [Fact]
    public void Zero_configuration_content_folder_runs_and_a_malformed_article_fails_at_its_place()
    {
        string app = package.NewProject("console", "ZeroConfig");
        Write(app, "Content/news/hello-world.txt", "---\ndate: 2024-05-01\ntags: [hello]\n---\nHello World\n\nThe first paragraph.\n\nAlso read: Another story\n\nThe second paragraph with https://example.com/x.");
        Write(app, "Program.cs", """
            foreach (ContentGen.Article a in ZeroConfig.Articles.All)
            {
                System.Console.WriteLine($"{a.Slug}|{a.Title}|{a.Paragraphs.Count}|{a.Links.Count}|{a.Metadata.Published:yyyy-MM-dd}|{string.Join(",", a.Metadata.Tags)}");
            }

            System.Console.WriteLine(ZeroConfig.Articles.NewsHelloWorld.Paragraphs[1].Text);
            """);

        CliResult run = Dotnet.Run(app, ["run", "-nologo"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("news/hello-world|Hello World|2|2|2024-05-01|hello", run.Output);
        Assert.Contains("The second paragraph with https://example.com/x.", run.Output);

        Write(app, "Content/news/broken.txt", "Headline\n\nLead.\n\nAlso read:   \n");
        CliResult broken = Dotnet.Run(app, ["build", "-nologo"]);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"{Path.Combine(app, "Content/news/broken.txt")}(5,1): error CG0009", broken.Output);
    }

    [Fact]
    public void A_strict_consumer_builds_with_no_warning()
    {
        string app = package.NewProject("console", "Strict");
        SetProperties(Path.Combine(app, "Strict.csproj"), """
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <LangVersion>12</LangVersion>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <ContentGenVisibility>internal</ContentGenVisibility>
            """);
        Write(app, "Content/000_acdc7d00acb03fa1.txt", Repository.Seed);
        Write(app, "Content/class.txt", "---\nauthors: [A]\nsummary: \"</summary> */ \\\" {{ }}\"\n---\nA “headline”\n\nText with \"quotes\", \\backslashes\\, */ and </summary>.");
        Write(app, "Program.cs", """
            using System.Globalization;

            System.Console.WriteLine(Strict.Articles.All.Count.ToString(CultureInfo.InvariantCulture));
            System.Console.WriteLine(Strict.Articles.Class.Paragraphs[0].Text);
            """);

        CliResult run = Dotnet.Run(app, ["run", "-nologo"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Text with \"quotes\", \\backslashes\\, */ and </summary>.", run.Output);
    }

    [Fact]
    public void A_class_library_exposes_its_content_to_another_project()
    {
        string library = package.NewProject("classlib", "NewsLibrary");
        File.Delete(Path.Combine(library, "Class1.cs"));
        SetProperties(Path.Combine(library, "NewsLibrary.csproj"), "    <ContentGenNamespace>NewsLibrary.Content</ContentGenNamespace>");
        Write(library, "Content/story.txt", "Library headline\n\nA paragraph from the library.");

        string app = package.NewProject("console", "NewsApp", addPackage: false);
        CliResult reference = Dotnet.Run(app, ["add", "reference", Path.Combine(library, "NewsLibrary.csproj")]);
        Assert.True(reference.ExitCode == 0, reference.ToString());
        Write(app, "Program.cs", "System.Console.WriteLine(NewsLibrary.Content.Articles.Story.Title + \"|\" + NewsLibrary.Content.Articles.Find(\"story\")?.Paragraphs[0].Text);");

        CliResult run = Dotnet.Run(app, ["run", "-nologo"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Library headline|A paragraph from the library.", run.Output);
    }

    [Fact]
    public void Assets_reach_the_publish_folder_of_the_app_and_of_an_app_that_references_a_content_library()
    {
        string library = package.NewProject("classlib", "AssetLibrary");
        File.Delete(Path.Combine(library, "Class1.cs"));
        SetProperties(Path.Combine(library, "AssetLibrary.csproj"), "    <ContentGenAssetOutputDir>Content/library/</ContentGenAssetOutputDir>");
        Write(library, "Content/guide.md", "# Guide\n\n![A diagram](images/diagram.svg)\n");
        Write(library, "Content/images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"/>");

        string app = package.NewProject("console", "AssetApp");
        CliResult reference = Dotnet.Run(app, ["add", "reference", Path.Combine(library, "AssetLibrary.csproj")]);
        Assert.True(reference.ExitCode == 0, reference.ToString());
        Write(app, "Content/story.md", "# Story\n\n![A photo](photos/a.svg)\n\nSee the [data](data/figures.json).\n");
        Write(app, "Content/photos/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"/>");
        Write(app, "Content/data/figures.json", "[1, 2]");
        Write(app, "Program.cs", "System.Console.WriteLine(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, \"Content/photos/a.svg\")));");

        string output = Path.Combine(app, "out");
        CliResult publish = Dotnet.Run(app, ["publish", "-nologo", "-o", output]);
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Contains("width=\"40\"", File.ReadAllText(Path.Combine(output, "Content/photos/a.svg")), StringComparison.Ordinal);
        // Already an item of the SDK's default globs (None here, Content under the Web SDK): the targets keep one item per file.
        Assert.Equal("[1, 2]", File.ReadAllText(Path.Combine(output, "Content/data/figures.json")));
        Assert.True(File.Exists(Path.Combine(output, "Content/library/images/diagram.svg")), "the library's asset, under its own ContentGenAssetOutputDir");
        Assert.False(File.Exists(Path.Combine(output, "Content/story.md")), "articles are compiled in, never copied");
        Assert.False(File.Exists(Path.Combine(output, "Content/library/guide.md")));

        // The copy beside the app is what it reads, wherever it runs from.
        CliResult run = Dotnet.Run(Path.GetTempPath(), [Path.Combine(output, "AssetApp.dll")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("width=\"40\"", run.Output, StringComparison.Ordinal);

        SetProperties(Path.Combine(app, "AssetApp.csproj"), "    <ContentGenCopyAssets>false</ContentGenCopyAssets>");
        string without = Path.Combine(app, "out-without");
        CliResult off = Dotnet.Run(app, ["publish", "-nologo", "-o", without]);
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.False(Directory.Exists(Path.Combine(without, "Content/photos")));
    }

    [Fact]
    public void Building_twice_gives_byte_identical_generated_files()
    {
        string app = package.NewProject("console", "Twice");
        SetProperties(Path.Combine(app, "Twice.csproj"), "    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        Write(app, "Content/a.txt", Repository.Seed);
        Write(app, "Content/b/c d.txt", "---\ndate: 2024-01-01T10:00:00+01:00\n---\nB headline\n\nText.");

        string[] Generated()
        {
            CliResult build = Dotnet.Run(app, ["build", "-nologo", "--no-incremental"]);
            Assert.True(build.ExitCode == 0, build.ToString());
            string root = Path.Combine(app, "obj");
            return [.. Directory.GetFiles(root, "*.g.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => f + "\n" + Convert.ToHexString(File.ReadAllBytes(f)))];
        }

        string[] first = Generated();
        Assert.NotEmpty(first);
        Assert.Equal(first, Generated());
    }
}
