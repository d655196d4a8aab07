using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContentGen.Generator.Diagnostics;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;
using ContentGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System;

namespace ContentGen.Generator.Schema;

/// <summary>Reads a <c>[ContentCollection]</c> type into a <see cref="SchemaRead"/>: symbols in, plain data out.</summary>
internal static class SchemaReader
{
    public const string AttributeName = "ContentGen.ContentCollectionAttribute";
    public const string DataAttributeName = "ContentGen.DataCollectionAttribute";
    private const string ArticleName = "ContentGen.Article";
    private const string FrontMatterAttributeName = "ContentGen.FrontMatterAttribute";
    private const string TaxonomyAttributeName = "ContentGen.TaxonomyAttribute";

    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>A <c>[ContentCollection]</c> type.</summary>
    public static SchemaRead Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Read(context, CollectionKind.Articles, cancellationToken);

    /// <summary>A <c>[DataCollection]</c> type.</summary>
    public static SchemaRead ReadData(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Read(context, CollectionKind.Data, cancellationToken);

    private static SchemaRead Read(GeneratorAttributeSyntaxContext context, CollectionKind kind, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();

        AttributeData attribute = context.Attributes[0];
        string pattern = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string p ? p : string.Empty;
        LocationInfo? patternLocation = Where(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: [var argument, ..] }
            ? argument.GetLocation()
            : attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());

        bool valid = true;
        string? problem = kind == CollectionKind.Data ? DataShape(type, declaration, cancellationToken) : Shape(type, declaration);
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(kind == CollectionKind.Data ? Descriptors.InvalidDataCollectionType : Descriptors.InvalidCollectionType, Where(declaration.Identifier.GetLocation()), type.Name, problem));
            valid = false;
        }

        if (CollectionGlobs.Problem(pattern) is { } globProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidGlob, patternLocation, pattern, type.Name, globProblem));
            valid = false;
        }

        var reader = new TypeReader(context.SemanticModel.Compilation, type, diagnostics, cancellationToken);
        var properties = new List<SchemaProperty>();
        foreach (IPropertySymbol property in Properties(type, top: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SchemaProperty schemaProperty = reader.Property(property, type);
            if (Taxonomy(property, schemaProperty, kind, type, diagnostics, cancellationToken))
            {
                schemaProperty = schemaProperty with { IsTaxonomy = true };
            }

            properties.Add(schemaProperty);
        }

        // By name: moving a property in the file changes nothing downstream (the payload and the
        // generated constructor read the values in this order too).
        properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var schema = new CollectionSchema(ns, type.Name, pattern, properties.ToEquatableArray(), valid, MemberNames(type), kind, type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared), type.IsRecord);

        // What the generator adds must not be there already: the user's member would clash with it (CS0102).
        foreach (string generated in schema.Generated)
        {
            if (type.GetMembers(generated).FirstOrDefault(m => !m.IsImplicitlyDeclared) is { } taken)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.GeneratedMemberDeclared, Where(taken.Locations.FirstOrDefault()), type.Name, generated, Purpose(schema, generated)));
                valid = false;
            }
        }

        return new SchemaRead(schema with { IsValid = valid }, diagnostics.ToImmutable().ToEquatableArray(), patternLocation);
    }

    /// <summary>Why ContentGen adds a member of this name, for CG0051.</summary>
    private static string Purpose(CollectionSchema schema, string member) => member switch
    {
        "Id" => "the id of each entry",
        "All" => schema.IsData ? "the list of every entry" : "the list of every article",
        "Find" => schema.IsData ? "the lookup by id" : "the lookup by slug",
        _ when member.StartsWith("With", StringComparison.Ordinal) => $"the backward lookup of the reference property {member.Substring(4)}",
        _ => $"the taxonomy of the [Taxonomy] property {member.Substring(3)}",
    };

    /// <summary>Whether a property is a valid <c>[Taxonomy]</c> (CG0057 when it is marked but cannot be one).</summary>
    private static bool Taxonomy(IPropertySymbol symbol, SchemaProperty property, CollectionKind kind, INamedTypeSymbol owner, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        AttributeData? attribute = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == TaxonomyAttributeName);
        if (attribute is null)
        {
            return false;
        }

        string? problem = kind == CollectionKind.Data ? "a taxonomy groups articles, and this is a data collection"
            : !property.Type.IsList ? $"a taxonomy is a list property (IReadOnlyList<T> or T[]), and the property is {property.Type.Display}"
            : property.Type.Kind is not (ValueKind.String or ValueKind.Enum or ValueKind.Entry) ? $"its terms must be strings, an enum or a data collection type, and they are {property.Type.ElementType.Replace("global::", string.Empty)}"
            : null;
        if (problem is null)
        {
            return true;
        }

        LocationInfo? at = Where(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()) ?? Where(symbol.Locations.FirstOrDefault());
        diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidTaxonomy, at, owner.Name, symbol.Name, problem));
        return false;
    }

    /// <summary>
    /// Reads property types, nested records included: a record's properties are read once per
    /// use, with the records being read on a stack (a record that contains itself is CG0017).
    /// </summary>
    private sealed class TypeReader(Compilation compilation, INamedTypeSymbol owner, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        private readonly List<ITypeSymbol> _stack = [];

        /// <summary>A property's shape; its location only places this read's diagnostics.</summary>
        public SchemaProperty Property(IPropertySymbol property, INamedTypeSymbol declaring)
        {
            SchemaType schemaType = TypeOf(property.Type, property.NullableAnnotation);
            LocationInfo? location = Where(property.Locations.FirstOrDefault());
            if (schemaType.Kind == ValueKind.Unsupported)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedPropertyType, location, property.Name, schemaType.Display, declaring.Name));
            }

            bool required = property.IsRequired || property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DataAnnotations.RequiredAttribute");
            (string key, string? format) = FrontMatter(property, schemaType, declaring, location, diagnostics, cancellationToken);
            return new SchemaProperty(property.Name, key, schemaType, required, format);
        }

        private SchemaType TypeOf(ITypeSymbol type, NullableAnnotation annotation)
        {
            SchemaType schemaType = SchemaReader.TypeOf(type, annotation);
            if (schemaType.Kind != ValueKind.Unsupported || RecordType(type) is not { } record)
            {
                return schemaType;
            }

            if (_stack.Contains(record, SymbolEqualityComparer.Default))
            {
                return schemaType; // It contains itself: unsupported.
            }

            _stack.Add(record);
            var members = new List<SchemaProperty>();
            foreach (IPropertySymbol property in Properties((INamedTypeSymbol)record, top: false))
            {
                cancellationToken.ThrowIfCancellationRequested();

                // The generated code sets it in an object initializer of the collection's class.
                if (compilation.IsSymbolAccessibleWithin(property.SetMethod!, owner))
                {
                    members.Add(Property(property, (INamedTypeSymbol)record));
                }
            }

            _stack.RemoveAt(_stack.Count - 1);

            // By name, as a collection's: the generated reader of the record follows this order.
            members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return schemaType with { Kind = ValueKind.Record, Members = members.ToEquatableArray() };
        }

        /// <summary>
        /// The element type when it can be a nested record: a non-abstract class of the user's
        /// (not a framework type, not a collection, not an article or a collection type) with a
        /// parameterless constructor the generated code may call.
        /// </summary>
        private ITypeSymbol? RecordType(ITypeSymbol type)
        {
            ITypeSymbol element = type is IArrayTypeSymbol array ? array.ElementType
                : type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && generic.ConstructedFrom.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>" ? generic.TypeArguments[0]
                : type;
            if (element is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false } named
                || named.SpecialType != SpecialType.None
                || named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal))
                || named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
                || DerivesFrom(named, ArticleName)
                || named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is AttributeName or DataAttributeName)
                || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && compilation.IsSymbolAccessibleWithin(c, owner)))
            {
                return null;
            }

            return named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }
    }

    /// <summary>
    /// Every member name of the type and of its base types, down to <c>object</c>: an article's
    /// static property named like one would hide it (CS0108) or clash with it (CS0102).
    /// </summary>
    internal static EquatableArray<string> MemberNames(INamedTypeSymbol? type)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (ISymbol member in t.GetMembers())
            {
                if (member.CanBeReferencedByName)
                {
                    names.Add(member.Name);
                }
            }
        }

        return names.ToEquatableArray();
    }

    /// <summary>The property's key (normalized) and date format, from its <c>[FrontMatter]</c> when it has one (CG0033 when that is not usable).</summary>
    private static (string Key, string? Format) FrontMatter(IPropertySymbol property, SchemaType type, INamedTypeSymbol owner, LocationInfo? location, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        AttributeData? attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FrontMatterAttributeName);
        if (attribute is null)
        {
            return (FrontMatterParser.Normalize(property.Name), null);
        }

        LocationInfo? at = Where(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()) ?? location;
        string? key = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        string? format = attribute.NamedArguments.FirstOrDefault(n => n.Key == "Format").Value.Value as string;
        string normalized = key is null ? string.Empty : FrontMatterParser.Normalize(key);
        if (normalized.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatterAttribute, at, owner.Name, property.Name, "its key is empty; write the front matter key, such as [FrontMatter(\"ms.date\")]"));
            normalized = FrontMatterParser.Normalize(property.Name);
        }

        if (format is not null && type.Kind is not (ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset))
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatterAttribute, at, owner.Name, property.Name, $"Format applies to DateOnly, DateTime and DateTimeOffset properties, and the property is {type.Display}"));
            format = null;
        }
        else if (format is not null && !IsDateFormat(format))
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidFrontMatterAttribute, at, owner.Name, property.Name, $"'{format}' is not a .NET date format, such as MM/dd/yyyy"));
            format = null;
        }

        return (normalized, format);
    }

    /// <summary>A custom format that formats a date and parses back to the same date.</summary>
    private static bool IsDateFormat(string format)
    {
        try
        {
            var probe = new System.DateTime(2024, 11, 29, 13, 45, 30, System.DateTimeKind.Utc);
            string text = probe.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            return format.Trim().Length > 1 && System.DateTime.TryParseExact(text, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out System.DateTime back)
                && back.Date == probe.Date;
        }
        catch (System.FormatException)
        {
            return false;
        }
    }

    /// <summary>Why the type cannot be completed by generated code, or null.</summary>
    private static string? Shape(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return "it must be declared 'partial'";
        }

        if (type.ContainingType is not null)
        {
            return "it must not be nested in another type";
        }

        if (type.IsGenericType)
        {
            return "it must not be generic";
        }

        if (type.IsStatic || type.IsSealed)
        {
            return "it must not be static or sealed: each article is a class derived from it";
        }

        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.ToDisplayString() == ArticleName)
            {
                return null;
            }
        }

        return "it must derive from ContentGen.Article";
    }

    /// <summary>Why a data collection type cannot be completed by generated code, or null.</summary>
    private static string? DataShape(INamedTypeSymbol type, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return "it must be declared 'partial'";
        }

        if (type.TypeKind != TypeKind.Class)
        {
            return "it must be a class or a record class: each entry is an object that others refer to";
        }

        if (type.ContainingType is not null)
        {
            return "it must not be nested in another type";
        }

        if (type.IsGenericType)
        {
            return "it must not be generic";
        }

        if (type.IsStatic || type.IsAbstract)
        {
            return "it must not be static or abstract: each entry is an instance of it";
        }

        if (DerivesFrom(type, ArticleName))
        {
            return "it must not derive from ContentGen.Article: articles are content files, declared with [ContentCollection]";
        }

        // The generated constructor would have to call the primary one, with values it does not have.
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList.Parameters.Count: > 0 })
            {
                return "it must not have a primary constructor with parameters; declare its values as properties with init";
            }
        }

        return null;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
    {
        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.ToDisplayString() == baseName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Settable instance properties, base types (below Article) first, each in declaration order.
    /// A nested record's (<paramref name="top"/> false) must be settable outside it: not init- or set-protected.
    /// </summary>
    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type, bool top)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? t = type; t is not null && t.ToDisplayString() != ArticleName && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var seen = new HashSet<string>();
        foreach (INamedTypeSymbol t in chain)
        {
            foreach (IPropertySymbol property in t.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer && property.SetMethod is { DeclaredAccessibility: not Accessibility.Private } set
                    && (top || set.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                    && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static SchemaType TypeOf(ITypeSymbol type, NullableAnnotation annotation)
    {
        string display = type.ToDisplayString(FullyQualified).Replace("global::", string.Empty);
        ListShape list = ListShape.None;
        ITypeSymbol element = type;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            list = ListShape.Array;
            element = array.ElementType;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && generic.ConstructedFrom.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            list = ListShape.ReadOnlyList;
            element = generic.TypeArguments[0];
        }

        bool isList = list != ListShape.None;

        bool nullable = !isList && annotation == NullableAnnotation.Annotated;
        if (element is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
        {
            nullable = !isList;
            element = wrapped.TypeArguments[0];
        }

        string elementType = element.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullyQualified);
        EquatableArray<string> members = EquatableArray<string>.Empty;
        EquatableArray<string> values = EquatableArray<string>.Empty;
        ValueKind kind = KindOf(element);
        if (kind == ValueKind.Enum)
        {
            IFieldSymbol[] fields = [.. element.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)];
            members = fields.Select(f => f.Name).ToEquatableArray();
            values = fields.Select(f => EnumValue(f.ConstantValue!)).ToEquatableArray();
        }

        // List elements never hold null: a list value is written without empty items.
        return new SchemaType(kind, elementType, nullable, list, members, values, display);
    }

    /// <summary>An enum member's value as a 64-bit number (a ulong above long.MaxValue wraps; the generated code casts it back unchecked).</summary>
    private static string EnumValue(object value) => value switch
    {
        ulong big => unchecked((long)big).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ValueKind KindOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return ValueKind.String;
            case SpecialType.System_Boolean: return ValueKind.Boolean;
            case SpecialType.System_Int32: return ValueKind.Int32;
            case SpecialType.System_Int64: return ValueKind.Int64;
            case SpecialType.System_Double: return ValueKind.Double;
            case SpecialType.System_Decimal: return ValueKind.Decimal;
            case SpecialType.System_DateTime: return ValueKind.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ValueKind.Enum;
        }

        switch (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString())
        {
            case "System.DateOnly": return ValueKind.DateOnly;
            case "System.DateTimeOffset": return ValueKind.DateTimeOffset;
            case "System.TimeSpan": return ValueKind.TimeSpan;
            case "System.Uri": return ValueKind.Uri;
            case "System.Guid": return ValueKind.Guid;
            case "ContentGen.Image": return ValueKind.Image;
        }

        if (type is INamedTypeSymbol named && named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeName))
        {
            return ValueKind.Reference;
        }

        if (type is INamedTypeSymbol data && data.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == DataAttributeName))
        {
            return ValueKind.Entry;
        }

        return ValueKind.Unsupported;
    }

    private static LocationInfo? Where(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        FileLinePositionSpan lines = location.GetLineSpan();
        return new LocationInfo(lines.Path, location.SourceSpan, lines.Span);
    }
}
