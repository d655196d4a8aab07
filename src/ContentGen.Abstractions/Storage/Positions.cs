using System;
using System.Collections;
using System.Collections.Generic;

namespace ContentGen.Storage;

/// <summary>Positions in a collection's <c>All</c>, as backward lookups and taxonomies store them.</summary>
internal static class Positions
{
    /// <summary>A count, then each position as its difference from the one before (ascending positions stay small).</summary>
    public static int[] Read(ref PayloadReader reader)
    {
        int[] positions = new int[reader.Int()];
        int position = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            position += reader.Int();
            positions[i] = position;
        }

        return positions;
    }
}

/// <summary>Articles in a stored order, each resolved from its place when it is first asked for: taking the first 20 creates 20 articles, and reads no index of every article.</summary>
internal sealed class OrderedList<T>(ArticleRef[] places, TaxonomyCatalog<T> catalog) : IReadOnlyList<T>
    where T : Article
{
    public int Count => places.Length;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, places.Length);
            return catalog.At(places[index]);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (ArticleRef place in places)
        {
            yield return catalog.At(place);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
