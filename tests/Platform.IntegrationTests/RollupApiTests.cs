using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.National.Services;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The roll-up figures in the read API (issue 17): a national system reads the same figures as the ministry's page,
/// for the provinces its token is granted and no other, each province with the rule of its own regulation.
/// </summary>
public sealed class RollupApiTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_token_for_Son_La_reads_Son_La_alone_with_its_own_articles()
    {
        var client = ApiTests.Client(host, await ApiTests.IssueAsync(host, ["son-la"]));

        var rollup = JsonDocument.Parse(await client.GetStringAsync("/api/v1/quoc-gia/tong-hop")).RootElement;

        var line = Assert.Single(rollup.GetProperty("provinces").EnumerateArray());
        Assert.Equal("son-la", line.GetProperty("code").GetString());
        var meetings = line.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("figure").GetString() == "hop-dinh-ky");
        Assert.Contains("12.2", meetings.GetProperty("rule").GetString(), StringComparison.Ordinal); // Sơn La, Art. 12.2
        Assert.Equal(
            rollup.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString()),
            line.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("figure").GetString()));
    }

    [Fact]
    public async Task A_token_for_both_provinces_reads_the_figures_the_ministrys_page_reads_for_a_past_quarter()
    {
        var client = ApiTests.Client(host, await ApiTests.IssueAsync(host, ["son-la", "dak-lak"]));
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<NationalRollup>();
        var quarter = service.CurrentQuarter.Previous();
        var provinces = host.Services.GetRequiredService<IProvinceCatalog>().Provinces.Where(p => p.Code.Value is "son-la" or "dak-lak").ToList();
        var expected = await service.ReadAsync(provinces, [quarter], default);

        var rollup = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/quoc-gia/tong-hop?quy={quarter.Code}")).RootElement;

        Assert.Equal(quarter.Code, rollup.GetProperty("quarter").GetString());
        var lines = rollup.GetProperty("provinces").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        Assert.Equal(["dak-lak", "son-la"], lines.Keys.Order());
        foreach (var line in expected.Lines(quarter))
        {
            var read = lines[line.Province.Code.Value].GetProperty("values").EnumerateArray()
                .ToDictionary(v => v.GetProperty("figure").GetString()!, v => v.GetProperty("detail").ValueKind == JsonValueKind.Null ? null : v.GetProperty("detail").GetString());
            foreach (var figure in expected.Figures)
            {
                Assert.Equal(line[figure.Key]?.Detail, read[figure.Key]);
            }
        }

        var dakLak = lines["dak-lak"].GetProperty("values").EnumerateArray().Single(v => v.GetProperty("figure").GetString() == "hop-dinh-ky");
        Assert.Contains("9.1", dakLak.GetProperty("rule").GetString(), StringComparison.Ordinal); // Đắk Lắk, Art. 9.1
    }

    [Fact]
    public async Task A_quarter_that_is_not_one_or_not_begun_is_refused_with_problem_details()
    {
        var client = ApiTests.Client(host, await ApiTests.IssueAsync(host, ["son-la"]));

        foreach (var bad in new[] { "quy-3", "2026-07", "Q1-2099" })
        {
            var response = await client.GetAsync($"/api/v1/quoc-gia/tong-hop?quy={bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiTests.Client(host, null).GetAsync("/api/v1/quoc-gia/tong-hop")).StatusCode);
    }
}
