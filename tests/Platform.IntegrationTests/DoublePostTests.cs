using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Core.Dates;
using Platform.Core.Submissions;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A form sent twice — a double click, a browser's or a network's retry of the same POST — creates one record, not
/// two (issue 18.5). Every post form carries a one-time key beside its antiforgery token; the first post of a key runs,
/// a repeat is sent to where the first led. A form refused for its errors may be corrected and sent with the same key;
/// a key counts only for the account that sent it; a key left behind by a request that never finished expires.
/// </summary>
public sealed class DoublePostTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Every_post_form_carries_a_key_of_its_own_and_each_rendering_a_new_one()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        var task = await TaskOfAsync(await SendAsync(leader, await OpenAsync(leader, "son-la"), "Nhiệm vụ để xem các biểu mẫu"));

        var page = await Html.GetAsync(secretariat, $"/son-la/tasks/{task}");
        var forms = page.QuerySelectorAll("form[method=post]").ToList();
        Assert.True(forms.Count > 2, "The task page shows the secretariat several forms.");
        Assert.All(forms, f => Assert.Single(f.QuerySelectorAll($"input[type=hidden][name='{SubmissionKey.FieldName}']")));
        var keys = forms.Select(f => f.QuerySelector($"input[name='{SubmissionKey.FieldName}']")!.GetAttribute("value")).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.True(Guid.TryParse(k, out _)));
        var again = await Html.GetAsync(secretariat, $"/son-la/tasks/{task}");
        Assert.Empty(again.QuerySelectorAll($"input[name='{SubmissionKey.FieldName}']").Select(i => i.GetAttribute("value")).Intersect(keys));
    }

    [Fact]
    public async Task The_same_form_sent_twice_creates_one_task_and_both_answers_lead_to_it()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Rà soát hồ sơ gửi hai lần liên tiếp";
        var form = await OpenAsync(leader, "son-la");

        var first = await SendAsync(leader, form, title);
        var second = await SendAsync(leader, form, title);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await CountAsync(title));
        // The repeat lands on the task the first post created.
        var landed = await leader.GetAsync(second.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains(title, (await Html.ParseAsync(landed)).QuerySelector("main h1")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_double_click_the_page_the_browser_shows_says_what_was_done()
    {
        // A browser following redirects, as after a double click: it shows the second answer.
        var leader = await host.SignInAsync("son-la.leader");
        const string title = "Rà soát hồ sơ sau cú nhấp đúp";
        var form = await OpenAsync(leader, "son-la");

        var first = await SendAsync(leader, form, title);
        var second = await SendAsync(leader, form, title);

        Assert.Equal(first.RequestMessage!.RequestUri, second.RequestMessage!.RequestUri);
        Assert.Equal("Đã giao nhiệm vụ.", (await Html.ParseAsync(first)).QuerySelector("[role=status]")!.Text());
        Assert.Equal("Đã giao nhiệm vụ.", (await Html.ParseAsync(second)).QuerySelector("[role=status]")!.Text());
        Assert.Equal(1, await CountAsync(title));
    }

    [Fact]
    public async Task The_same_form_sent_twice_at_once_creates_one_task()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Rà soát hồ sơ gửi hai lần cùng lúc";
        var form = await OpenAsync(leader, "son-la");

        var answers = await Task.WhenAll(SendAsync(leader, form, title), SendAsync(leader, form, title));

        Assert.Equal(1, await CountAsync(title));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.SeeOther], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(answers[0].Headers.Location, answers[1].Headers.Location);
        Assert.StartsWith("/son-la/tasks/", answers[0].Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_refused_for_its_errors_is_corrected_and_sent_with_the_same_key_once()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Rà soát hồ sơ sau khi sửa hạn";
        var form = await OpenAsync(leader, "son-la");

        var refused = await SendAsync(leader, form, title, due: "31/02/2026");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await CountAsync(title));

        var corrected = await SendAsync(leader, form, title);
        var repeated = await SendAsync(leader, form, title);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, repeated.StatusCode);
        Assert.Equal(corrected.Headers.Location, repeated.Headers.Location);
        Assert.Equal(1, await CountAsync(title));
    }

    [Fact]
    public async Task A_key_claimed_by_another_account_is_not_honoured_for_this_one()
    {
        var sonLa = await host.SignInAsync("son-la.leader", NoRedirects);
        var dakLak = await host.SignInAsync("dak-lak.leader", NoRedirects);
        const string title = "Nhiệm vụ có khóa biểu mẫu bị chép sang tài khoản khác";
        var form = await OpenAsync(sonLa, "son-la");
        var first = await SendAsync(sonLa, form, title);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // The other account sends its own form with the first one's key.
        var other = await OpenAsync(dakLak, "dak-lak");
        var copied = other with { Fields = [.. other.Fields.Where(f => f.Key != SubmissionKey.FieldName), new(SubmissionKey.FieldName, KeyOf(form))] };
        var answer = await SendAsync(dakLak, copied, title, lead: "so-noi-vu");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/dak-lak/tasks/", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.Location, answer.Headers.Location);
        Assert.Equal(2, await CountAsync(title));
    }

    [Fact]
    public async Task A_repeat_while_the_first_post_is_still_running_is_told_the_form_was_received()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Nhiệm vụ gửi lại khi lần đầu chưa xong";
        var form = await OpenAsync(leader, "son-la");
        // The first post of this form holds its claim, still running.
        await ClaimAsync("son-la.leader", KeyOf(form), "now()");

        var repeat = await SendAsync(leader, form, title);

        Assert.Equal(HttpStatusCode.Conflict, repeat.StatusCode);
        var page = await Html.ParseAsync(repeat);
        Assert.Equal("Đã nhận biểu mẫu này", page.QuerySelector("main h1")!.Text());
        Assert.Equal(0, await CountAsync(title));
    }

    [Fact]
    public async Task A_claim_left_behind_by_a_post_that_never_finished_expires()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Nhiệm vụ gửi lại sau khi máy chủ dừng giữa chừng";
        var form = await OpenAsync(leader, "son-la");
        await ClaimAsync("son-la.leader", KeyOf(form), "now() - interval '3 minutes'");

        var answer = await SendAsync(leader, form, title);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(1, await CountAsync(title));
    }

    [Fact]
    public async Task A_post_without_a_key_runs_as_before()
    {
        var leader = await host.SignInAsync("son-la.leader", NoRedirects);
        const string title = "Nhiệm vụ gửi bằng biểu mẫu tự soạn";
        var form = await OpenAsync(leader, "son-la");
        var keyless = form with { Fields = [.. form.Fields.Where(f => f.Key != SubmissionKey.FieldName)] };

        var first = await SendAsync(leader, keyless, title);
        var second = await SendAsync(leader, keyless, title);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, await CountAsync(title));
    }

    private static Task<OpenForm> OpenAsync(HttpClient leader, string province) =>
        Forms.OpenAsync(leader, $"/{province}/tasks/new", "[name='Form.Title']");

    private static string KeyOf(OpenForm form) => form.Fields.Single(f => f.Key == SubmissionKey.FieldName).Value;

    /// <summary>Sends the direct assignment form as the page rendered it, with a title, a lead agency and a due date.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient leader, OpenForm form, string title, string lead = "so-noi-vu", string? due = null) =>
        form.SendAsync(leader, new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.LeadAgencyKey"] = lead,
            ["Form.Due"] = due ?? VietnamTime.Format(VietnamTime.Today(TimeProvider.System).AddDays(30)),
        });

    private static Task<Guid> TaskOfAsync(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        return Task.FromResult(Guid.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<long> CountAsync(string title) =>
        host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where title = '{title}'");

    /// <summary>A claim of <paramref name="key"/> for the account, in progress since <paramref name="since"/> (SQL).</summary>
    private Task ClaimAsync(string userName, string key, string since) =>
        host.Database.ExecuteAsync($"""
            insert into submissions.claims (user_id, key, claimed_at)
            select id::text, '{key}', {since} from identity.accounts where user_name = '{userName}'
            """);
}
