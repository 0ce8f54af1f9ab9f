using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Platform.Core.Dates;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Input no page should have to survive answers with a status and a message, never a fault (500): TRACE, a NUL
/// character, a malformed multipart body, a body over the limit, an invalid date, a value longer than its field; a
/// forged Host is refused, and links that leave the site use the configured public address.
/// </summary>
public sealed class RequestHardeningTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;
    private HttpClient _leader = null!;

    public async Task InitializeAsync()
    {
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _leader = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> TextAsync(HttpResponseMessage response) => (await Html.ParseAsync(response)).Text();

    private Task<long> MeetingsTitledAsync(string title) =>
        host.Database.ScalarAsync<long>($"select count(*) from meetings.meetings where title like '{title}%'");

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/son-la/meetings")]
    [InlineData("TRACK", "/account/login")]
    public async Task TRACE_is_not_allowed_and_says_so(string method, string url)
    {
        var response = await _secretariat.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Phương thức không được hỗ trợ.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_NUL_character_in_a_form_or_a_query_is_refused_with_a_message_and_nothing_is_saved()
    {
        var plan = new MeetingPlan("Họp thử ký tự NUL\0 trong tên", MeetingSteps.DaysAhead(20));

        var posted = await MeetingSteps.SendScheduleAsync(_secretariat, "son-la", plan);
        var searched = await _secretariat.GetAsync("/son-la/tasks?tim=bao%00cao");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var shown = await TextAsync(posted);
        Assert.Contains("Nội dung gửi lên có ký tự không hợp lệ (NUL).", shown, StringComparison.Ordinal);
        Assert.Equal(0L, await MeetingsTitledAsync("Họp thử ký tự NUL"));
        Assert.Equal(HttpStatusCode.BadRequest, searched.StatusCode);
        Assert.Contains("(NUL)", await TextAsync(searched), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_multipart_body_answers_400_with_a_message()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Họp thử biểu mẫu hỏng", MeetingSteps.DaysAhead(21)));
        var token = FormPost.Hidden(await _secretariat.GetStringAsync($"/son-la/meetings/{meeting}/documents"), "__RequestVerificationToken");
        var broken = new ByteArrayContent(Encoding.ASCII.GetBytes(
            $"--xyz\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 no closing boundary"));
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await _secretariat.PostAsync($"/son-la/meetings/{meeting}/documents", broken);
        var anonymous = await host.CreateClient().PostAsync("/account/login", new ByteArrayContent("not a multipart body"u8.ToArray()) { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu gửi lên không đọc được.", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
        Assert.True((int)anonymous.StatusCode is >= 400 and < 500, $"{(int)anonymous.StatusCode}");
    }

    [Fact]
    public async Task A_task_longer_than_its_column_is_refused_with_its_limit_not_a_database_fault()
    {
        var title = "Nhiệm vụ quá dài " + new string('x', 1000);

        var response = await TaskSteps.SendAssignmentAsync(_leader, "son-la", new(title, "so-noi-vu", VietnamTime.Today(TimeProvider.System).AddDays(30)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 1000 ký tự", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where title like 'Nhiệm vụ quá dài%'"));
    }

    [Fact]
    public async Task A_field_that_states_no_limit_is_held_to_the_default_and_the_forms_show_their_limits()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Họp thử trường dài", MeetingSteps.DaysAhead(22)));
        // The chair (here the head) invites guests (Sơn La, Art. 12.3).
        var guest = await Forms.SubmitAsync(_leader, $"/son-la/meetings/{meeting}/invitees", "#GuestName", new Dictionary<string, string>
        {
            ["GuestName"] = new string('A', 201),
            ["GuestOrganisation"] = "Sở Khoa học và Công nghệ",
        });
        Assert.Equal(HttpStatusCode.BadRequest, guest.StatusCode);
        Assert.Contains("tối đa 200 ký tự", await TextAsync(guest), StringComparison.Ordinal);

        var edit = await Html.GetAsync(_secretariat, "/son-la/meetings/edit");
        Assert.Equal("500", edit.QuerySelector("#Form_Title")!.GetAttribute("maxlength"));
        Assert.Contains("tối đa 500 ký tự", edit.QuerySelector("label[for=Form_Title]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("20000", edit.QuerySelector("#Form_Objectives")!.GetAttribute("maxlength"));
        Assert.Null(edit.QuerySelector("#Form_Date")!.GetAttribute("maxlength"));
        foreach (var concern in new[] { "status", "agenda", "minutes" })
        {
            var page = await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}/{concern}");
            Assert.All(page.QuerySelectorAll("form[method=post] textarea, form[method=post] input[type=text]"),
                field => Assert.False(string.IsNullOrEmpty(field.GetAttribute("maxlength")) && field.GetAttribute("name") is not ("ItemMinutes"), $"{field.GetAttribute("name")} has no maxlength"));
        }
    }

    [Fact]
    public async Task An_over_long_user_name_never_reaches_the_audit_trail()
    {
        var client = host.CreateClient();
        var name = "attacker" + new string('a', 10_000);

        var response = await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string> { ["UserName"] = name, ["Password"] = "khong-dung" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 200 ký tự", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from audit.entries where entity_id like 'attacker%'"));
        Assert.Equal("200", (await Html.GetAsync(client, "/account/login")).QuerySelector("#UserName")!.GetAttribute("maxlength"));
    }

    /// <summary>Every text field of every form on these pages, filled with an impossible date and then with far too much text.</summary>
    [Theory]
    [InlineData("31/02/2027")]
    [InlineData("99/99/99999")]
    [InlineData("LONG")]
    public async Task Every_form_answers_bad_input_with_a_message_never_a_fault(string typed)
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Họp thử mọi biểu mẫu " + typed, MeetingSteps.DaysAhead(23)));
        var task = await TaskSteps.AssignAsync(_leader, "son-la", new("Nhiệm vụ thử mọi biểu mẫu " + typed, "so-noi-vu", VietnamTime.Today(TimeProvider.System).AddDays(40)));
        var value = typed == "LONG" ? new string('d', 100_001) : typed;
        var faults = new List<string>();
        foreach (var (client, url) in new[]
        {
            (_secretariat, "/son-la/meetings/edit"),
            (_secretariat, $"/son-la/meetings/edit/{meeting}"),
            (_secretariat, $"/son-la/meetings/{meeting}/status"),
            (_secretariat, $"/son-la/meetings/{meeting}/agenda"),
            (_leader, $"/son-la/meetings/{meeting}/invitees"),
            (_secretariat, $"/son-la/meetings/{meeting}/notice"),
            (_leader, "/son-la/tasks/new"),
            (_leader, $"/son-la/tasks/{task}"),
            (_secretariat, "/son-la/reports/settings"),
        })
        {
            var page = await Html.GetAsync(client, url);
            foreach (var form in page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>())
            {
                var fields = Forms.Fields(form)
                    .Select(f => form.QuerySelector($"[name='{f.Key}']") is IHtmlInputElement { Type: "text" } or IHtmlTextAreaElement ? new KeyValuePair<string, string>(f.Key, value) : f)
                    .ToList();
                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
                if ((int)response.StatusCode >= 500)
                {
                    faults.Add($"{action} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(faults);
        var query = await _secretariat.GetAsync("/son-la/members?ngay=" + Uri.EscapeDataString(value[..Math.Min(value.Length, 2000)]));
        Assert.True((int)query.StatusCode < 500, $"{(int)query.StatusCode}");
    }

    [Fact]
    public async Task A_forged_Host_is_refused()
    {
        var forged = await host.CreateClient().GetAsync("http://platform.attacker.example/account/login");
        var allowed = await host.CreateClient().GetAsync("http://localhost/account/login");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task The_calendar_file_links_to_the_public_address_and_typed_line_breaks_cannot_add_a_property()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Họp thử lịch\r\nX-INJECTED:1\rATTACH:http://attacker.example/", MeetingSteps.DaysAhead(24)));

        var ics = await _secretariat.GetStringAsync($"/son-la/meetings/{meeting}/ics");

        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Contains($"URL:http://127.0.0.1:5080/son-la/meetings/{meeting}", lines);
        Assert.DoesNotContain("localhost", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("X-INJECTED", StringComparison.Ordinal) || l.StartsWith("ATTACH", StringComparison.Ordinal));
        Assert.Contains(@"SUMMARY:Họp thử lịch\nX-INJECTED:1\nATTACH:http://attacker.example/", lines);
        Assert.All(ics.Split("\r\n"), l => Assert.False(l.Contains('\r', StringComparison.Ordinal) || l.Contains('\n', StringComparison.Ordinal)));
    }
}

/// <summary>A body over the request limit (set low here) gets the message about the file size, not a fault.</summary>
public sealed class RequestBodyLimitTests(RequestBodyLimitTests.SmallLimitHost host) : IClassFixture<RequestBodyLimitTests.SmallLimitHost>
{
    public sealed class SmallLimitHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:MaxRequestMegabytes", "1");
        }
    }

    [Fact]
    public async Task An_upload_over_the_request_limit_answers_413_with_the_file_size_message()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new("Họp thử tệp vượt giới hạn", MeetingSteps.DaysAhead(25)));
        var form = await Forms.OpenAsync(secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]");
        var big = new byte[2 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(big);

        var response = await form.UploadAsync(secretariat, "lon.pdf", big, "application/pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = (await Html.ParseAsync(response)).Text();
        Assert.Contains("Nội dung gửi lên quá lớn", text, StringComparison.Ordinal);
        Assert.Contains("Tệp lớn hơn 20 MB", text, StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
    }
}
