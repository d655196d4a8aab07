using System;

namespace ContentGen;

/// <summary>
/// Names the front matter key of a property of a content collection, for keys that are not a C#
/// name (<c>ms.date</c>, <c>Module Name</c>, <c>online version</c>), and the format of a date
/// written in another form than ISO 8601.
/// </summary>
/// <remarks>
/// Keys compare case-insensitively and ignore <c>-</c>, <c>_</c>, <c>.</c> and spaces, with or
/// without this attribute; see docs/format.md, "Collections".
/// </remarks>
/// <example>
/// <code>
/// [FrontMatter("ms.date", Format = "MM/dd/yyyy")]
/// public DateOnly Updated { get; init; }
/// </code>
/// </example>
/// <param name="key">The front matter key, as written in the files.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FrontMatterAttribute(string key) : Attribute
{
    /// <summary>The front matter key this property takes.</summary>
    public string Key { get; } = key;

    /// <summary>
    /// For a <see cref="DateOnly"/>, <see cref="DateTime"/> or <see cref="DateTimeOffset"/>
    /// property: a .NET custom date format (<c>MM/dd/yyyy</c>), read with the invariant culture,
    /// accepted besides ISO 8601. A value without an offset is UTC.
    /// </summary>
    public string? Format { get; set; }
}
