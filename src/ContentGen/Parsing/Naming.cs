using System.Collections.Generic;
using ContentGen.Generator.Helpers;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Generator.Parsing;

/// <summary>
/// The one place where slugs and C# identifiers are made from paths. Both split a path into
/// words the same way: a word is a run of letters, decimal digits and combining marks, of any
/// script; everything else separates words.
/// </summary>
internal static class Naming
{
    /// <summary>The generated class that holds the default collection's members.</summary>
    public const string DefaultCollection = "Articles";

    /// <summary>
    /// A slug derived from a path: each folder and the file name (without extension) lower-cased
    /// (invariant), every run of non-word characters replaced by '-', except a single '.' between
    /// two digits, which stays (<c>v20.0.0</c>, <c>3.5</c>), trimmed of '-'; segments joined by '/',
    /// empty segments dropped. Empty when the path has no letter or digit.
    /// </summary>
    public static string Slug(string pathWithoutExtension)
    {
        var segments = new List<string>();
        foreach (string segment in pathWithoutExtension.Split('/'))
        {
            var slug = new StringBuilder();
            foreach ((string word, bool dotted) in Joined(segment.Normalize(NormalizationForm.FormC)))
            {
                slug.Append(slug.Length == 0 ? string.Empty : dotted ? "." : "-").Append(word);
            }

            if (slug.Length > 0)
            {
                segments.Add(slug.ToString().ToLowerInvariant());
            }
        }

        return string.Join("/", segments);
    }

    /// <summary>
    /// Why an explicit slug (front matter <c>slug:</c>, item metadata <c>Slug</c>) is not a URL
    /// path, or null when it is one: segments of letters, digits and marks of any script and
    /// <c>- . _ ~ ! $ &amp; ' ( ) * + , ; = : @</c>, separated by single '/', none of them '.' or '..'.
    /// It is used as written: existing URLs are kept.
    /// </summary>
    public static string? SlugProblem(string slug)
    {
        if (slug.Length == 0)
        {
            return "is empty";
        }

        if (slug[0] == '/' || slug[slug.Length - 1] == '/')
        {
            return slug[0] == '/' ? "starts with '/'" : "ends with '/'";
        }

        foreach (string segment in slug.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return segment.Length == 0 ? "has an empty segment ('//')" : $"has a '{segment}' segment";
            }
        }

        for (int i = 0; i < slug.Length; i += char.IsSurrogatePair(slug, i) ? 2 : 1)
        {
            if (slug[i] != '/' && !IsWordChar(slug, i) && "-._~!$&'()*+,;=:@".IndexOf(slug[i]) < 0)
            {
                string shown = char.IsWhiteSpace(slug[i]) ? "a space" : char.IsControl(slug[i]) ? $"U+{(int)slug[i]:X4}" : $"'{char.ConvertFromUtf32(char.ConvertToUtf32(slug, i))}'";
                return $"contains {shown}, which a URL path must escape";
            }
        }

        return null;
    }

    /// <summary>
    /// A C# identifier: the words of every segment, each with its first letter upper-cased
    /// (invariant) and the rest kept, joined without separator. A leading digit or mark gets a
    /// '_' prefix. Empty when the path has no letter or digit. The names a collection's type
    /// already uses are avoided when the article is bound to it (<see cref="Avoiding"/>).
    /// </summary>
    public static string Identifier(string pathWithoutExtension)
    {
        var builder = new StringBuilder();
        string? previous = null;
        foreach (string word in Words(pathWithoutExtension.Normalize(NormalizationForm.FormC)))
        {
            // Digits that the path separates stay apart: v2.0.1 is V2_0_1, not V201.
            if (previous is not null && char.IsDigit(previous[previous.Length - 1]) && char.IsDigit(word[0]))
            {
                builder.Append('_');
            }

            int first = char.IsSurrogatePair(word, 0) ? 2 : 1;
            builder.Append(word.Substring(0, first).ToUpperInvariant()).Append(word, first, word.Length - first);
            previous = word;
        }

        if (builder.Length == 0)
        {
            return string.Empty;
        }

        if (!char.IsLetter(builder.ToString(), 0))
        {
            builder.Insert(0, '_');
        }

        string identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? identifier + "_" : identifier;
    }

    /// <summary>
    /// A taxonomy term's slug (docs/format.md, "Taxonomies"): a '#' right after a word character
    /// becomes <c>sharp</c> and a '+' after one (or after such a '+') <c>plus</c>, so that
    /// <c>C#</c>, <c>F#</c> and <c>C++</c> keep apart from <c>C</c> and <c>F</c>; then, as a file
    /// name's slug, the words lower-cased and joined by '-', a '.' between two digits kept
    /// (<c>.NET 8</c> is <c>net-8</c>, <c>ASP.NET Core</c> <c>asp-net-core</c>, <c>v2.1</c> <c>v2.1</c>).
    /// An enum member's name is split where a lower-case letter or digit meets an upper-case one
    /// first (<c>WorldNews</c> is <c>world-news</c>). Empty when the term has no letter or digit.
    /// </summary>
    public static string TermSlug(string term, bool isEnumMember = false)
    {
        var text = new StringBuilder(term.Length + 8);
        bool plus = false;
        for (int i = 0; i < term.Length; i++)
        {
            char c = term[i];
            bool afterWord = i > 0 && IsWordChar(term, i - 1);
            bool wasPlus = plus;
            plus = false;
            if (c == '#' && afterWord)
            {
                text.Append("sharp");
            }
            else if (c == '+' && (afterWord || wasPlus))
            {
                text.Append("plus");
                plus = true;
            }
            else if (isEnumMember && i > 0 && char.IsUpper(c) && (char.IsLower(term[i - 1]) || char.IsDigit(term[i - 1])))
            {
                text.Append(' ').Append(c);
            }
            else
            {
                text.Append(c == '/' ? ' ' : c);
            }
        }

        return Slug(text.ToString());
    }

    /// <summary>The identifier with '_' appended until no name of <paramref name="taken"/> is it.</summary>
    public static string Avoiding(string identifier, EquatableArray<string> taken)
    {
        while (identifier.Length > 0 && taken.AsImmutableArray().Contains(identifier))
        {
            identifier += "_";
        }

        return identifier;
    }

    /// <summary>The words of <paramref name="text"/>, each marked when only a '.' between two digits separates it from the one before.</summary>
    private static List<(string Word, bool Dotted)> Joined(string text)
    {
        var joined = new List<(string, bool)>();
        int start = -1;
        int end = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && IsWordChar(text, i);
            if (word && start < 0)
            {
                bool dotted = end >= 0 && i - end == 1 && text[end] == '.' && char.IsDigit(text[end - 1]) && char.IsDigit(text, i);
                start = i;
                joined.Add((string.Empty, dotted));
            }
            else if (!word && start >= 0)
            {
                joined[joined.Count - 1] = (text.Substring(start, i - start), joined[joined.Count - 1].Item2);
                start = -1;
                end = i;
            }

            if (i < text.Length && char.IsSurrogatePair(text, i))
            {
                i++;
            }
        }

        return joined;
    }

    /// <summary>The runs of word characters (letters, decimal digits, combining marks) in <paramref name="text"/>.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            bool word = IsWordChar(text, i);
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }

            i += width - 1;
        }

        if (start >= 0)
        {
            words.Add(text.Substring(start));
        }

        return words;
    }

    private static bool IsWordChar(string text, int index)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }
}
