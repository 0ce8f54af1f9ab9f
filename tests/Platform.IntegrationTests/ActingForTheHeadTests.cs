using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.IntegrationTests;

/// <summary>
/// Đắk Lắk, Art. 5.1: when the head is away the standing deputy acts for him. The head (or the standing agency, from
/// the head's document) names the acting deputy for a span of days; within it the deputy approves in the head's place
/// and what he approves is marked "KT. TRƯỞNG BAN"; from the day after, he is refused. The standing agency also enters
/// decisions the head took on paper, naming both people and the document.
/// </summary>
public sealed class ActingForTheHeadTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "dak-lak";
    private const string StandingDeputy = "pho-truong-ban-thuong-truc";
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("dak-lak.secretariat");
        _head = await host.SignInAsync("dak-lak.leader");
        _member = await host.SignInAsync("dak-lak.member");
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private IReadOnlyList<SeatDefinition> MemberSeats =>
        [.. host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.Where(s => s.Role == SeatRole.Member)];

    private static Dictionary<string, string> Span(DateOnly from, DateOnly until, string number) => new()
    {
        ["Form.ActingSeatKey"] = StandingDeputy,
        ["Form.From"] = VietnamTime.Format(from),
        ["Form.Until"] = VietnamTime.Format(until),
        ["Form.DocumentNumber"] = number,
        ["Form.DocumentDate"] = VietnamTime.Format(Today),
        ["Form.DocumentSigner"] = "Trưởng Ban Chỉ đạo",
    };

    private static Task<HttpResponseMessage> NameAsync(HttpClient client, Dictionary<string, string> span) =>
        Forms.SubmitAsync(client, "/dak-lak/acting", "[name='Form.DocumentNumber']", span);

    private static IElement InviteeRow(IDocument meetingPage, string office) =>
        meetingPage.QuerySelectorAll("section[aria-labelledby=invitees] tbody tr").Single(r => r.Children[1].Text() == office);

    [Fact]
    public async Task Dak_Lak_the_acting_standing_deputy_approves_an_absence_within_the_span_and_is_refused_the_day_after_under_Art_5_1()
    {
        var named = await NameAsync(_head, Span(Today, Today.AddDays(2), "25/QĐ-BCĐ"));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("Đã ghi nhận việc giao quyền.", (await Html.ParseAsync(named)).Text(), StringComparison.Ordinal);

        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp khi Trưởng Ban đi công tác", MeetingSteps.DaysAhead(21)));
        var (first, second) = (MemberSeats[0], MemberSeats[1]);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, first.Key)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, first.Key);
        var deputy = await host.SignInHoldingAsync(Province, StandingDeputy);

        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(deputy, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var reference = $"25/QĐ-BCĐ ({VietnamTime.Format(Today)})";
        Assert.Equal($"dak-lak.{StandingDeputy}|{reference}", await host.Database.ScalarAsync<string>(
            $"select decided_by || '|' || acting_document from meetings.absence_requests where id = '{request}' and status = 1"));
        var row = InviteeRow(await Html.GetAsync(_member, $"/dak-lak/meetings/{meeting}"), first.Office).Text();
        Assert.Contains($"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN dak-lak.{StandingDeputy} (theo văn bản số {reference})", row, StringComparison.Ordinal);

        // The last day of the span is the 2nd day after today; on the 3rd the deputy no longer acts.
        var other = await host.SignInHoldingAsync(Province, second.Key, ProvinceRole.Member);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(other, Province, meeting, second.Key)).StatusCode);
        var late = await MeetingSteps.RequestIdAsync(host, meeting, second.Key);
        host.Clock.Now = new DateTimeOffset(Today.AddDays(3).ToDateTime(new TimeOnly(9, 0)), MeetingSteps.Vietnam).ToUniversalTime();

        Assert.False(await Forms.OffersAsync(deputy, "/dak-lak/meetings/decisions", $"input[name=requestId][value='{late}']"));
        var refused = await MeetingSteps.DecideWithoutFormAsync(host, deputy, Province, late, approve: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ Trưởng Ban đồng ý cho thành viên vắng mặt. (Đắk Lắk, Điều 9.3)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{late}'"));

        var byTheHead = await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, late, approve: true);
        Assert.Equal(HttpStatusCode.OK, byTheHead.StatusCode);
        Assert.True(await host.Database.ScalarAsync<bool>($"select acting_document is null from meetings.absence_requests where id = '{late}' and status = 1"));
    }

    [Fact]
    public async Task Dak_Lak_a_span_overlapping_another_is_refused_naming_the_field_and_keeping_what_was_typed()
    {
        var (from, until) = (Today.AddDays(30), Today.AddDays(35));
        var entered = await NameAsync(_secretariat, Span(from, until, "40/QĐ-BCĐ"));
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var head = await host.Database.ScalarAsync<string>(
            "select p.full_name from committees.appointments a join committees.people p on p.id = a.person_id join committees.seats s on s.id = a.seat_id " +
            "where s.key = 'truong-ban' and s.province = 'dak-lak' and a.until is null");
        Assert.Equal($"dak-lak.secretariat|{head}", await host.Database.ScalarAsync<string>(
            "select recorded_by || '|' || on_behalf_of from committees.acting_spans where document_number = '40/QĐ-BCĐ'"));

        var overlapping = await NameAsync(_head, Span(until, until.AddDays(5), "41/QĐ-BCĐ"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlapping.StatusCode);
        var page = await Html.ParseAsync(overlapping);
        Assert.Contains($"Thời gian giao quyền trùng với thời gian đã giao ({VietnamTime.Format(from)}–{VietnamTime.Format(until)}, văn bản số 40/QĐ-BCĐ).",
            page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[role=alert] a[href='#Form_From']"));
        Assert.Equal("41/QĐ-BCĐ", page.QuerySelector("input[name='Form.DocumentNumber']")!.GetAttribute("value"));
        Assert.Equal(VietnamTime.Format(until.AddDays(5)), page.QuerySelector("input[name='Form.Until']")!.GetAttribute("value"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from committees.acting_spans where document_number = '41/QĐ-BCĐ'"));
    }

    [Fact]
    public async Task Only_the_head_or_the_standing_agency_names_an_acting_deputy()
    {
        var refused = await NameAsync(_member, Span(Today.AddDays(60), Today.AddDays(61), "50/QĐ-BCĐ"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from committees.acting_spans where document_number = '50/QĐ-BCĐ'"));
    }

    [Fact]
    public async Task The_standing_agency_enters_the_heads_paper_decision_naming_both_people_and_the_document_and_it_is_audited()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp có quyết định trên giấy", MeetingSteps.DaysAhead(22)));
        var seat = MemberSeats[0];
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, seat.Key)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, seat.Key);
        var url = $"/dak-lak/meetings/{meeting}/absences/{request}/on-behalf";

        Assert.Equal(HttpStatusCode.Forbidden, (await _member.GetAsync(url)).StatusCode);
        var withoutDocument = await Forms.SubmitAsync(_secretariat, url, "[name=DocumentNumber]", new Dictionary<string, string>
        {
            ["DocumentNumber"] = "",
            ["DocumentDate"] = VietnamTime.Format(Today),
            ["Note"] = "Đồng ý theo phiếu trình.",
            ["approve"] = "true",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutDocument.StatusCode);
        Assert.Contains("Hãy nhập số văn bản của người có thẩm quyền", (await Html.ParseAsync(withoutDocument)).Text(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));

        var entered = await Forms.SubmitAsync(_secretariat, url, "[name=DocumentNumber]", new Dictionary<string, string>
        {
            ["DocumentNumber"] = "31/PC-BCĐ",
            ["DocumentDate"] = VietnamTime.Format(Today),
            ["approve"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var document = $"31/PC-BCĐ ({VietnamTime.Format(Today)})";
        var recorded = await host.Database.ScalarAsync<string>(
            $"select decided_by || '|' || entered_for || '|' || paper_document from meetings.absence_requests where id = '{request}' and status = 1");
        var parts = recorded.Split('|');
        Assert.Equal("dak-lak.secretariat", parts[0]);
        Assert.EndsWith("Chủ tịch UBND tỉnh", parts[1], StringComparison.Ordinal);
        Assert.Equal(document, parts[2]);
        var row = InviteeRow(await Html.GetAsync(_member, $"/dak-lak/meetings/{meeting}"), seat.Office).Text();
        Assert.Contains($"{parts[1]} (nhập thay, theo văn bản số {document}; người nhập: dak-lak.secretariat)", row, StringComparison.Ordinal);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.entries where entity_id = '{request}' and actor_name = 'dak-lak.secretariat' and after::text like '%31/PC-BCĐ%'"));
    }
}
