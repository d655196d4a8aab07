using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace ContentGen.Tests.Helpers;

// Also compiled into bench/hot-reload/probe, which applies the deltas to a running assembly.

/// <summary>
/// The semantic edits between two compilations, found member by member in the generated files
/// whose text changed (as the IDE's analyzer does for generated documents).
/// </summary>
internal sealed class SemanticEdits
{
    private readonly HashSet<ISymbol> _added = new(SymbolEqualityComparer.Default);

    public List<SemanticEdit> List { get; } = [];

    public int Count => List.Count;

    /// <summary>Why the change needs a restart, or null.</summary>
    public string? Rude { get; private set; }

    public bool IsAdded(ISymbol symbol) => _added.Contains(symbol);

    public static SemanticEdits Between(Compilation before, Compilation after)
    {
        var edits = new SemanticEdits();
        Dictionary<string, SyntaxTree> old = before.SyntaxTrees.ToDictionary(t => t.FilePath);
        Dictionary<string, SyntaxTree> now = after.SyntaxTrees.ToDictionary(t => t.FilePath);
        var oldMembers = new Dictionary<string, (ISymbol Symbol, string Text)>();
        var newMembers = new Dictionary<string, (ISymbol Symbol, string Text)>();
        var oldTypes = new HashSet<string>();
        var newTypes = new HashSet<string>();
        foreach (string path in old.Keys.Union(now.Keys))
        {
            SyntaxTree? a = old.GetValueOrDefault(path);
            SyntaxTree? b = now.GetValueOrDefault(path);
            if (a is not null && b is not null && (ReferenceEquals(a, b) || a.GetText().ContentEquals(b.GetText())))
            {
                continue;
            }

            if (a is not null)
            {
                Members(before, a, oldMembers, oldTypes);
            }

            if (b is not null)
            {
                Members(after, b, newMembers, newTypes);
            }
        }

        // A partial type loses or gains a file, not its existence: compare against the whole compilation.
        foreach (string type in oldTypes.Except(newTypes).Where(t => after.GetTypeByMetadataName(t) is null))
        {
            edits.Rude ??= $"type {type} deleted";
        }

        foreach (string type in newTypes.Except(oldTypes).Where(t => before.GetTypeByMetadataName(t) is null))
        {
            edits.Rude ??= $"type {type} added";
        }

        foreach ((string id, (ISymbol symbol, string text)) in newMembers)
        {
            if (!oldMembers.TryGetValue(id, out (ISymbol Symbol, string Text) was))
            {
                // A member moved to another changed file is found in the old compilation all the same.
                ISymbol? elsewhere = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, before);
                if (elsewhere is null)
                {
                    edits.Insert(symbol);
                }

                continue;
            }

            if (was.Text == text)
            {
                continue;
            }

            switch (symbol)
            {
                case IFieldSymbol { IsConst: true }:
                    edits.Rude ??= $"constant {id} changed";
                    break;
                case IPropertySymbol property:
                    edits.List.Add(new SemanticEdit(SemanticEditKind.Update, ((IPropertySymbol)was.Symbol).GetMethod, property.GetMethod));
                    break;
                default:
                    edits.List.Add(new SemanticEdit(SemanticEditKind.Update, was.Symbol, symbol));
                    break;
            }
        }

        foreach ((string id, (ISymbol symbol, _)) in oldMembers)
        {
            if (!newMembers.ContainsKey(id) && DocumentationCommentId.GetFirstSymbolForDeclarationId(id, after) is null)
            {
                INamedTypeSymbol? containing = after.GetTypeByMetadataName(MetadataName(symbol.ContainingType));
                if (symbol is IFieldSymbol)
                {
                    edits.Rude ??= $"field {id} deleted";
                }

                edits.List.Add(new SemanticEdit(SemanticEditKind.Delete, symbol, containing));
            }
        }

        return edits;
    }

    private void Insert(ISymbol symbol)
    {
        List.Add(new SemanticEdit(SemanticEditKind.Insert, null, symbol));
        _added.Add(symbol);
        if (symbol is IPropertySymbol property)
        {
            _added.Add(property.GetMethod!);
        }
    }

    private static void Members(Compilation compilation, SyntaxTree tree, Dictionary<string, (ISymbol, string)> members, HashSet<string> types)
    {
        SemanticModel model = compilation.GetSemanticModel(tree);
        foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
        {
            ISymbol? symbol = node switch
            {
                BaseTypeDeclarationSyntax type => model.GetDeclaredSymbol(type),
                MethodDeclarationSyntax method => model.GetDeclaredSymbol(method),
                PropertyDeclarationSyntax property => model.GetDeclaredSymbol(property),
                ConstructorDeclarationSyntax constructor => model.GetDeclaredSymbol(constructor),
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } field => model.GetDeclaredSymbol(field),
                _ => null,
            };

            if (symbol is INamedTypeSymbol named)
            {
                types.Add(MetadataName(named));
            }
            else if (symbol is not null)
            {
                // Without trivia: a doc comment (an article's title) compiles to nothing.
                members[symbol.GetDocumentationCommentId()!] = (symbol, node.ToString());
            }
        }
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName
        : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}
