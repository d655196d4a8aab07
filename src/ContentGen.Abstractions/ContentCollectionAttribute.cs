using System;

namespace ContentGen;

/// <summary>
/// Declares a content collection: the content files whose project-relative path matches
/// <see cref="Pattern"/> become sealed classes deriving from the marked type, and their front
/// matter is checked against its properties at compile time.
/// </summary>
/// <remarks>
/// The marked type must be a top-level, non-generic <c>partial class</c> deriving from
/// <see cref="Article"/>. The generator makes it abstract and adds <c>All</c>, <c>Find(slug)</c>
/// and one static property per article. Front matter keys map to its settable properties
/// case-insensitively, ignoring <c>-</c> and <c>_</c>; see docs/format.md, "Collections".
/// </remarks>
/// <example>
/// <code>
/// [ContentCollection("Content/news/**/*.txt")]
/// public partial class NewsArticle : Article
/// {
///     public required DateOnly Published { get; init; }
///     public NewsArticle? FollowUpOf { get; init; }
/// }
/// </code>
/// </example>
/// <param name="pattern">A glob over project-relative paths with '/' separators: <c>*</c>, <c>**</c> and <c>?</c>; case-sensitive.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ContentCollectionAttribute(string pattern) : Attribute
{
    /// <summary>The glob that selects this collection's content files.</summary>
    public string Pattern { get; } = pattern;
}
