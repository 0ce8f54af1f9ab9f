using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Duties are read in the regulation's order — by article, and within an article in the order the regulation lists
/// them — on the members, seat and bodies pages of every province, whatever order the database hands them back in.
/// </summary>
public sealed class DutyOrderTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Provinces => new() { "dak-lak", "son-la" };

    private ProvinceDefinition Province(string code) => host.Services.GetRequiredService<IProvinceCatalog>().Find(code)!;

    /// <summary>The regulation's order: by article, and within an article as the pack lists them.</summary>
    private static List<string> InRegulationOrder(IEnumerable<DutyDefinition> duties) =>
        [.. duties.Select((d, i) => (d, i)).OrderBy(x => x.d.Article).ThenBy(x => x.i).Select(x => x.d.Text)];

    private static List<string> Shown(IElement list) =>
        [.. list.QuerySelectorAll("li").Select(li => li.Text()[..^li.QuerySelector(".cite")!.Text().Length].Trim())];

    [Theory]
    [MemberData(nameof(Provinces))]
    public async Task Every_seat_page_lists_its_duties_in_the_regulations_order(string province)
    {
        var seats = Province(province).Seats.Where(s => s.Duties.Count > 1).ToList();
        Assert.NotEmpty(seats);
        foreach (var seat in seats)
        {
            var page = await Html.GetAsync(_client, $"/{province}/seats/{seat.Key}");
            Assert.Equal(InRegulationOrder(seat.Duties), Shown(page.QuerySelector("ul.duties")!));
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public async Task The_members_page_lists_each_seats_duties_in_the_regulations_order(string province)
    {
        var page = await Html.GetAsync(_client, $"/{province}/members");
        var rows = page.QuerySelectorAll("tr[id]").Where(r => r.QuerySelector("ul.duties") is not null).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var seat = Province(province).FindSeat(row.Id!)!;
            Assert.Equal(InRegulationOrder(seat.Duties), Shown(row.QuerySelector("ul.duties")!));
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public async Task The_bodies_page_lists_each_bodys_duties_in_the_regulations_order(string province)
    {
        var page = await Html.GetAsync(_client, $"/{province}/bodies");
        var bodies = Province(province).Bodies.Where(b => b.Duties.Count > 1).ToList();
        Assert.NotEmpty(bodies);
        foreach (var body in bodies)
        {
            var card = page.QuerySelector($"section#{body.Key}")!;
            Assert.Equal(InRegulationOrder(body.Duties), Shown(card.QuerySelector("ul.duties")!));
        }
    }
}
