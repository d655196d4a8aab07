using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentGen.Tasks;

/// <summary>
/// Writes the table of image sizes the generator reads (build/ContentGen.targets): one line per
/// image, its full path, width, height, format and problem. The target that runs it declares its
/// inputs and outputs, so nothing runs when no image changed; when one did, only the images whose
/// length or time changed are read again, the others come from this task's own cache file.
/// </summary>
public sealed class ReadImageSizes : Task
{
    /// <summary>The first line of the table: the generator reads no other version.</summary>
    public const string TableHeader = "ContentGen images 1";

    private const string CacheHeader = "ContentGen image cache 1";

    /// <summary>The image files (ContentGenAsset items whose extension is an image's).</summary>
    [Required]
    public ITaskItem[] Images { get; set; } = [];

    /// <summary>The table the generator reads.</summary>
    [Required]
    public string TableFile { get; set; } = string.Empty;

    /// <summary>Each image's length and time with its size: what lets a change read one image, not all.</summary>
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>How many images were read from their bytes this time (the others came from the cache).</summary>
    [Output]
    public int Read { get; set; }

    public override bool Execute()
    {
        Dictionary<string, (long Length, long Ticks, ImageSize Size)> cache = LoadCache(CacheFile);
        var table = new StringBuilder(TableHeader).Append('\n');
        var newCache = new StringBuilder(CacheHeader).Append('\n');
        foreach (string path in Images.Select(i => Path.GetFullPath(i.ItemSpec).Replace('\\', '/')).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = new FileInfo(path);
            ImageSize size;
            long length = file.Exists ? file.Length : -1;
            long ticks = file.Exists ? file.LastWriteTimeUtc.Ticks : 0;
            if (cache.TryGetValue(path, out var known) && known.Length == length && known.Ticks == ticks)
            {
                size = known.Size;
            }
            else
            {
                size = file.Exists ? ImageSize.Read(path) : new ImageSize(0, 0, string.Empty, "the file does not exist");
                Read++;
            }

            string row = string.Join("\t", path, size.Width.ToString(CultureInfo.InvariantCulture), size.Height.ToString(CultureInfo.InvariantCulture), size.Format, size.Problem.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
            table.Append(row).Append('\n');
            newCache.Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(row).Append('\n');
        }

        // Written only when different: an unchanged table keeps its time, and the generator's step stays cached.
        WriteIfChanged(TableFile, table.ToString());
        WriteIfChanged(CacheFile, newCache.ToString());
        Log.LogMessage(MessageImportance.Low, "ContentGen: {0} image sizes, {1} read from their files.", Images.Length, Read);
        return !Log.HasLoggedErrors;
    }

    private static Dictionary<string, (long, long, ImageSize)> LoadCache(string path)
    {
        var cache = new Dictionary<string, (long, long, ImageSize)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return cache;
        }

        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != CacheHeader)
        {
            return cache;
        }

        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length == 7
                && long.TryParse(f[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long length)
                && long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)
                && int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
                && int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out int height))
            {
                cache[f[2]] = (length, ticks, new ImageSize(width, height, f[5], f[6]));
            }
        }

        return cache;
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
