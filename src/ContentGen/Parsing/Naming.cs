using System.Collections.Generic;
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
    /// Names an article cannot take as a member of its collection class: the generated members,
    /// and the members of <see cref="object"/> (hiding them would warn).
    /// </summary>
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "All", "Find", "Types", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// A slug: each folder and the file name (without extension) lower-cased (invariant), every
    /// run of non-word characters replaced by '-', trimmed of '-'; segments joined by '/', empty
    /// segments dropped. Empty when the path has no letter or digit.
    /// </summary>
    public static string Slug(string pathWithoutExtension)
    {
        var segments = new List<string>();
        foreach (string segment in pathWithoutExtension.Split('/'))
        {
            string words = string.Join("-", Words(segment.Normalize(NormalizationForm.FormC)));
            if (words.Length > 0)
            {
                segments.Add(words.ToLowerInvariant());
            }
        }

        return string.Join("/", segments);
    }

    /// <summary>
    /// A C# identifier: the words of every segment, each with its first letter upper-cased
    /// (invariant) and the rest kept, joined without separator. A leading digit or mark gets a
    /// '_' prefix; a name that <paramref name="reservedContainer"/> or the generated members use
    /// gets a '_' suffix. Empty when the path has no letter or digit.
    /// </summary>
    public static string Identifier(string pathWithoutExtension, string reservedContainer)
    {
        var builder = new StringBuilder();
        foreach (string word in Words(pathWithoutExtension.Normalize(NormalizationForm.FormC)))
        {
            int first = char.IsSurrogatePair(word, 0) ? 2 : 1;
            builder.Append(word.Substring(0, first).ToUpperInvariant()).Append(word, first, word.Length - first);
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
        if (Reserved.Contains(identifier) || identifier == reservedContainer || SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None)
        {
            identifier += "_";
        }

        return identifier;
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
