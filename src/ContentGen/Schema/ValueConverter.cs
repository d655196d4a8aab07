using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;

namespace ContentGen.Generator.Schema;

/// <summary>
/// Turns one front matter value into typed data for its property's type, checked here so that
/// nothing is parsed at run time (docs/format.md, "Collections", has the accepted forms).
/// </summary>
/// <remarks>
/// Each value travels as a kind plus an invariant string (<see cref="PropertyValue.Items"/>); the
/// emitter stores it in the payload and the generated reader decodes it. No C# is written here.
/// </remarks>
internal static class ValueConverter
{
    /// <summary>
    /// Binds a mapping's keys (front matter, a data entry, a nested record) to properties: each
    /// value converted (CG0005), each key no property takes reported (CG0007) unless
    /// <paramref name="reserved"/> says it is read elsewhere, each required property without a
    /// key reported (CG0006). The values come in the properties' order.
    /// </summary>
    /// <param name="entries">The mapping's keys and values.</param>
    /// <param name="properties">The type's properties, by name.</param>
    /// <param name="owner">The type's name, for messages.</param>
    /// <param name="reserved">Keys read by something else (an article's own keys, a data entry's <c>draft</c>): never "matches no property".</param>
    /// <param name="reported">Keys whose value was already reported: not reported twice.</param>
    /// <param name="subject">Who lacks a required value, for CG0006 (a file, an entry, a key).</param>
    /// <param name="container">Where the missing key goes, for CG0006 ("its front matter", "the entry").</param>
    /// <param name="missingAt">Where CG0006 is reported.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static List<PropertyValue> Bind(
        IEnumerable<FrontMatterEntry> entries,
        EquatableArray<SchemaProperty> properties,
        string owner,
        Func<string, bool> reserved,
        EquatableArray<string> reported,
        string subject,
        string container,
        LocationInfo missingAt,
        ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        // Two properties with one key (Tags and tags): the first by name (ordinal) takes it, wherever each is declared.
        var byKey = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
        foreach (SchemaProperty property in properties)
        {
            if (!byKey.ContainsKey(property.Key))
            {
                byKey.Add(property.Key, property);
            }
        }

