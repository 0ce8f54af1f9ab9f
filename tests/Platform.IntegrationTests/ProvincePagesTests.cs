using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>What an official sees of their own committee, exactly as their regulation defines it.</summary>
public sealed class ProvincePagesTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Home_lists_every_loaded_province_with_its_committee()
    {
        var page = await Html.GetAsync(_client, "/");

        var links = page.QuerySelectorAll(".province-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/dak-lak", links);
        Assert.Contains("/son-la", links);
        Assert.Contains("Ban Chỉ đạo 1287", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_province_gets_the_not_found_page_in_Vietnamese()
    {
        var response = await _client.GetAsync("/ha-giang/members");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Không tìm thấy trang", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Son_La_shows_Ban_Chi_dao_1287_with_three_standing_agencies_and_DOST_general()
    {
        var page = await Html.GetAsync(_client, "/son-la/bodies");

        Assert.Equal("Ban Chỉ đạo 1287", page.QuerySelector(".committee-name")!.Text());
        var general = page.QuerySelectorAll("section.card").Where(s => s.QuerySelector(".badge.general") is not null).ToList();
        Assert.Single(general);
        Assert.Contains("Sở Khoa học và Công nghệ", general[0].Text(), StringComparison.Ordinal);
        var overview = await Html.GetAsync(_client, "/son-la");
        var standingGroup = overview.QuerySelectorAll(".org-groups > div")
            .Single(d => d.QuerySelector("h3")!.Text() == "Cơ quan thường trực");
        Assert.Equal(3, standingGroup.QuerySelectorAll("li").Length);
    }

    [Fact]
    public async Task Son_La_department_directors_sit_as_deputy_heads()
    {
        var page = await Html.GetAsync(_client, "/son-la/members");

        var deputies = page.QuerySelectorAll("table.members")
            .Single(t => t.QuerySelector("caption")!.Text().StartsWith("Các Phó Trưởng Ban", StringComparison.Ordinal))
            .Text();
        Assert.Contains("Giám đốc Công an tỉnh", deputies, StringComparison.Ordinal);
        Assert.Contains("Giám đốc Sở Khoa học và Công nghệ", deputies, StringComparison.Ordinal);
        Assert.Contains("Giám đốc Sở Nội vụ", deputies, StringComparison.Ordinal);
        Assert.Contains("Điều 8.1", deputies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dak_Lak_shows_its_three_subcommittees()
    {
        var page = await Html.GetAsync(_client, "/dak-lak");

        var group = page.QuerySelectorAll(".org-groups > div").Single(d => d.QuerySelector("h3")!.Text() == "Các Tiểu Ban");
        var names = group.QuerySelectorAll("li strong").Select(s => s.Text()).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(names, n => n.Contains("Đề án 06", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Cải cách hành chính", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Members_show_office_holder_duties_and_their_articles()
    {
        var page = await Html.GetAsync(_client, "/son-la/members");

        var head = page.QuerySelectorAll("table.members").First();
        Assert.StartsWith("Trưởng Ban", head.QuerySelector("caption")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Chủ tịch UBND tỉnh", head.Text(), StringComparison.Ordinal);
        Assert.Contains("(demo)", head.Text(), StringComparison.Ordinal);
        Assert.NotEmpty(head.QuerySelectorAll(".duties li .cite"));
    }

    [Fact]
    public async Task A_seat_of_one_province_is_not_found_under_another()
    {
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var dakLakKeys = catalog.Find("dak-lak")!.Seats.Select(s => s.Key).ToHashSet();
        var sonLaOnly = catalog.Find("son-la")!.Seats.First(s => !dakLakKeys.Contains(s.Key)).Key;

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/son-la/seats/{sonLaOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/dak-lak/seats/{sonLaOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/dak-lak/seats/{sonLaOnly}/replace")).StatusCode);
    }

    [Fact]
    public async Task A_pack_ships_its_own_page_through_the_host()
    {
        var page = await Html.GetAsync(_client, "/son-la/quy-che");

        Assert.Contains("03/QĐ-BCĐ", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Ban Chỉ đạo 1287", page.QuerySelector(".committee-name")!.Text());
    }

    [Fact]
    public async Task The_interface_switches_to_English_and_back()
    {
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        var response = await FormPost.SubmitAsync(client, "/son-la/members", new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/son-la/members",
        }, action: "/language");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Members", page.QuerySelectorAll(".main-nav a")[1].Text());
        Assert.Contains("Art. ", page.Text(), StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Dates_read_dd_MM_yyyy_and_a_bad_one_is_explained_and_kept()
    {
        var page = await Html.GetAsync(_client, "/son-la/members?ngay=31/02/2025");

        Assert.Equal("31/02/2025", page.QuerySelector("#ngay")!.GetAttribute("value"));
        Assert.Contains("dd/MM/yyyy", page.QuerySelector("#ngay-error")!.Text(), StringComparison.Ordinal);
    }
}
