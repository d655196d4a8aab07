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
                Invalid(value, $"a list of {Expected(type, property.Format)}, such as [a, b] or one '- item' per line");
                return null;
            }

            bool ok = true;
            var converted = new List<string>();
            var slugs = new List<SlugReference>();
            var images = new List<ImageReference>();
            foreach (RawValue item in items)
            {
                if (item.Kind != RawKind.Scalar || item.IsNull)
                {
                    Invalid(item, Expected(type, property.Format));
                    ok = false;
                }
                else if (type.Kind == ValueKind.Reference)
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

            ReferenceValue? references = type.Kind == ValueKind.Reference ? new ReferenceValue(type.ElementType, Simple(type.ElementType), slugs.ToEquatableArray()) : null;
            return new PropertyValue(property.Name, type.Kind, IsNull: false, IsList: true, converted.ToEquatableArray(), references, images.ToEquatableArray());
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

        if (value.Kind != RawKind.Scalar)
        {
            Invalid(value, Expected(type, property.Format));
            return null;
        }

        if (type.Kind == ValueKind.Reference)
        {
            var reference = new ReferenceValue(type.ElementType, Simple(type.ElementType), new[] { new SlugReference(value.Text, value.Location) }.ToEquatableArray());
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
        ValueKind.Image => "an image's path relative to the article, such as ./cover.jpg",
        _ => type.Display,
    };
}
