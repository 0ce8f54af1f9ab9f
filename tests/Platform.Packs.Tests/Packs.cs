using Platform.Packs.DakLak;
using Platform.Packs.SonLa;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>Each pack's definition, built once the way the host builds it.</summary>
internal static class Packs
{
    private static readonly Lazy<ProvinceDefinition> SonLaDefinition = new(() => Build(new SonLaPack()));
    private static readonly Lazy<ProvinceDefinition> DakLakDefinition = new(() => Build(new DakLakPack()));

    public static ProvinceDefinition SonLa => SonLaDefinition.Value;

    public static ProvinceDefinition DakLak => DakLakDefinition.Value;

    public static ProvinceDefinition ByCode(string code) => code switch
    {
        "son-la" => SonLa,
        "dak-lak" => DakLak,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No such pack."),
    };

    public static ProvinceDefinition Build(IProvincePack pack)
    {
        var builder = new ProvincePackBuilder();
        pack.Describe(builder);
        return builder.Build();
    }

    public static SeatDefinition Seat(this ProvinceDefinition d, string key) =>
        d.FindSeat(key) ?? throw new InvalidOperationException($"No seat '{key}' in {d.Code}.");

    public static BodyDefinition Body(this ProvinceDefinition d, string key) =>
        d.Bodies.SingleOrDefault(b => b.Key == key) ?? throw new InvalidOperationException($"No body '{key}' in {d.Code}.");

    /// <summary>The short forms of the articles a list of duties cites, e.g. "9.2c".</summary>
    public static IReadOnlyList<string> Articles(this IEnumerable<DutyDefinition> duties) =>
        duties.Select(d => d.Article.ToString()).ToList();

    public static void HasDuties(this IEnumerable<DutyDefinition> duties, params string[] articles)
    {
        var cited = duties.Articles();
        foreach (var article in articles)
        {
            Assert.Contains(article, cited);
        }
    }
}
