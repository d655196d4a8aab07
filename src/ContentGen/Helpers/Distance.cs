using System;
using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Generator.Helpers;

/// <summary>Edit distance, for the "did you mean" of messages.</summary>
internal static class Distance
{
    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int Between(string a, string b)
    {
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The <paramref name="count"/> candidates closest to <paramref name="text"/>, closest first, ties in ordinal order.</summary>
    public static List<string> Closest(string text, IEnumerable<string> candidates, int count) =>
        [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Between(c, text)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Candidate)];
}
