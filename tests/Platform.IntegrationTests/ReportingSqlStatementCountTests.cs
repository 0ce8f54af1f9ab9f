using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Consolidating a Sơn La quarter reads a number of SQL statements that does not grow with the members: the police's
/// thematic report (which gathers every member's report, with the draft's "arrived since" list) and the status board
/// issue as many statements with three member reports as with every member's, each with a replaced earlier version.
/// </summary>
public sealed class ReportingSqlStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private const string Quarter = "Q4-2026";
    private const string Thematic = "/son-la/reports/write?ky=Q4-2026&buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06";

    [Theory]
    [InlineData(Thematic, "son-la.secretariat")]
    [InlineData(Thematic, "son-la.leader")]
    [InlineData("/son-la/reports?ky=Q4-2026", "son-la.secretariat")]
    [InlineData("/son-la/reports?ky=Q4-2026", "son-la.member")]
    public async Task Consolidating_a_quarter_reads_every_members_report_with_as_many_statements_as_three(string page, string user)
    {
        var members = MemberSeats();
        await host.Database.ExecuteAsync($"delete from reporting.submissions where province = 'son-la' and year = 2026 and number = 4");
        await SubmitAsync(members.Take(3));
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var saved = await Forms.OpenAsync(secretariat, Thematic, "textarea[name='Form.Results']");
        var action = (await Html.GetAsync(secretariat, Thematic)).QuerySelector("button[formaction$='handler=Save']")!.GetAttribute("formaction")!;
        Assert.Equal(HttpStatusCode.OK, (await (saved with { Action = action }).SendAsync(secretariat, new Dictionary<string, string> { ["Form.Results"] = "Tổng hợp." })).StatusCode);
        var client = await host.SignInAsync(user);

        var before = await CountAsync(client, page);
        await SubmitAsync(members.Skip(3));
        var after = await CountAsync(client, page);

        Assert.True(members.Count >= 8, $"{members.Count} members");
        Assert.Equal(members.Count * 2L, await host.Database.ScalarAsync<long>(
            "select count(*) from reporting.submissions where province = 'son-la' and year = 2026 and number = 4 and stage_key = 'thanh-vien'"));
        if (page == Thematic && user == "son-la.secretariat")
        {
            var thematic = await Html.GetAsync(client, page);
            Assert.Equal(members.Count - 3, thematic.QuerySelectorAll("section[aria-labelledby=sources] .alert li").Length); // the draft shows what arrived
            Assert.Contains($"Đã nhận {members.Count}/{members.Count} báo cáo.", thematic.Text(), StringComparison.Ordinal);
        }

        Assert.True(before > 0, $"the page read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }

    /// <summary>The seats that owe a member report for the quarter, as the chain says.</summary>
    private List<string> MemberSeats()
    {
        var province = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!;
        var calendar = host.Services.GetRequiredService<IWorkingCalendar>();
        return [.. DeadlineChain.For(province, new Period(PeriodKind.Quarter, 2026, 4), calendar)
            .Where(o => o.Stage.Key == "thanh-vien" && o.Submitter.Kind == SubmitterKind.Seat)
            .Select(o => o.Submitter.Key)];
    }

    // For each seat a replaced first version and a submitted second one, with text in every section.
    private Task SubmitAsync(IEnumerable<string> seats) => host.Database.ExecuteAsync($"""
        insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                           full_results, full_shortcomings, full_causes, full_tasks_and_solutions, full_proposals,
                                           updated_by, updated_at, submitted_by, submitted_at, submitted_on)
        select gen_random_uuid(), 'son-la', 0, 2026, 4, 'thanh-vien', 0, seat, edition, case edition when 1 then 2 else 1 end,
               'Kết quả của ' || seat, 'Hạn chế', 'Nguyên nhân', 'Nhiệm vụ', 'Đề xuất',
               'thử', now(), 'thử', now(), date '2026-12-01' + edition
        from unnest(array[{string.Join(", ", seats.Select(s => $"'{s}'"))}]::text[]) seat cross join generate_series(1, 2) edition
        """);
}
