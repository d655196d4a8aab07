using System;

namespace ContentGen;

/// <summary>
/// Marks a list property of a content collection as a taxonomy: its values are terms, and the
/// generator adds <c>All{Property}</c>, a <see cref="Taxonomy{TArticle}"/> of every term with
/// its articles (<c>Post.AllCategories</c>).
/// </summary>
/// <remarks>
/// The property is an <c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c> of strings (free terms), of an
/// enum or of a <see cref="DataCollectionAttribute"/> type (a declared vocabulary: an undeclared
/// term is an error with the closest one). String terms that differ only in case, spacing,
/// <c>-</c>, <c>_</c> or <c>.</c> are one term, written as its most used form; see
/// docs/format.md, "Taxonomies".
/// </remarks>
/// <example>
/// <code>
/// [Taxonomy]
/// public IReadOnlyList&lt;string&gt; Categories { get; init; } = [];
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class TaxonomyAttribute : Attribute
{
}
