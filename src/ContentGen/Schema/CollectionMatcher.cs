using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Generator.Helpers;
using ContentGen.Generator.Model;

namespace ContentGen.Generator.Schema;

/// <summary>The project's collections with the lookups the binder needs, derived once per change of the set.</summary>
/// <remarks>Equality is the set's only: the glob matchers and key lookups are derived from it.</remarks>
internal sealed class CollectionMatcher(CollectionSet set) : IEquatable<CollectionMatcher>
{
    private CollectionGlobs? _globs;
    private CollectionGlobs? _dataGlobs;
    private Dictionary<string, EquatableArray<string>>? _taken;
    private Dictionary<string, Dictionary<string, SchemaProperty>>? _properties;

    public CollectionSet Set { get; } = set;

    /// <summary>The article collections whose glob matches <paramref name="sourcePath"/>, by full name.</summary>
    public List<CollectionSchema> Claiming(string sourcePath)
    {
        if (Set.Schemas.Collections.Count == 0)
        {
            return [];
        }

        // Built on first use: a project without collections never loads the glob library.
        _globs ??= new CollectionGlobs(Set.Schemas.Collections.Where(c => !c.IsData));
        return _globs.Claiming(sourcePath);
    }

    /// <summary>The data collections whose pattern matches <paramref name="sourcePath"/> (a YAML or JSON file), by full name.</summary>
    public List<CollectionSchema> ClaimingData(string sourcePath)
    {
        if (!Set.Schemas.Collections.Any(c => c.IsData))
        {
            return [];
        }

        _dataGlobs ??= new CollectionGlobs(Set.Schemas.Collections.Where(c => c.IsData));
        return _dataGlobs.Claiming(sourcePath);
    }

    /// <summary>The properties of <paramref name="schema"/> by front matter key.</summary>
    public Dictionary<string, SchemaProperty> PropertiesOf(CollectionSchema schema)
    {
        _properties ??= Set.Schemas.Collections.ToDictionary(
            c => c.FullName,
            c =>
            {
                var byKey = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
                foreach (SchemaProperty property in c.Properties)
                {
                    // Two properties with one key (Tags and tags): the first by name (ordinal) takes it, wherever each is declared.
                    if (!byKey.ContainsKey(property.Key))
                    {
                        byKey.Add(property.Key, property);
                    }
                }

                return byKey;
            },
            StringComparer.Ordinal);
        return _properties[schema.FullName];
    }

    /// <summary>
    /// The names an article's property cannot take in a collection's class: what the class already
    /// has (for a collection type, every member of it and its base types, read from its symbol;
    /// for <c>Articles</c>, <c>object</c>'s), what ContentGen adds to it, and the class's own name.
    /// </summary>
    public EquatableArray<string> Taken(CollectionSchema? schema)
    {
        _taken ??= [];
        string key = schema?.FullName ?? string.Empty;
        if (!_taken.TryGetValue(key, out EquatableArray<string> taken))
        {
            IEnumerable<string> members = schema is null
                ? Set.ObjectMembers.Append(CollectionInfo.DefaultName).Concat(CollectionInfo.GeneratedMembers).Append(CollectionInfo.AllTags)
                : schema.Members.Append(schema.Name).Concat(schema.Generated);
            taken = members.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
            _taken[key] = taken;
        }

        return taken;
    }

    public bool Equals(CollectionMatcher? other) => other is not null && Set.Equals(other.Set);

    public override bool Equals(object? obj) => Equals(obj as CollectionMatcher);

    public override int GetHashCode() => Set.GetHashCode();
}
