namespace ContentGen.Web.Tests;

/// <summary>
/// What the sample site holds, written out by hand from samples/ContentGen.Sample/Content and
/// seeds/: the tests check the pages against these, not against the generated code they render.
/// </summary>
internal static class Sample
{
    public const string Seed = "Russian President Vladimir Putin and Pakistan\u2019s newly elected Prime Minister\u2026";
    public const string Blast = "At least 80 killed in Nigerian oil blast: Emergency service";
    public const string Azovstal = "Azovstal in Mariupol making last stand under \u2018continuous\u2019 Russian attacks";
    public const string Evening = "Evening briefing: rescue work continues in southern Nigeria";
    public const string Morning = "Morning briefing: letters between Moscow and Islamabad";
    public const string Explainer = "Why illegal refineries explode";
    public const string Fuel = "Evening briefing: long queues at filling stations in Lagos";

    /// <summary>The home page's order: newest first (24, 24, 23, 22 April 2022), then the undated ones, by title.</summary>
    public static readonly string[] Newest = [Evening, Morning, Azovstal, Fuel, Blast, Seed, Explainer];

    public static readonly string[] Tags = ["energy", "nigeria", "russia", "ukraine"];

    /// <summary>The authors of Data/authors.yaml, in the file's order: id, name, where based, and their briefings newest first.</summary>
    public static readonly (string Id, string Name, string BasedIn, string[] Articles)[] Authors =
    [
        ("asia-desk", "Asia desk", "Islamabad", [Morning]),
        ("africa-desk", "Africa desk", "Lagos", [Evening, Fuel]),
    ];
}
