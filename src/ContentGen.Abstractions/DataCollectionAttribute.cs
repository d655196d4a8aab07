using System;

namespace ContentGen;

/// <summary>
/// Declares a data collection: the YAML or JSON files matching <see cref="Pattern"/> hold
/// records of the marked type (authors, series, sections), checked against its properties at
/// compile time and stored as data in the assembly.
/// </summary>
/// <remarks>
/// <para>The marked type must be a top-level, non-generic <c>partial class</c> or
/// <c>partial record</c> that does not derive from <see cref="Article"/>. The generator adds
/// <c>Id</c>, <c>All</c>, <c>Find(id)</c> and one static property per entry.</para>
/// <para>A pattern with a wildcard (<c>Data/authors/*.yaml</c>) makes one entry per file, whose id
/// is its path under the pattern's folder; a pattern without one (<c>Data/authors.yaml</c>) names a
/// file of entries: a mapping of ids to entries, or a list of entries with an <c>id</c> key. See
/// docs/format.md, "Data collections".</para>
/// </remarks>
/// <example>
/// <code>
/// [DataCollection("Data/authors.yaml")]
/// public partial record Author
/// {
///     public required string Name { get; init; }
///     public Uri? Site { get; init; }
/// }
/// </code>
/// </example>
/// <param name="pattern">A file path or a glob over project-relative paths with '/' separators: <c>*</c>, <c>**</c> and <c>?</c>; case-sensitive.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DataCollectionAttribute(string pattern) : Attribute
{
    /// <summary>The file, or the glob of the files, that hold this collection's entries.</summary>
    public string Pattern { get; } = pattern;
}
