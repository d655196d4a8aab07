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