        var values = new List<PropertyValue>();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (FrontMatterEntry entry in entries)
        {
            if (byKey.TryGetValue(entry.Normalized, out SchemaProperty? property))
            {
                given.Add(property.Name);
                var own = reported.AsSpan().IndexOf(entry.Normalized) >= 0 ? ImmutableArray.CreateBuilder<DiagnosticInfo>() : diagnostics;
                if (property.Type.Kind != ValueKind.Unsupported && Convert(entry, property, own) is { } value)
                {
                    values.Add(value);
                }
            }
            else if (!reserved(entry.Normalized))
            {
                string known = string.Join(", ", properties.Select(p => p.Name));
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownKey, entry.KeyLocation, entry.Key, owner, known.Length == 0 ? "none" : known));
            }
        }

        foreach (SchemaProperty property in properties)
        {
            if (property.IsRequired && property.Type.Kind != ValueKind.Unsupported && !given.Contains(property.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingRequired, missingAt, subject, owner, property.Name, property.Key, container));
            }
        }

        // Values in the schema's order (by name), which the payload and the generated reader follow.
        values.Sort((a, b) => IndexOf(properties, a.Property).CompareTo(IndexOf(properties, b.Property)));
        return values;
    }

    private static int IndexOf(EquatableArray<SchemaProperty> properties, string property)
    {
        for (int i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name == property)
            {
                return i;
            }
        }

        return -1;
    }

    public static PropertyValue? Convert(FrontMatterEntry entry, SchemaProperty property, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        SchemaType type = property.Type;
        RawValue value = entry.Value;
        void Invalid(RawValue at, string expected, string? suffix = null) =>
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidValue, at.Location, entry.Key, expected, at.Describe() + suffix));

        if (type.IsList)
        {
            IReadOnlyList<RawValue> items = value.IsNull ? [] : value.Items;
            if (!value.IsNull && value.Kind != RawKind.Sequence)
            {
                Invalid(value, $"a list of {Expected(type, property.Format)}, such as {(type.Kind == ValueKind.Record ? "one '- key: value' mapping per item" : "[a, b] or one '- item' per line")}");
                return null;
            }

            bool ok = true;
            var converted = new List<string>();
            var slugs = new List<SlugReference>();
            var records = new List<RecordValue>();
            var images = new List<ImageReference>();
            foreach (RawValue item in items)
            {
                if (type.Kind == ValueKind.Record)
                {
                    if (item.Kind == RawKind.Mapping && Record(entry.Key, item, type, diagnostics) is { } record)
                    {
                        records.Add(record);
                    }
                    else
                    {
                        if (item.Kind != RawKind.Mapping)
                        {
                            Invalid(item, Expected(type, property.Format));
                        }

                        ok = false;
                    }
                }
                else if (item.Kind != RawKind.Scalar || item.IsNull)
                {
                    Invalid(item, Expected(type, property.Format));
                    ok = false;
                }
                else if (type.IsReference)
                {
                    slugs.Add(new SlugReference(item.Text, item.Location));
                }
                else if (type.Kind == ValueKind.Image)
                {
                    images.Add(new ImageReference(item.Text, item.Location));
                }
                else if (Scalar(type, item, property.Format, out string? suffix) is { } invariant)
                {
                    converted.Add(invariant);
                }
                else
                {
                    Invalid(item, Expected(type, property.Format), suffix);
                    ok = false;
                }
            }

            if (!ok)
            {
                return null;
            }

            ReferenceValue? references = type.IsReference ? new ReferenceValue(type.ElementType, Simple(type.ElementType), slugs.ToEquatableArray(), type.Kind == ValueKind.Entry) : null;
            return new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: true, converted.ToEquatableArray(), references, records.ToEquatableArray(), images.ToEquatableArray());
        }

        if (value.IsNull)
        {
            if (type.IsNullable)
            {
                return new PropertyValue(property.Name, type.Kind, IsNull: true, IsList: false, EquatableArray<string>.Empty);
            }

            Invalid(value, Expected(type, property.Format));
            return null;
        }

        if (type.Kind == ValueKind.Record)
        {
            if (value.Kind != RawKind.Mapping)
            {
                Invalid(value, Expected(type, property.Format));
                return null;
            }

            return Record(entry.Key, value, type, diagnostics) is { } record
                ? new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: false, EquatableArray<string>.Empty, Records: new[] { record }.ToEquatableArray())
                : null;
        }

        if (value.Kind != RawKind.Scalar)
        {
            Invalid(value, Expected(type, property.Format));
            return null;
        }

        if (type.IsReference)
        {
            var reference = new ReferenceValue(type.ElementType, Simple(type.ElementType), new[] { new SlugReference(value.Text, value.Location) }.ToEquatableArray(), type.Kind == ValueKind.Entry);
            return new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: false, EquatableArray<string>.Empty, reference);
        }

        if (type.Kind == ValueKind.Image)
        {
            // Resolved against the project's images by the page step (Linking/PageHtml.cs).
            return new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: false, EquatableArray<string>.Empty, Images: new[] { new ImageReference(value.Text, value.Location) }.ToEquatableArray());
        }

        if (Scalar(type, value, property.Format, out string? hint) is { } scalar)
        {
            return new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: false, new[] { scalar }.ToEquatableArray());
        }

        Invalid(value, Expected(type, property.Format), hint);
        return null;
    }

    /// <summary>A mapping bound to a nested record's properties; null when a value of it is an error (the build fails, nothing is stored).</summary>
    private static RecordValue? Record(string key, RawValue mapping, SchemaType type, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        int before = diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        List<PropertyValue> values = Bind(mapping.Entries, type.Members, Simple(type.ElementType), static _ => false, EquatableArray<string>.Empty, key, "the mapping", mapping.Location, diagnostics);
        int after = diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return after > before ? null : new RecordValue(values.ToEquatableArray(), mapping.Location);
    }

    private static string Simple(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    /// <summary>The invariant form of one scalar (see <see cref="PropertyValue.Items"/>), or null when it does not convert (with a hint for the message).</summary>
    private static string? Scalar(SchemaType type, RawValue value, string? format, out string? hint)
    {
        hint = null;
        string text = value.Text;
        CultureInfo invariant = CultureInfo.InvariantCulture;
        switch (type.Kind)
        {
            case ValueKind.String:
                return text;
            case ValueKind.Boolean:
                return value.IsPlain && bool.TryParse(text, out bool flag) ? (flag ? "true" : "false") : null;
            case ValueKind.Int32:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out int i) ? i.ToString(invariant) : null;
            case ValueKind.Int64:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out long l) ? l.ToString(invariant) : null;
            case ValueKind.Double:
                return double.TryParse(text, NumberStyles.Float, invariant, out double d) && !double.IsNaN(d) && !double.IsInfinity(d)
                    ? d.ToString("R", invariant)
                    : null;
            case ValueKind.Decimal:
                return decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, invariant, out decimal m) ? m.ToString(invariant) : null;
            case ValueKind.DateOnly:
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out DateTime day))
                {
                    return day.ToString("yyyy-MM-dd", invariant);
                }

                // The day as written, whatever time or offset the format also reads.
                return Formatted(text, format) is { } written ? written.DateTime.ToString("yyyy-MM-dd", invariant) : null;
            case ValueKind.DateTime:
                return (FrontMatterParser.Date(text) ?? Formatted(text, format)) is { } utc ? utc.UtcDateTime.ToString("o", invariant) : null;
            case ValueKind.DateTimeOffset:
                return (FrontMatterParser.Date(text) ?? Formatted(text, format)) is { } moment ? moment.ToString("o", invariant) : null;
            case ValueKind.TimeSpan:
                return Duration(text) is { } span ? span.ToString("c", invariant) : null;
            case ValueKind.Uri:
                return text.Length > 0 && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) ? text : null;
            case ValueKind.Guid:
                return Guid.TryParse(text, out Guid guid) ? guid.ToString("D") : null;
            case ValueKind.Enum:
                return Enum(type, text, out hint);
            default:
                return null;
        }
    }

    /// <summary>The value of the member named by its exact name, else by its name compared as keys are (case, '-' and '_' ignored).</summary>
    private static string? Enum(SchemaType type, string text, out string? hint)
    {
        hint = null;
        int member = type.EnumMembers.AsSpan().IndexOf(text);
        if (member < 0)
        {
            string key = FrontMatterParser.Normalize(text);
            int[] matches = [.. Enumerable.Range(0, type.EnumMembers.Count).Where(m => FrontMatterParser.Normalize(type.EnumMembers[m]) == key)];
            member = matches.Length == 1 ? matches[0] : -1;
        }

        if (member >= 0)
        {
            return type.EnumValues[member];
        }

        string? closest = type.EnumMembers
            .Select(m => (Member: m, Distance: Distance.Between(FrontMatterParser.Normalize(m), FrontMatterParser.Normalize(text))))
            .Where(c => c.Distance <= Math.Max(2, c.Member.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Member)
            .FirstOrDefault();
        hint = closest is null ? null : $"; did you mean '{closest}'?";
        return null;
    }

    /// <summary>A date in the property's <c>[FrontMatter]</c> format, invariant culture; without an offset, UTC.</summary>
    private static DateTimeOffset? Formatted(string text, string? format) =>
        format is not null && DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment) ? moment : null;

    /// <summary>The constant form <c>[d.]hh:mm[:ss[.fffffff]]</c>, or ISO 8601 such as <c>PT1H30M</c>.</summary>
    private static TimeSpan? Duration(string text)
    {
        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out TimeSpan span))
        {
            return span;
        }

        if (text.StartsWith("P", StringComparison.Ordinal) || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                return System.Xml.XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
                return null;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What a value of <paramref name="type"/> looks like, for CG0005's message.</summary>
    private static string Expected(SchemaType type, string? format) => type.Kind switch
    {
        ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset when format is not null => $"a date in the format {format} or ISO 8601, such as 2024-05-01",
        ValueKind.String => "a text value",
        ValueKind.Boolean => "true or false",
        ValueKind.Int32 => $"a whole number from {int.MinValue.ToString(CultureInfo.InvariantCulture)} to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}",
        ValueKind.Int64 => "a whole number (64-bit)",
        ValueKind.Double => "a finite number such as 3.5",
        ValueKind.Decimal => "a decimal number such as 19.99",
        ValueKind.DateOnly => "a date such as 2024-05-01",
        ValueKind.DateTime or ValueKind.DateTimeOffset => "an ISO 8601 date such as 2024-05-01 or a date-time such as 2024-05-01T08:30:00+02:00",
        ValueKind.TimeSpan => "a duration such as 01:30:00 or PT1H30M",
        ValueKind.Uri => "a URI such as https://example.com/page",
        ValueKind.Guid => "a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e",
        ValueKind.Enum => $"one of the {Simple(type.ElementType)} names: {string.Join(", ", type.EnumMembers)}",
        ValueKind.Reference => $"the slug of an article of {Simple(type.ElementType)}",
        ValueKind.Entry => $"the id of a {Simple(type.ElementType)} entry",
        ValueKind.Record => $"a mapping of {Simple(type.ElementType)}'s keys to values",
        ValueKind.Image => "an image's path relative to the article, such as ./cover.jpg",
        _ => type.Display,
    };
}
