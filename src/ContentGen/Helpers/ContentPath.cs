using System;
using System.Collections.Generic;

namespace ContentGen.Generator.Helpers;

/// <summary>Pure path arithmetic on '/'-separated strings: no file system access, same result on every OS.</summary>
internal static class ContentPath
{
    /// <summary>Backslashes become '/', so Windows and Unix paths compare alike.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>Makes sure a non-empty folder path ends with '/'.</summary>
    public static string AsDirectory(string path)
    {
        path = Normalize(path);
        return path.Length == 0 || path.EndsWith("/", StringComparison.Ordinal) ? path : path + "/";
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="directory"/>, with "../" where it lies
    /// outside; the path itself when either is not absolute or they share no root.
    /// </summary>
    public static string RelativeTo(string path, string directory)
    {
        // The compiler passes an item's path as MSBuild wrote it: "../Shared/a.md" under the
        // project stays "/p/App/../Shared/a.md". Collapsed, it compares with the folders.
        path = Collapse(path);
        directory = AsDirectory(directory);
        if (directory.Length == 0)
        {
            return path;
        }

        if (path.StartsWith(directory, StringComparison.Ordinal))
        {
            return path.Substring(directory.Length);
        }

        string[] from = directory.TrimEnd('/').Split('/');
        string[] to = path.Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        // No shared root (another drive, or a relative path): nothing sensible to climb to.
        if (common == 0)
        {
            return path;
        }

        var parts = new List<string>();
        for (int i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>
    /// The path of <paramref name="path"/> under <paramref name="contentDirectory"/> without its
    /// extension; only the file name (without extension) when the file lies outside that folder.
    /// </summary>
    public static string UnderContent(string path, string contentDirectory)
    {
        path = Collapse(path);
        contentDirectory = AsDirectory(contentDirectory);
        string relative = contentDirectory.Length > 0 && path.StartsWith(contentDirectory, StringComparison.Ordinal)
            ? path.Substring(contentDirectory.Length)
            : path.Substring(path.LastIndexOf('/') + 1);
        return WithoutExtension(relative);
    }

    /// <summary>Removes "." segments, empty segments and "folder/.." pairs; ".." that climbs above the start is kept.</summary>
    public static string Collapse(string path)
    {
        var parts = new List<string>();
        foreach (string part in Normalize(path).Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0))
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }

    /// <summary>A Markdown file (<c>.md</c> or <c>.markdown</c>, any case); anything else is plain text.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public static string FileName(string path)
    {
        path = Normalize(path);
        return path.Substring(path.LastIndexOf('/') + 1);
    }

    /// <summary>The path without the extension of its last segment (a leading dot is not an extension).</summary>
    public static string WithoutExtension(string path)
    {
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(0, dot) : path;
    }
}
