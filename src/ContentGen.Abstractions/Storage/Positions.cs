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

/// <summary>Articles of a list in a stored order, each read from the list when it is first asked for: taking the first 20 creates 20 articles.</summary>
internal sealed class OrderedList<T>(int[] positions, IReadOnlyList<T> all) : IReadOnlyList<T>
{
    public int Count => positions.Length;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, positions.Length);
            return all[positions[index]];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (int position in positions)
        {
            yield return all[position];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
