using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>A task as a leader types it on the direct assignment form.</summary>
internal sealed record Assignment(string Title, string LeadAgency, DateOnly Due)
{
    public string[] CoAgencies { get; init; } = [];
    public string ExpectedOutput { get; init; } = "";
    public string Portfolio { get; init; } = "";
    public string Recurrence { get; init; } = "None";
    public DateOnly? Until { get; init; }
}

/// <summary>What users do on the task pages, through the pages.</summary>
internal static class TaskSteps
{
    public static string Day(DateOnly day) => VietnamTime.Format(day);

    /// <summary>The instant it is <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="day"/> in Vietnam, as UTC.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), MeetingSteps.Vietnam).ToUniversalTime();

    /// <summary>The task a page shows, from its address (a redirect after a post lands there).</summary>
    public static Guid TaskId(HttpResponseMessage response, string province)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith($"/{province}/tasks/", path, StringComparison.Ordinal);
        return Guid.Parse(path[$"/{province}/tasks/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Sends the direct assignment form of <c>/tasks/new</c>.</summary>
    public static Task<HttpResponseMessage> SendAssignmentAsync(HttpClient leader, string province, Assignment task)
    {
        var typed = new Dictionary<string, string>
        {
            ["Form.Title"] = task.Title,
            ["Form.ExpectedOutput"] = task.ExpectedOutput,
            ["Form.LeadAgencyKey"] = task.LeadAgency,
            ["Form.PortfolioKey"] = task.Portfolio,
            ["Form.Due"] = Day(task.Due),
            ["Form.Recurrence"] = task.Recurrence,
            ["Form.Until"] = task.Until is { } until ? Day(until) : "",
        };
        return SendWithCoAgenciesAsync(leader, $"/{province}/tasks/new", typed, task.CoAgencies);
    }

    /// <summary>A leader assigns a task directly; returns the task (the first of a series).</summary>
    public static async Task<Guid> AssignAsync(HttpClient leader, string province, Assignment task)
    {
        var response = await SendAssignmentAsync(leader, province, task);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã giao nhiệm vụ.", (await Html.ParseAsync(response)).Text(), StringComparison.Ordinal);
        return TaskId(response, province);
    }

    /// <summary>
    /// The secretariat records a meeting held yesterday and drafts its notice with these items, the chair approves it
    /// and the secretariat issues it.
    /// </summary>
    public static async Task<Guid> ConcludedAsync(
        HttpClient secretariat, HttpClient chair, string province, MeetingPlan plan, params (string Text, string LeadAgency, DateOnly Due)[] items)
    {
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, province, plan);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, $"/{province}/meetings/{meeting}/status", "form[action$='handler=Held']")).StatusCode);
        var typed = new Dictionary<string, string>
        {
            ["Form.Number"] = "15/TB-BCĐ",
            ["Form.Date"] = Day(VietnamTime.Today(TimeProvider.System)),
            ["Form.Signer"] = "Phó Trưởng Ban Chỉ đạo",
            ["Form.Preamble"] = "Ban Chỉ đạo họp phiên chuyên đề; sau khi nghe báo cáo, người chủ trì kết luận như sau.",
        };
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            typed[$"Form.Items[{i}].Text"] = item.Text;
            typed[$"Form.Items[{i}].LeadAgencyKey"] = item.LeadAgency;
            typed[$"Form.Items[{i}].DueDate"] = Day(item.Due);
        }

        var notice = $"/{province}/meetings/{meeting}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, notice, "[name='Form.Number']", typed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(chair, notice, "form[action$='handler=Approve']")).StatusCode);
        var issued = await Forms.SubmitAsync(secretariat, notice, "form[action$='handler=Issue']");
        Assert.Contains("Đã ban hành thông báo kết luận", (await Html.ParseAsync(issued)).Text(), StringComparison.Ordinal);
        return meeting;
    }

    /// <summary>The items of a meeting's notice as the "Giao nhiệm vụ" page lists them.</summary>
    public static IReadOnlyList<IElement> ConclusionItems(IDocument newTaskPage, string province, Guid meeting)
    {
        var heading = newTaskPage.QuerySelectorAll("h3").Single(h => h.QuerySelector($"a[href='/{province}/meetings/{meeting}/notice']") is not null);
        return [.. heading.NextElementSibling!.QuerySelectorAll("li")];
    }

    /// <summary>The lead agency's focal point (or the secretariat) sends the progress form of the task page.</summary>
    public static Task<HttpResponseMessage> ReportAsync(HttpClient client, string province, Guid task, string text, string progress = "InProgress", string percent = "") =>
        Forms.SubmitAsync(client, $"/{province}/tasks/{task}", "[name=Text]", new Dictionary<string, string>
        {
            ["Text"] = text,
            ["Progress"] = progress,
            ["Percent"] = percent,
        });

    /// <summary>The lead agency asks for a later deadline through the task page's form.</summary>
    public static Task<HttpResponseMessage> AskExtensionAsync(HttpClient client, string province, Guid task, string newDue, string reason) =>
        Forms.SubmitAsync(client, $"/{province}/tasks/{task}", "[name=NewDue]", new Dictionary<string, string>
        {
            ["NewDue"] = newDue,
            ["ExtensionReason"] = reason,
        });

    /// <summary>Whoever assigned the task decides the pending extension through the form the task page shows them.</summary>
    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, string province, Guid task, bool approve, string note = "") =>
        Forms.SubmitAsync(client, $"/{province}/tasks/{task}", "input[name=requestId]", new Dictionary<string, string>
        {
            ["approve"] = approve ? "true" : "false",
            ["Note"] = note,
        });

    /// <summary>The standing agency marks a task done, reopens or cancels it.</summary>
    public static Task<HttpResponseMessage> SetAsync(HttpClient secretariat, string province, Guid task, string change, string reason = "") =>
        Forms.SubmitAsync(secretariat, $"/{province}/tasks/{task}", "[name=Reason]", new Dictionary<string, string>
        {
            ["change"] = change,
            ["Reason"] = reason,
        });

    /// <summary>The state badge under the task's title.</summary>
    public static async Task<string> StateAsync(HttpClient client, string province, Guid task) =>
        (await Html.GetAsync(client, $"/{province}/tasks/{task}")).QuerySelector("main h1 + p .badge")!.Text();

    /// <summary>The entries of the task's history, as read.</summary>
    public static async Task<IReadOnlyList<string>> HistoryAsync(HttpClient client, string province, Guid task) =>
        [.. (await Html.GetAsync(client, $"/{province}/tasks/{task}")).QuerySelectorAll("ol.history > li").Select(li => li.Text())];

    /// <summary>The titles a list shows, in order.</summary>
    public static IReadOnlyList<string> Titles(IDocument list) =>
        [.. list.QuerySelectorAll("table.tasks tbody tr td:first-child a").Select(a => a.Text())];

    private static async Task<HttpResponseMessage> SendWithCoAgenciesAsync(HttpClient client, string url, Dictionary<string, string> typed, string[] coAgencies)
    {
        var form = await Forms.OpenAsync(client, url, "[name='Form.Title']");
        var fields = form.Fields.Where(f => !typed.ContainsKey(f.Key) && f.Key != "Form.CoAgencyKeys").ToList();
        fields.AddRange(typed);
        fields.AddRange(coAgencies.Select(k => new KeyValuePair<string, string>("Form.CoAgencyKeys", k)));
        return await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }
}
