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

namespace ContentGen.Generator.Schema;

/// <summary>Reads a <c>[ContentCollection]</c> type into a <see cref="CollectionSchema"/>: symbols in, plain data out.</summary>
internal static class SchemaReader
{
    public const string AttributeName = "ContentGen.ContentCollectionAttribute";
    private const string ArticleName = "ContentGen.Article";

    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static CollectionSchema Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        string ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();

        AttributeData attribute = context.Attributes[0];
        string pattern = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string p ? p : string.Empty;
        LocationInfo? patternLocation = Where(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: [var argument, ..] }
            ? argument.GetLocation()
            : attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());

        bool valid = true;
        if (Shape(type, declaration) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidCollectionType, Where(declaration.Identifier.GetLocation()), type.Name, problem));
            valid = false;
        }

        if (CollectionGlobs.Problem(pattern) is { } globProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidGlob, patternLocation, pattern, type.Name, "is invalid: " + globProblem));
            valid = false;
        }

        var properties = new List<SchemaProperty>();
        foreach (IPropertySymbol property in Properties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SchemaType schemaType = TypeOf(property.Type, property.NullableAnnotation);
            LocationInfo? location = Where(property.Locations.FirstOrDefault());
            if (schemaType.Kind == ValueKind.Unsupported)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedPropertyType, location, property.Name, schemaType.Display, type.Name));
            }

            bool required = property.IsRequired || property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DataAnnotations.RequiredAttribute");
            properties.Add(new SchemaProperty(property.Name, FrontMatterParser.Normalize(property.Name), schemaType, required, location));
        }

        return new CollectionSchema(ns, type.Name, pattern, patternLocation, properties.ToEquatableArray(), valid, diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>Why the type cannot be completed by generated code, or null.</summary>
    private static string? Shape(INamedTypeSymbol type, ClassDeclarationSyntax declaration)
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

    /// <summary>Settable instance properties, base types (below Article) first, each in declaration order.</summary>
    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
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
                if (!property.IsStatic && !property.IsIndexer && property.SetMethod is { DeclaredAccessibility: not Accessibility.Private } && seen.Add(property.Name))
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
        }

        if (type is INamedTypeSymbol named && named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeName))
        {
            return ValueKind.Reference;
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
