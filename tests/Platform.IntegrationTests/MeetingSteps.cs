using System.Globalization;
using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>A meeting as the secretariat types it on the scheduling form.</summary>
internal sealed record MeetingPlan(string Title, DateTimeOffset StartsAt)
{
    public string Kind { get; init; } = "Periodic";
    public string Chair { get; init; } = "truong-ban";
    public string Delegation { get; init; } = "";
    public bool TakesOpinions { get; init; }

    /// <summary>Tests about other rules confirm a day off or a late hour at once: their dates follow today's.</summary>
    public bool ScheduleAnyway { get; init; } = true;
}

/// <summary>What users do on the meeting pages, through the pages.</summary>
internal static class MeetingSteps
{
    /// <summary>Vietnam has one time zone, seven hours ahead of UTC, with no summer time.</summary>
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>
    /// A day <paramref name="days"/> from today at <paramref name="hour"/>:00 in Vietnam, as UTC: the moment a test
    /// sets the clock to must be UTC, as <see cref="TimeProvider.GetUtcNow"/> promises.
    /// </summary>
    public static DateTimeOffset DaysAhead(int days, int hour = 14)
    {
        var day = VietnamTime.Today(TimeProvider.System).AddDays(days);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Vietnam).ToUniversalTime();
    }

    public static Dictionary<string, string> Form(MeetingPlan plan) => new()
    {
        ["Form.Kind"] = plan.Kind,
        ["Form.Title"] = plan.Title,
        ["Form.Date"] = plan.StartsAt.ToOffset(Vietnam).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ["Form.Time"] = plan.StartsAt.ToOffset(Vietnam).ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Form.Duration"] = "120",
        ["Form.Mode"] = "InPerson",
        ["Form.Location"] = "Phòng họp số 1, UBND tỉnh",
        ["Form.ChairSeatKey"] = plan.Chair,
        ["Form.Delegation"] = plan.Delegation,
        ["Form.TakesOpinions"] = plan.TakesOpinions ? "true" : "false",
        ["Form.ScheduleAnyway"] = plan.ScheduleAnyway ? "true" : "false",
    };

    /// <summary>Sends the scheduling form; the response is the meeting's page when it was accepted.</summary>
    public static Task<HttpResponseMessage> SendScheduleAsync(HttpClient secretariat, string province, MeetingPlan plan) =>
        Forms.SubmitAsync(secretariat, $"/{province}/meetings/edit", "[name='Form.Title']", Form(plan));

    /// <summary>Schedules a meeting through the form and returns its id.</summary>
    public static async Task<Guid> ScheduleAsync(HttpClient secretariat, string province, MeetingPlan plan)
    {
        var response = await SendScheduleAsync(secretariat, province, plan);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith($"/{province}/meetings/", path, StringComparison.Ordinal);
        return Guid.Parse(path[$"/{province}/meetings/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Schedules a meeting that began yesterday and records it as held, as the secretariat does once it has met.</summary>
    public static async Task<Guid> HeldAsync(HttpClient secretariat, string province, string title)
    {
        var meeting = await ScheduleAsync(secretariat, province, new(title, DaysAhead(-1)));
        var held = await Forms.SubmitAsync(secretariat, $"/{province}/meetings/{meeting}/status", "form[action$='handler=Held']");
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        return meeting;
    }

    /// <summary>The secretariat drafts the conclusion notice: number, today's date, signer and numbered items with their lead agencies.</summary>
    public static async Task DraftNoticeAsync(HttpClient secretariat, string province, Guid meeting, params (string Text, string LeadAgency)[] items)
    {
        var typed = new Dictionary<string, string>
        {
            ["Form.Number"] = "15/TB-BCĐ",
            ["Form.Date"] = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
            ["Form.Signer"] = "Trưởng Ban Chỉ đạo",
            ["Form.Preamble"] = "Ngày hôm qua, Ban Chỉ đạo họp phiên thường kỳ; sau khi nghe báo cáo, người chủ trì kết luận như sau.",
        };
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            typed[$"Form.Items[{i}].Text"] = item.Text;
            typed[$"Form.Items[{i}].LeadAgencyKey"] = item.LeadAgency;
        }

        var saved = await Forms.SubmitAsync(secretariat, $"/{province}/meetings/{meeting}/notice", "[name='Form.Number']", typed);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    /// <summary>A member asks to be excused from the meeting, perhaps sending a substitute.</summary>
    public static Task<HttpResponseMessage> AskToBeExcusedAsync(
        HttpClient member, string province, Guid meeting, string seat, string? substitute = null, string? writtenOpinion = null)
    {
        var typed = new Dictionary<string, string> { ["Form.Reason"] = "Dự họp Hội đồng nhân dân tỉnh cùng giờ" };
        if (substitute is not null)
        {
            typed["Form.SendsSubstitute"] = "true";
            typed["Form.SubstituteName"] = substitute;
            typed["Form.SubstituteTitle"] = "Phó Giám đốc Sở";
        }

        if (writtenOpinion is not null)
        {
            typed["Form.WrittenOpinion"] = writtenOpinion;
        }

        return Forms.SubmitAsync(member, $"/{province}/meetings/{meeting}/absence?ghe={seat}", "[name='Form.Reason']", typed);
    }

    /// <summary>The approver agrees or refuses through the form the decisions page shows them for the request.</summary>
    public static Task<HttpResponseMessage> DecideOnDecisionsPageAsync(HttpClient approver, string province, Guid request, bool approve, string note = "") =>
        Forms.SubmitAsync(approver, $"/{province}/meetings/decisions", $"input[name=requestId][value='{request}']", new Dictionary<string, string>
        {
            ["approve"] = approve ? "true" : "false",
            ["Note"] = note,
        });

    /// <summary>Someone the decisions page offers no form for sends the decision anyway, with the request's current version.</summary>
    public static async Task<HttpResponseMessage> DecideWithoutFormAsync(MeetingHost host, HttpClient user, string province, Guid request, bool approve)
    {
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from meetings.absence_requests where id = '{request}'");
        return await Forms.PostAsync(user, $"/{province}/meetings/decisions", $"/{province}/meetings/decisions", new Dictionary<string, string>
        {
            ["requestId"] = request.ToString(),
            ["approve"] = approve ? "true" : "false",
            ["version"] = version,
            ["Note"] = "",
        });
    }

    /// <summary>The latest absence request for <paramref name="seat"/> at the meeting.</summary>
    public static Task<Guid> RequestIdAsync(MeetingHost host, Guid meeting, string seat) =>
        host.Database.ScalarAsync<Guid>($"select id from meetings.absence_requests where meeting_id = '{meeting}' and seat_key = '{seat}' order by requested_at desc limit 1");

    /// <summary>The text of the page's alerts, where refusals are explained.</summary>
    public static async Task<string> AlertAsync(HttpResponseMessage response) =>
        string.Join(" ", (await Html.ParseAsync(response)).QuerySelectorAll("[role=alert]").Select(a => a.Text()));
}
