using Microsoft.CodeAnalysis;

namespace ContentGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic ContentGen reports. IDs are a public contract: never reuse or renumber one.
/// Each has a section in docs/diagnostics.md (its help link) and a line in AnalyzerReleases.*.md.
/// </summary>
internal static class Descriptors
{
    /// <summary>Where the help links point. The anchors are the lower-cased IDs.</summary>
    public const string HelpBase = "https://github.com/ContentGen/ContentGen/blob/main/docs/diagnostics.md#";

    private const string Content = "ContentGen.Content";
    private const string Configuration = "ContentGen.Configuration";

    /// <summary>
    /// CG0001: a plain-text file has no paragraph (a Markdown page may hold only front matter,
    /// headings, a table or code). Message: "'{0}' has no paragraph: an article needs at least one
    /// block of text that is not an 'Also read:' line". Example: an empty .txt file.
    /// </summary>
    public static readonly DiagnosticDescriptor NoParagraph = Error(
        "CG0001",
        "Article has no paragraph",
        "'{0}' has no paragraph: an article needs at least one block of text that is not an 'Also read:' line",
        Content);

    /// <summary>
    /// CG0002: front matter opened on line 1 but never closed. Message: "The front matter opened
    /// on line 1 is never closed; end it with a line '---'".
    /// </summary>
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "CG0002",
        "Front matter is not closed",
        "The front matter opened on line 1 is never closed; end it with a line '---'",
        Content);

    /// <summary>
    /// CG0003: front matter is not valid YAML, or its root is not a mapping. Message: "Invalid
    /// front matter: {0}". Example: <c>title: [unclosed</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatter = Error(
        "CG0003",
        "Front matter is not valid YAML",
        "Invalid front matter: {0}",
        Content);

    /// <summary>
    /// CG0004: a key appears twice (after case folding and ignoring '-' and '_', and counting
    /// aliases such as <c>date</c>/<c>published</c> as one). Message: "The key '{0}' sets the
    /// same field as '{1}' above; remove one of them".
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "CG0004",
        "Front matter key appears twice",
        "The key '{0}' sets the same field as '{1}' above; remove one of them",
        Content);

    /// <summary>
    /// CG0005: a value does not convert to its type. Message: "'{0}' expects {1}, but the value
    /// is {2}". Example: <c>date: yesterday</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "CG0005",
        "Front matter value has the wrong type",
        "'{0}' expects {1}, but the value is {2}",
        Content);

    /// <summary>
    /// CG0008: two files give the same slug or the same identifier. Message: "The {0} '{1}' of
    /// '{2}' is also the {0} of '{3}'; rename one of the files or set its ContentGenSlug".
    /// Example: <c>a b.txt</c> and <c>a-b.txt</c> both give the slug <c>a-b</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor Duplicate = Error(
        "CG0008",
        "Two articles have the same slug or identifier",
        "The {0} '{1}' of '{2}' is also the {0} of '{3}'; rename one of the files or set its ContentGenSlug",
        Content);

    /// <summary>
    /// CG0009: an <c>Also read:</c> line with nothing after it. Message: "'Also read:' has no
    /// article title after it; write the title of the related article or remove the line".
    /// </summary>
    public static readonly DiagnosticDescriptor EmptyRelatedLink = Error(
        "CG0009",
        "Related link has no text",
        "'{0}' has no article title after it; write the title of the related article or remove the line",
        Content);

    /// <summary>
    /// CG0010 (info): a related link names no article of its collection (most news links point
    /// outside the site). Message: "'{0}' names no article of this collection; the link stays
    /// unresolved". Raise it to an error for a closed site.
    /// </summary>
    public static readonly DiagnosticDescriptor UnresolvedLink = new(
        "CG0010",
        "Related link names no article",
        "'{0}' names no article of this collection; the link stays unresolved",
        Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0010");

    /// <summary>
    /// CG0011: a character that is not text: a control character or a lone surrogate. Message:
    /// "Invalid character {0} in the text; {1}". Example: U+0007. (U+FFFD is CG0029.)
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = Error(
        "CG0011",
        "Invalid character in the text",
        "Invalid character {0} in the text; {1}",
        Content);

    /// <summary>
    /// CG0012: the file cannot be read or is not text. Message: "'{0}' cannot be compiled as an
    /// article: {1}". Example: a file with NUL bytes.
    /// </summary>
    public static readonly DiagnosticDescriptor NotText = Error(
        "CG0012",
        "The file cannot be read as text",
        "'{0}' cannot be compiled as an article: {1}",
        Content);

    /// <summary>
    /// CG0013: invalid configuration. Message: "Invalid ContentGen setting {0} = '{1}': {2}".
    /// Example: <c>&lt;ContentGenNamespace&gt;My-App&lt;/ContentGenNamespace&gt;</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidConfiguration = Error(
        "CG0013",
        "Invalid ContentGen configuration",
        "Invalid ContentGen setting {0} = '{1}': {2}",
        Configuration);

    /// <summary>
    /// CG0014 (info): no headline; the title was derived from the lead. Message: "'{0}' has no
    /// headline line; its title is derived from the lead: '{1}'".
    /// </summary>
    public static readonly DiagnosticDescriptor DerivedTitle = new(
        "CG0014",
        "Article has no headline",
        "'{0}' has no headline line; its title is derived from the lead: '{1}'",
        Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0014");

    /// <summary>
    /// CG0015: no slug can be derived from the path. Message: "No slug can be derived from '{0}':
    /// its name has no letter or digit; rename the file or set its ContentGenSlug". Example: <c>🎉.txt</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor NoSlug = Error(
        "CG0015",
        "No slug can be derived from the file name",
        "No slug can be derived from '{0}': its name has no letter or digit; rename the file or set its ContentGenSlug",
        Content);

    /// <summary>
    /// CG0016: a front matter <c>related:</c> entry, or a reference property's value, names no
    /// article. Message: "'{0}' is not the slug of any article{1}; {2} takes the slug of an
    /// existing article{3}", {3} suggesting the closest slugs. Example: <c>follow-up-of: no-such-article</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownSlug = Error(
        "CG0016",
        "Reference names no article",
        "'{0}' is not the slug of any article{1}; {2} takes the slug of an existing article{3}",
        Content);

    /// <summary>
    /// CG0006: a required property of the article's collection, of a data entry or of a nested
    /// record has no value. Message: "'{0}' has no value for {1}.{2}, which is required; add
    /// '{3}: ...' to {4}", {4} being "its front matter", "the entry" or "the mapping".
    /// </summary>
    public static readonly DiagnosticDescriptor MissingRequired = Error(
        "CG0006",
        "Required front matter value is missing",
        "'{0}' has no value for {1}.{2}, which is required; add '{3}: ...' to {4}",
        Content);

    /// <summary>
    /// CG0007 (warning): a front matter key matches no property of the article's collection.
    /// Message: "'{0}' matches no property of {1} (properties: {2}); it is ignored".
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "CG0007",
        "Front matter key matches no property",
        "'{0}' matches no property of {1} (properties: {2}); it is ignored",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0007");

    /// <summary>
    /// CG0017: a property of a collection type (or of a nested record) has a type ContentGen
    /// cannot store. Message: "{2}.{0} has type {1}, which front matter cannot set; use string,
    /// bool, int, long, double, decimal, DateOnly, DateTime, DateTimeOffset, TimeSpan, Uri, Guid,
    /// an enum, a collection or data collection type, a class or record of yours with settable
    /// properties that does not contain itself, their nullable forms, or an array or
    /// IReadOnlyList of those".
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error(
        "CG0017",
        "Property type is not supported",
        "{2}.{0} has type {1}, which front matter cannot set; use string, bool, int, long, double, decimal, DateOnly, DateTime, DateTimeOffset, TimeSpan, Uri, Guid, an enum, a collection or data collection type, a class or record of yours with settable properties that does not contain itself, their nullable forms, or an array or IReadOnlyList of those",
        Configuration);

    /// <summary>
    /// CG0018: a content file matches the globs of two collections. Message: "'{0}' is claimed by
    /// several collections ({1}); make their patterns exclusive". It goes to the first by full name.
    /// </summary>
    public static readonly DiagnosticDescriptor ClaimedTwice = Error(
        "CG0018",
        "Content file is claimed by two collections",
        "'{0}' is claimed by several collections ({1}); make their patterns exclusive",
        Configuration);

    /// <summary>
    /// CG0019: a collection's glob is invalid. Message: "The pattern '{0}' of {1} is invalid: {2}".
    /// Example: <c>[ContentCollection("/abs/**")]</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidGlob = Error(
        "CG0019",
        "Collection pattern is invalid",
        "The pattern '{0}' of {1} is invalid: {2}",
        Configuration);

    /// <summary>
    /// CG0032 (warning): a collection's glob matches no content file, or a data collection's no
    /// data file. Message: "The pattern '{0}' of {1} matches no {2}", {2} saying which files it
    /// is matched against.
    /// </summary>
    public static readonly DiagnosticDescriptor EmptyGlob = new(
        "CG0032",
        "Collection pattern matches no file",
        "The pattern '{0}' of {1} matches no {2}",
        Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0032");

    /// <summary>
    /// CG0024: a <c>[ContentCollection]</c> type has a shape the generator cannot complete.
    /// Message: "{0} cannot be a content collection: {1}".
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidCollectionType = Error(
        "CG0024",
        "Collection type cannot be completed",
        "{0} cannot be a content collection: {1}",
        Configuration);

    /// <summary>
    /// CG0020 (warning): a related link matches several articles; none is chosen. Message:
    /// "'{0}' matches several articles ('{1}'); none was chosen: write the slug of one instead".
    /// </summary>
    public static readonly DiagnosticDescriptor AmbiguousLink = new(
        "CG0020",
        "Related link matches several articles",
        "'{0}' matches several articles ('{1}'); none was chosen: write the slug of one instead",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0020");

    /// <summary>
    /// CG0021: the same file is content twice (two items with one path), so one item's metadata
    /// would be lost. Message: "'{0}' is added as content {1} times; use Update= (not Include=)
    /// to set metadata on an item the default items already add".
    /// </summary>
    public static readonly DiagnosticDescriptor AddedTwice = Error(
        "CG0021",
        "A content file is added twice",
        "'{0}' is added as content {1} times; use Update= (not Include=) to set metadata on an item the default items already add",
        Configuration);

    /// <summary>
    /// CG0022: the file is larger than ContentGenMaxFileSize; it is not parsed. Message: "'{0}'
    /// has {1} bytes, more than ContentGenMaxFileSize ({2}); split it, or raise the limit".
    /// </summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "CG0022",
        "Content file is too large",
        "'{0}' has {1} bytes, more than ContentGenMaxFileSize ({2}); split it, or raise the limit",
        Content);

    /// <summary>
    /// CG0023: the file's bytes are not valid UTF-8, so the compiler replaced them (U+FFFD) or
    /// decoded the file with another code page; reported at the first bad byte. Message: "'{0}' is
    /// not valid UTF-8: {1}; save the file as UTF-8". Example: <c>Bad \xff byte here.</c> gives
    /// "the compiler replaced a byte here that is not UTF-8 with U+FFFD" at (1,5).
    /// </summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "CG0023",
        "Content file is not UTF-8",
        "'{0}' is not valid UTF-8: {1}; save the file as UTF-8",
        Content);

    /// <summary>
    /// CG9999: an unexpected failure inside ContentGen for one file. Message: "ContentGen failed on
    /// '{0}' with {1}: {2}. This is a bug in ContentGen; please report it with the file".
    /// </summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "CG9999",
        "ContentGen failed on a file",
        "ContentGen failed on '{0}' with {1}: {2}. This is a bug in ContentGen; please report it with the file.",
        Content);

    /// <summary>
    /// CG0025: a relative Markdown link names a file that is neither a content file nor an asset.
    /// Message: "The link '{0}' names '{1}', which is not a content file or an asset of the project".
    /// </summary>
    public static readonly DiagnosticDescriptor MissingLinkedFile = Error(
        "CG0025",
        "Linked file does not exist",
        "The link '{0}' names '{1}', which is not a content file or an asset of the project",
        Content);

    /// <summary>
    /// CG0026: a Markdown link's <c>#fragment</c> names no anchor of its target: no heading id, no
    /// <c>id</c> or <c>&lt;a name&gt;</c> in its HTML. Message: "The link '{0}' names the anchor
    /// '#{1}', but '{2}' has no element with that id{3}", {3} naming at most three close ids.
    /// </summary>
    public static readonly DiagnosticDescriptor MissingAnchor = Error(
        "CG0026",
        "Linked anchor does not exist",
        "The link '{0}' names the anchor '#{1}', but '{2}' has no element with that id{3}",
        Content);

    /// <summary>
    /// CG0027: a Markdown image names a local file that is not an asset of the project. Message:
    /// "The image '{0}' names '{1}', which is not an asset of the project".
    /// </summary>
    public static readonly DiagnosticDescriptor MissingImage = Error(
        "CG0027",
        "Image file does not exist",
        "The image '{0}' names '{1}', which is not an asset of the project",
        Content);

    /// <summary>
    /// CG0028 (warning): a relative link or image names a file by a path that differs from the
    /// file's only in case; it resolves, as case-insensitive hosts serve it, but a case-sensitive
    /// one would not. Message: "The {0} '{1}' names '{2}', whose path is '{3}'; write it in the same case".
    /// </summary>
    public static readonly DiagnosticDescriptor CaseMismatch = new(
        "CG0028",
        "Linked path differs in case",
        "The {0} '{1}' names '{2}', whose path is '{3}'; write it in the same case",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0028");

    /// <summary>
    /// CG0029 (warning): the text holds U+FFFD, the replacement character. Message: "The text holds
    /// U+FFFD (�): either the character is written on purpose, or bytes that were not valid UTF-8
    /// were replaced by it when the file was saved; if so, restore the original text".
    /// </summary>
    public static readonly DiagnosticDescriptor ReplacementCharacter = new(
        "CG0029",
        "Replacement character in the text",
        "The text holds U+FFFD (\uFFFD): either the character is written on purpose, or bytes that were not valid UTF-8 were replaced by it when the file was saved; if so, restore the original text",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0029");

    /// <summary>
    /// CG0030: an explicit slug (front matter <c>slug:</c> or item metadata <c>Slug</c>) is not a
    /// URL path. Message: "The slug '{0}' {1}; a slug is a URL path such as 'blog/release/v20.0.0'".
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidSlug = Error(
        "CG0030",
        "Slug is not a URL path",
        "The slug '{0}' {1}; a slug is a URL path such as 'blog/release/v20.0.0'",
        Content);

    /// <summary>
    /// CG0031 (warning): an MDX file is under the content folder; ContentGen does not compile MDX
    /// (JSX in Markdown), so it is not an article. Message: "'{0}' is MDX, which ContentGen does not
    /// compile: it is not an article; rename it to .md if it holds no JSX, or remove it from the content items".
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedMdx = new(
        "CG0031",
        "MDX is not supported",
        "'{0}' is MDX, which ContentGen does not compile: it is not an article; rename it to .md if it holds no JSX, or remove it from the content items",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0031");

    /// <summary>
    /// CG0033: a <c>[FrontMatter]</c> attribute cannot be used: an empty key, a Format on a property
    /// that is not a date, or a Format that is not a date format. Message: "The [FrontMatter] of
    /// {0}.{1} cannot be used: {2}".
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatterAttribute = Error(
        "CG0033",
        "FrontMatter attribute cannot be used",
        "The [FrontMatter] of {0}.{1} cannot be used: {2}",
        Configuration);

    /// <summary>
    /// CG0040 (info): a fenced code block names a language no highlighter knows; the block is
    /// rendered as plain code. Message: "The code block's language '{0}' has no highlighter: the
    /// block is plain code; use one of the names in docs/format.md (Code highlighting), or 'text'".
    /// Example: <c>```cobol</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownCodeLanguage = new(
        "CG0040",
        "Code block language has no highlighter",
        "The code block's language '{0}' has no highlighter: the block is plain code; use one of the names in docs/format.md (Code highlighting), or 'text'",
        Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0040");

    /// <summary>
    /// CG0041: an image an article shows exists but its size cannot be read: the file is empty,
    /// corrupt, or says no size. Message: "The image '{0}' ('{1}') cannot be shown: {2}".
    /// Example: <c>![chart](chart.png)</c> where chart.png is a truncated download.
    /// </summary>
    public static readonly DiagnosticDescriptor UnreadableImage = Error(
        "CG0041",
        "Image cannot be read",
        "The image '{0}' ('{1}') cannot be shown: {2}",
        Content);

    /// <summary>
    /// CG0042: an image an article shows is not in a format whose size ContentGen reads. Message:
    /// "The image '{0}' ('{1}') is not JPEG, PNG, GIF, WebP or SVG; convert it to one of them".
    /// Example: <c>![scan](scan.bmp)</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedImage = Error(
        "CG0042",
        "Image format is not supported",
        "The image '{0}' ('{1}') is not JPEG, PNG, GIF, WebP or SVG; convert it to one of them",
        Content);

    /// <summary>
    /// CG0050: a <c>[DataCollection]</c> type has a shape the generator cannot complete. Message:
    /// "{0} cannot be a data collection: {1}". Example: a record with a primary constructor.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidDataCollectionType = Error(
        "CG0050",
        "Data collection type cannot be completed",
        "{0} cannot be a data collection: {1}",
        Configuration);

    /// <summary>
    /// CG0051: a collection type declares a member the generator adds (<c>Id</c> of a data
    /// collection, <c>All</c>, <c>Find</c>, a backward lookup <c>With{P}</c>, a taxonomy
    /// <c>All{P}</c>). Message: "{0} declares '{1}', which ContentGen generates as {2}; rename or
    /// remove it".
    /// </summary>
    public static readonly DiagnosticDescriptor GeneratedMemberDeclared = Error(
        "CG0051",
        "Collection type declares a generated member",
        "{0} declares '{1}', which ContentGen generates as {2}; rename or remove it",
        Configuration);

    /// <summary>
    /// CG0052: a data file is not valid YAML or JSON, or does not hold entries in a shape its
    /// collection reads. Message: "Invalid data file: {0}". Example: a list item that is not a mapping.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidDataFile = Error(
        "CG0052",
        "Data file is not valid",
        "Invalid data file: {0}",
        Content);

    /// <summary>
    /// CG0053: a data entry has no id, or its id is not a URL path. Message: "{0}; an id is a URL
    /// path such as 'jane-doe'". Example: a list item without an <c>id</c> key.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidId = Error(
        "CG0053",
        "Data entry has no valid id",
        "{0}; an id is a URL path such as 'jane-doe'",
        Content);

    /// <summary>
    /// CG0054: two entries of a data collection have the same id, or ids that give the same
    /// identifier. Message: "The {0} '{1}' is also the {0} of another {2} entry, at {3}; rename one".
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "CG0054",
        "Two data entries have the same id",
        "The {0} '{1}' is also the {0} of another {2} entry, at {3}; rename one",
        Content);

    /// <summary>
    /// CG0055: a reference to a data entry names no entry of the property's data collection.
    /// Message: "'{0}' is not the id of any {1} entry; {2} takes the id of an existing entry{3}",
    /// {3} suggesting the closest ids.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownId = Error(
        "CG0055",
        "Reference names no data entry",
        "'{0}' is not the id of any {1} entry; {2} takes the id of an existing entry{3}",
        Content);

    /// <summary>
    /// CG0056: a reference names an article or entry, but of another collection than the
    /// property's type. Message: "'{0}' is {1} ({2}), but {3} takes {4}".
    /// Example: <c>author: rust-basics</c>, the id of a Series entry.
    /// </summary>
    public static readonly DiagnosticDescriptor WrongCollection = Error(
        "CG0056",
        "Reference names a member of another collection",
        "'{0}' is {1} ({2}), but {3} takes {4}",
        Content);

    /// <summary>
    /// CG0057: a <c>[Taxonomy]</c> property cannot be a taxonomy. Message: "{0}.{1} cannot be a
    /// taxonomy: {2}". Example: <c>[Taxonomy] public string Category</c> (not a list).
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidTaxonomy = Error(
        "CG0057",
        "Taxonomy attribute cannot be used",
        "{0}.{1} cannot be a taxonomy: {2}",
        Configuration);

    /// <summary>
    /// CG0058 (warning): a term of a taxonomy is written in another form than its most used one
    /// (case, spacing, '-', '_' or '.'): both are one term. Message: "'{0}' is the term '{1}' of
    /// {2} written another way ({3}); write '{1}'".
    /// </summary>
    public static readonly DiagnosticDescriptor TermVariant = new(
        "CG0058",
        "Taxonomy term is written another way",
        "'{0}' is the term '{1}' of {2} written another way ({3}); write '{1}'",
        Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "cg0058");

    /// <summary>
    /// CG0059: a term of a taxonomy has no slug, or the slug of another term. Message: "The term
    /// '{0}' of {1} {2}; rename it".
    /// </summary>
    public static readonly DiagnosticDescriptor TermSlug = Error(
        "CG0059",
        "Taxonomy term has no slug of its own",
        "The term '{0}' of {1} {2}; rename it",
        Content);

    /// <summary>
    /// CG0060: a published article or entry links to or references a draft that this build
    /// leaves out. Message: "'{0}' names {1}, which is a draft, left out of this build
    /// (ContentGenIncludeDrafts is false, as in Release builds by default); set
    /// ContentGenIncludeDrafts to true or remove draft: true from it".
    /// </summary>
    public static readonly DiagnosticDescriptor DraftTarget = Error(
        "CG0060",
        "Link or reference to a left-out draft",
        "'{0}' names {1}, which is a draft, left out of this build (ContentGenIncludeDrafts is false, as in Release builds by default); set ContentGenIncludeDrafts to true or remove draft: true from it",
        Content);

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
