using System;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;

namespace ContentGen.Generator.Model;

/// <summary>One front matter key that is not a known metadata field, with its value as written.</summary>
internal sealed record ExtraEntry(string Key, string Value);

/// <summary>One entry of a front matter <c>related:</c> list: a slug and where it is written.</summary>
internal sealed record SlugReference(string Slug, LocationInfo Location);

/// <summary>The shape of a front matter value as written.</summary>
internal enum RawKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>A front matter value as written, with its place: what a collection's schema converts (docs/format.md, "Collections").</summary>
/// <param name="Kind">Scalar, list or mapping.</param>
/// <param name="Text">A scalar's text; empty otherwise.</param>
/// <param name="IsPlain">A scalar written without quotes (only those can be null, true, false or numbers).</param>
/// <param name="Items">A list's items; empty otherwise.</param>
/// <param name="Location">Where the value is written.</param>
internal sealed record RawValue(RawKind Kind, string Text, bool IsPlain, EquatableArray<RawValue> Items, LocationInfo Location)
{
    /// <summary>A mapping's keys and values (the first of duplicate keys); empty otherwise. A record property takes one.</summary>
    public EquatableArray<FrontMatterEntry> Entries { get; init; } = EquatableArray<FrontMatterEntry>.Empty;

    /// <summary>YAML 1.2 core schema null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Kind == RawKind.Scalar && IsPlain && (Text.Length == 0 || Text == "~" || Text == "null" || Text == "Null" || Text == "NULL");

    public string Describe() => Kind switch
    {
        RawKind.Sequence => "a list",
        RawKind.Mapping => "a mapping",
        _ => IsNull ? "empty" : $"'{Text}'",
    };
}

/// <summary>One front matter key (the first of duplicates) and its value, as written.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Normalized">The key lower-cased without '-', '_', '.' and spaces: how keys match properties.</param>
/// <param name="KeyLocation">Where the key is written.</param>
/// <param name="Value">Its value.</param>
internal sealed record FrontMatterEntry(string Key, string Normalized, LocationInfo KeyLocation, RawValue Value);

/// <summary>The typed front matter of an article; mirrors the runtime <c>ContentGen.ArticleMetadata</c>.</summary>
/// <remarks>
/// Equatable data only (see <see cref="ArticleModel"/>); null or empty where the key is absent.
/// <see cref="Entries"/> keeps every key as written, for collections whose schema types them;
/// <see cref="IsValid"/> is false when the block could not be read (CG0002, CG0003), so that a
/// schema does not report its keys as missing on top of that error.
/// </remarks>
internal sealed record MetadataModel(
    string? Title,
    string? Slug,
    DateTimeOffset? Published,
    EquatableArray<string> Authors,
    string? Source,
    EquatableArray<string> Tags,
    string? Summary,
    bool Draft,
    EquatableArray<ExtraEntry> Extra,
    EquatableArray<SlugReference> Related,
    EquatableArray<FrontMatterEntry> Entries = default,
    LocationInfo? Location = null,
    bool IsValid = true)
{
    /// <summary>Normalized keys whose value the front matter parser already reported (CG0005): a schema does not report them again.</summary>
    public EquatableArray<string> Rejected { get; init; } = EquatableArray<string>.Empty;
}
