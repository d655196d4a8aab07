using System;
using System.IO;
using ContentGen.Corpus;
using ContentGen.Tests.Helpers;
using Xunit;

namespace ContentGen.Tests.EndToEnd;

/// <summary>
/// Image sizes in a real build (docs/format.md, "Images"): the package's task reads them, the
/// compiler gets the table, and the task does no work when no image changed.
/// </summary>
public class ImageBuildTests
{
    private const string Task = "Target \"ContentGenReadImageSizes\"";

    [Fact]
    public void Images_get_their_sizes_a_broken_one_fails_at_its_place_and_only_a_changed_image_is_read_again()
    {
        using var consumer = new Consumer()
            .File("Program.cs", "System.Console.Write(Consumer.Articles.Photos.Html);")
            .File("Content/photos.md", "# Photos\n\n![a](a.png)\n\n![b](img/b.jpg)\n\n<img src=\"c.webp\" alt=\"c\">\n\n```cs\nvar x = 1;\n```\n")
            .Bytes("Content/a.png", ImageFiles.Png(640, 480))
            .Bytes("Content/img/b.jpg", ImageFiles.Jpeg(1200, 800, orientation: 6))
            .Bytes("Content/c.webp", []);

        CliResult broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/photos.md")}(7,11): error CG0041: The image 'c.webp' ('Content/c.webp') cannot be shown: the file is empty", broken.Output, StringComparison.Ordinal);

        consumer.Bytes("Content/c.webp", ImageFiles.WebP(16, 9));
        CliResult run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(
            "<p><img src=\"a.png\" alt=\"a\" width=\"640\" height=\"480\" /></p>\n<p><img src=\"img/b.jpg\" alt=\"b\" width=\"800\" height=\"1200\" loading=\"lazy\" /></p>\n<img src=\"c.webp\" alt=\"c\" width=\"16\" height=\"9\" loading=\"lazy\">\n",
            run.Output.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal);

        // ColorCode loads in the real compiler beside the generator.
        Assert.Contains("<pre class=\"hl\"><code class=\"language-cs\"><span class=\"hl-keyword\">var</span> x = <span class=\"hl-number\">1</span>;\n</code></pre>", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        // Nothing changed: the target is skipped (its inputs are older than its stamp).
        CliResult again = consumer.Build("-v:d");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"Skipping target \"ContentGenReadImageSizes\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);

        // One image changed: the task runs, and reads that image only (the others come from its cache).
        File.SetLastWriteTimeUtc(consumer.PathOf("Content/a.png"), DateTime.UtcNow.AddSeconds(5));
        consumer.Bytes("Content/a.png", ImageFiles.Png(320, 240));
        File.SetLastWriteTimeUtc(consumer.PathOf("Content/a.png"), DateTime.UtcNow.AddSeconds(5));
        CliResult changed = consumer.Build("-v:d");
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.Contains("ContentGen: 3 image sizes, 1 read from their files.", changed.Output, StringComparison.Ordinal);
        Assert.Contains("320\t240\tpng", File.ReadAllText(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "ContentGen.images")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_images_the_task_is_never_loaded_and_other_files_shown_as_images_are_still_reported()
    {
        // The task's assembly does not exist: a build that loaded it would fail with CG0043 or MSB4062.
        using var consumer = new Consumer()
            .Property("ContentGenTasksAssembly", "/no/such/folder/ContentGen.Tasks.dll")
            .File("Program.cs", "System.Console.Write(Consumer.Articles.Notes.Html);")
            .File("Content/notes.md", "# Notes\n\nSee ![the scan](scan.pdf).\n")
            .Bytes("Content/scan.pdf", [0x25, 0x50, 0x44, 0x46]);

        CliResult build = consumer.Build("-v:d");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{consumer.PathOf("Content/notes.md")}(3,17): error CG0042: The image 'scan.pdf' ('Content/scan.pdf') is not JPEG, PNG, GIF, WebP or SVG", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0043", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Task, build.Output, StringComparison.Ordinal);
        Assert.Contains("Done building target \"_ContentGenEmptyImageTable\"", build.Output, StringComparison.Ordinal);
        Assert.Equal("ContentGen images 1", File.ReadAllText(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "ContentGen.images")).TrimEnd());

        consumer.File("Content/notes.md", "# Notes\n\nNo pictures.\n");
        CliResult run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<p>No pictures.</p>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Switched_off_no_task_runs_and_images_are_as_Markdig_wrote_them()
    {
        using var consumer = new Consumer()
            .Property("ContentGenImageSizes", "false")
            .File("Program.cs", "System.Console.Write(Consumer.Articles.Photos.Html);")
            .File("Content/photos.md", "# Photos\n\n![a](a.png)\n\n![b](a.png)\n")
            .Bytes("Content/a.png", []);
        CliResult run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<p><img src=\"a.png\" alt=\"a\" /></p>\n<p><img src=\"a.png\" alt=\"b\" /></p>\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "ContentGen.images")));
    }
}
