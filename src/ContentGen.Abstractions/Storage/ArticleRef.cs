namespace ContentGen.Storage;

/// <summary>Where an article lives in the generated payload: its collection, bucket and slot.</summary>
internal readonly record struct ArticleRef(int Collection, int Bucket, int Slot)
{
    public static ArticleRef Read(ref PayloadReader reader) => new(reader.Int(), reader.Int(), reader.Int());
}
