namespace ContentGen.Storage;

/// <summary>Where an article lives in the generated payload: its collection, bucket and key (found in the bucket's records, <see cref="BucketState.SlotOf"/>).</summary>
internal readonly record struct ArticleRef(int Collection, int Bucket, int Key)
{
    public static ArticleRef Read(ref PayloadReader reader) => new(reader.Int(), reader.Int(), reader.Int());
}
