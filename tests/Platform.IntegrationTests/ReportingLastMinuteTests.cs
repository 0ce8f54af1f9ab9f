using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A report sent at the last minute, while the page's script is still saving it: the first draft created by two
/// requests at once, the author's own autosave landing just before "Gửi báo cáo", or just after it. Whatever the
/// order PostgreSQL sees them in, the report ends submitted once, with what was on the screen, and nobody gets a 500
/// or a 409 for their own typing.
/// </summary>
public sealed class ReportingLastMinuteTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat
    private const string ResultsField = "textarea[name='Form.Results']";

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static string Write(string period) => $"/son-la/reports/write?ky={period}&buoc=thanh-vien&ai={MemberSeat}";

    private static HttpRequestMessage Autosave(string period, OpenForm form, string results)
    {
        var fields = form.Fields.Where(f => f.Key != "Form.Results").Append(new("Form.Results", results));
        var request = new HttpRequestMessage(HttpMethod.Post, Write(period) + "&handler=Save") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Autosave", "1");
        return request;
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string period, OpenForm form, string results) =>
        (form with { Action = Write(period) + "&handler=Submit" }).SendAsync(client, new Dictionary<string, string> { ["Form.Results"] = results });

    /// <summary>Every version of the member's report for the period: "edition:status", in order, and the text of each.</summary>
    private async Task<string> VersionsAsync(string period)
    {
        var kind = period[0] switch { 'Q' => 0, 'H' => 1, _ => 2 };
        var year = period[^4..];
        var number = kind == 2 ? "1" : period[1..2];
        return await host.Database.ScalarAsync<string>($"""
            select coalesce(string_agg(edition || ':' || status || ':' || coalesce(full_results, ''), ',' order by edition), '')
            from reporting.submissions
            where province = 'son-la' and period_kind = {kind} and year = {year} and number = {number} and stage_key = 'thanh-vien' and submitter_key = '{MemberSeat}'
            """);
    }

    private static async Task AssertSubmittedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã gửi báo cáo; nơi nhận xem được ngay.", (await Html.ParseAsync(response)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_draft_autosaves_and_the_submit_end_in_one_submitted_version()
    {
        var member = await host.SignInAsync("son-la.member");
        string[] periods = ["Q1-2031", "Q2-2031", "Q3-2031", "Q4-2031", "Q1-2032", "Q2-2032", "Q3-2032", "Q4-2032", "Q1-2035", "Q2-2035", "Q3-2035", "Q4-2035"];
        foreach (var period in periods)
        {
            var form = await Forms.OpenAsync(member, Write(period), ResultsField);
            var typed = $"Báo cáo {period}: đã gõ xong.";
            var autosaves = Enumerable.Range(1, 3).Select(i => member.SendAsync(Autosave(period, form, typed[..(typed.Length * i / 4)]))).ToList();
            var submit = SubmitAsync(member, period, form, typed);
            await Task.WhenAll([.. autosaves, submit]);
            var late = await member.SendAsync(Autosave(period, form, typed[..5]));

            await AssertSubmittedAsync(await submit);
            foreach (var autosave in autosaves.Select(a => a.Result).Append(late))
            {
                Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
            }

            Assert.Equal($"1:1:{typed}", await VersionsAsync(period));
        }
    }

    [Fact]
    public async Task An_autosave_arriving_after_the_submission_starts_no_new_draft_and_says_it_was_sent()
    {
        var member = await host.SignInAsync("son-la.member");
        var form = await Forms.OpenAsync(member, Write("Q3-2033"), ResultsField);
        await AssertSubmittedAsync(await SubmitAsync(member, "Q3-2033", form, "Kết quả quý ba."));

        using var late = await member.SendAsync(Autosave("Q3-2033", form, "Kết quả"));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        using var answer = JsonDocument.Parse(await late.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.GetProperty("submitted").GetBoolean());
        Assert.Equal("Báo cáo đã được gửi; không tự động lưu nữa.", answer.RootElement.GetProperty("message").GetString());
        Assert.Equal("1:1:Kết quả quý ba.", await VersionsAsync("Q3-2033"));
    }

    [Fact]
    public async Task The_authors_own_autosave_just_before_the_submit_is_no_conflict()
    {
        var member = await host.SignInAsync("son-la.member");
        var form = await Forms.OpenAsync(member, Write("Q4-2033"), ResultsField);
        using var autosaved = await member.SendAsync(Autosave("Q4-2033", form, "Kết quả quý"));
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);

        // The form still carries version 0: the autosave's answer had not reached the page when the author pressed the button.
        await AssertSubmittedAsync(await SubmitAsync(member, "Q4-2033", form, "Kết quả quý bốn."));

        Assert.Equal("1:1:Kết quả quý bốn.", await VersionsAsync("Q4-2033"));
    }

    [Fact]
    public async Task Pressing_submit_twice_submits_once()
    {
        var member = await host.SignInAsync("son-la.member");
        var form = await Forms.OpenAsync(member, Write("Q1-2033"), ResultsField);

        await AssertSubmittedAsync(await SubmitAsync(member, "Q1-2033", form, "Kết quả quý một."));
        await AssertSubmittedAsync(await SubmitAsync(member, "Q1-2033", form, "Kết quả quý một."));

        Assert.Equal("1:1:Kết quả quý một.", await VersionsAsync("Q1-2033"));
    }

    [Fact]
    public async Task Another_tabs_stale_submit_is_still_refused_with_409_and_keeps_what_was_typed()
    {
        var member = await host.SignInAsync("son-la.member");
        var first = await Forms.OpenAsync(member, Write("Q2-2033"), ResultsField);
        var second = await Forms.OpenAsync(member, Write("Q2-2033"), ResultsField);
        using var saved = await member.SendAsync(Autosave("Q2-2033", first, "Từ thẻ thứ nhất"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var stale = await SubmitAsync(member, "Q2-2033", second, "Từ thẻ thứ hai");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Từ thẻ thứ hai", (await Html.ParseAsync(stale)).QuerySelector(ResultsField)!.TextContent);
        Assert.Equal("1:0:Từ thẻ thứ nhất", await VersionsAsync("Q2-2033"));
    }
}
