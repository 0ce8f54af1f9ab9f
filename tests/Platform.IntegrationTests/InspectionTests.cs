using System.Globalization;
using System.Net;
using Platform.Core.Dates;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Inspection and supervision as the regulations put them: the standing agency drafts the annual plan (Đắk Lắk,
/// Art. 8.2), the head issues it and only then does it take effect (Art. 4.2); the head sets up missions, planned or
/// ad hoc (Art. 4.3) — in Sơn La the deputies too (Art. 6.2, 7.2); members join them (Art. 6.5; Sơn La, Art. 9.1đ);
/// the closing notice's recommendations become tasks of the inspected agencies.
/// </summary>
public sealed class InspectionTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("dak-lak.secretariat");
        _head = await host.SignInAsync("dak-lak.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task Dak_Lak_the_inspection_plan_takes_effect_only_when_the_head_issues_it_Art_4_2()
    {
        const int year = 2041;
        var drafted = await Forms.SubmitAsync(_secretariat, $"/dak-lak/kiem-tra?nam={year}", "[name=PlanContent]", new Dictionary<string, string>
        {
            ["PlanContent"] = "Kiểm tra việc triển khai chuyển đổi số tại các sở, ngành.",
        });
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var planned = await InspectionSteps.SetUpAsync(_secretariat, "dak-lak", new()
        {
            ["Form.Subject"] = "Kiểm tra chuyển đổi số tại Sở Nội vụ",
            ["Form.Agencies"] = "so-noi-vu",
            ["Form.LeadSeat"] = "truong-ban",
        }, year, from: Today.AddDays(-1), to: Today.AddDays(10));

        var draft = await Html.GetAsync(_secretariat, $"/dak-lak/kiem-tra?nam={year}");
        Assert.Equal("Dự thảo, chưa có hiệu lực", draft.QuerySelector("#plan-state")!.Text());
        Assert.Equal("0", draft.QuerySelector("#mission-counts [data-state=in-effect] strong")!.Text());
        Assert.Equal("Dự thảo (kế hoạch chưa ban hành)", draft.QuerySelector($"tr[data-mission='{planned}'] .state")!.Text());
        Assert.Contains("Đắk Lắk, Điều 8.2", draft.Text(), StringComparison.Ordinal);
        // A draft plan's mission takes no closing notice.
        Assert.Null((await Html.GetAsync(_head, $"/dak-lak/kiem-tra/doan/{planned}")).QuerySelector("#notice-form"));

        // A deputy head is not the issuer the pack names: refused, citing the article.
        var deputy = await host.SignInHoldingAsync("dak-lak", "pho-truong-ban-1");
        Assert.Null((await Html.GetAsync(deputy, $"/dak-lak/kiem-tra?nam={year}")).QuerySelector("form.issue-plan"));
        var refused = await Forms.PostAsync(deputy, $"/dak-lak/kiem-tra?nam={year}", $"/dak-lak/kiem-tra?nam={year}&handler=Issue", new Dictionary<string, string> { ["version"] = "0" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Đắk Lắk, Điều 4.2", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from inspections.plans where province = 'dak-lak' and year = {year} and issued_at is not null"));

        var issued = await Forms.SubmitAsync(_head, $"/dak-lak/kiem-tra?nam={year}", "[name=DocumentNumber]", new Dictionary<string, string>
        {
            ["DocumentNumber"] = "12/KH-BCĐ",
            ["DocumentDate"] = VietnamTime.Format(Today),
        });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await Html.ParseAsync(issued);
        Assert.Equal("Đã ban hành", page.QuerySelector("#plan-state")!.Text());
        Assert.Contains("12/KH-BCĐ", page.QuerySelector("#plan-issued")!.Text(), StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("#mission-counts [data-state=in-effect] strong")!.Text());
        Assert.Equal("1", page.QuerySelector("#mission-counts [data-state=inprogress] strong")!.Text());
        Assert.Equal("Đang kiểm tra", page.QuerySelector($"tr[data-mission='{planned}'] .state")!.Text());
        // Once issued, the standing agency no longer changes it.
        Assert.Null(page.QuerySelector("[name=PlanContent]"));
    }

    [Fact]
    public async Task A_missions_recommendation_becomes_a_task_for_the_inspected_agency_with_its_deadline()
    {
        var id = await InspectionSteps.SetUpAsync(_head, "dak-lak", new()
        {
            ["Form.Subject"] = "Kiểm tra đột xuất hạ tầng số tại Sở KH&CN",
            ["Form.Agencies"] = "so-khcn",
            ["Form.LeadSeat"] = "truong-ban",
            ["Form.Guests[0].Name"] = "Nguyễn Văn Chuyên",
            ["Form.Guests[0].Unit"] = "Trung tâm Chuyển đổi số",
        }, from: Today.AddDays(-3), to: Today.AddDays(2), adHoc: true);

        var findings = await Forms.SubmitAsync(_head, $"/dak-lak/kiem-tra/doan/{id}", "textarea[name='Findings[so-khcn]']", new Dictionary<string, string>
        {
            ["Findings[so-khcn]"] = "Hạ tầng máy chủ chưa được sao lưu định kỳ.",
        });
        Assert.Equal(HttpStatusCode.OK, findings.StatusCode);
        var due = Today.AddDays(45);
        var recommended = await Forms.SubmitAsync(_head, $"/dak-lak/kiem-tra/doan/{id}", "[name='Recommendation.Text']", new Dictionary<string, string>
        {
            ["Recommendation.Text"] = "Xây dựng quy trình sao lưu dữ liệu định kỳ.",
            ["Recommendation.LeadAgencyKey"] = "so-khcn",
            ["Recommendation.Due"] = VietnamTime.Format(due),
        });
        Assert.Equal(HttpStatusCode.OK, recommended.StatusCode);

        var noticed = await Forms.SubmitAsync(_head, $"/dak-lak/kiem-tra/doan/{id}", "[name=NoticeText]", new Dictionary<string, string>
        {
            ["NoticeText"] = "Sở KH&CN khắc phục các tồn tại về sao lưu dữ liệu.",
            ["NoticeNumber"] = "05/TB-BCĐ",
            ["NoticeDate"] = VietnamTime.Format(Today),
        });
        Assert.Equal(HttpStatusCode.OK, noticed.StatusCode);
        var page = await Html.ParseAsync(noticed);
        Assert.Equal("Đã có thông báo kết luận", page.QuerySelector("#state")!.Text());
        Assert.Contains("Nguyễn Văn Chuyên", page.QuerySelector("#team")!.Text(), StringComparison.Ordinal);

        Assert.Equal($"4|so-khcn|{due:yyyy-MM-dd}|truong-ban|kiem-tra/doan/{id}", await host.Database.ScalarAsync<string>(
            $"select source || '|' || lead_agency_key || '|' || due || '|' || issuer_seat_key || '|' || source_path from tasks.tasks where source_id = (select id from inspections.recommendations where mission_id = '{id}')"));
        var taskId = await host.Database.ScalarAsync<Guid>($"select id from tasks.tasks where source_id = (select id from inspections.recommendations where mission_id = '{id}')");
        var task = await Html.GetAsync(_head, $"/dak-lak/tasks/{taskId}");
        var link = task.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/dak-lak/kiem-tra/doan/{id}");
        Assert.Contains("Thông báo kết luận kiểm tra số 05/TB-BCĐ", link.Text(), StringComparison.Ordinal);
        Assert.Contains("Kết luận kiểm tra", task.Text(), StringComparison.Ordinal);

        // Findings are final once the notice is issued.
        var late = await Forms.PostAsync(_head, $"/dak-lak/kiem-tra/doan/{id}", $"/dak-lak/kiem-tra/doan/{id}?handler=Findings", new Dictionary<string, string>
        {
            ["Findings[so-khcn]"] = "Sửa sau khi đã kết luận.",
            ["version"] = (await host.Database.ScalarAsync<long>($"select xmin::text::bigint from inspections.missions where id = '{id}'")).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Đã ban hành thông báo kết luận kiểm tra", await MeetingSteps.AlertAsync(late), StringComparison.Ordinal);
        Assert.Equal("Hạ tầng máy chủ chưa được sao lưu định kỳ.", await host.Database.ScalarAsync<string>($"select findings from inspections.inspected_agencies where mission_id = '{id}'"));

        // The closing notice as a Decree 30 .docx: its number, the findings, the conclusion and the recommendation as
        // the task follows it, on the basis of the article the pack states (Đắk Lắk, Art. 4.3), signed for the committee.
        var docx = await _head.GetAsync($"/dak-lak/kiem-tra/doan/{id}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Số: 05/TB-", text, StringComparison.Ordinal);
        Assert.Contains("Thực hiện khoản 3 Điều 4 Quy chế", text, StringComparison.Ordinal);
        Assert.Contains("Hạ tầng máy chủ chưa được sao lưu định kỳ.", text, StringComparison.Ordinal);
        Assert.Contains("Sở KH&CN khắc phục các tồn tại về sao lưu dữ liệu.", text, StringComparison.Ordinal);
        Assert.Contains("Xây dựng quy trình sao lưu dữ liệu định kỳ.", text, StringComparison.Ordinal);
        Assert.Contains(VietnamTime.Format(due), text, StringComparison.Ordinal);
        Assert.Contains("TM. BAN CHỈ ĐẠO", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mission_without_a_lead_is_refused_and_what_was_typed_is_kept()
    {
        var before = await host.Database.ScalarAsync<long>("select count(*) from inspections.missions");
        var refused = await InspectionSteps.SendSetUpAsync(_head, "dak-lak", new()
        {
            ["Form.Subject"] = "Đoàn không có trưởng đoàn",
            ["Form.Agencies"] = "so-noi-vu",
            ["Form.Localities"] = "UBND xã Ea Kao",
            ["Form.LeadSeat"] = "",
        }, null, Today, Today.AddDays(3), adHoc: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Đoàn kiểm tra phải có trưởng đoàn", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Đoàn không có trưởng đoàn", page.QuerySelector("#subject")!.GetAttribute("value"));
        Assert.Equal("UBND xã Ea Kao", page.QuerySelector("#localities")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#agency-so-noi-vu")!.HasAttribute("checked"));
        Assert.Equal(before, await host.Database.ScalarAsync<long>("select count(*) from inspections.missions"));
    }

    [Fact]
    public async Task A_findings_edit_from_a_page_someone_else_has_since_saved_is_refused()
    {
        var id = await InspectionSteps.SetUpAsync(_head, "dak-lak", new()
        {
            ["Form.Subject"] = "Kiểm tra cải cách hành chính",
            ["Form.Agencies"] = "so-noi-vu",
            ["Form.LeadSeat"] = "truong-ban",
        }, from: Today, to: Today.AddDays(3), adHoc: true);

        var first = await Forms.OpenAsync(_secretariat, $"/dak-lak/kiem-tra/doan/{id}", "textarea[name='Findings[so-noi-vu]']");
        var second = await Forms.OpenAsync(_head, $"/dak-lak/kiem-tra/doan/{id}", "textarea[name='Findings[so-noi-vu]']");
        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(_secretariat, new Dictionary<string, string> { ["Findings[so-noi-vu]"] = "Bản của Cơ quan thường trực." })).StatusCode);
        var clash = await second.SendAsync(_head, new Dictionary<string, string> { ["Findings[so-noi-vu]"] = "Bản của trưởng đoàn." });

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("Bản của Cơ quan thường trực.", await host.Database.ScalarAsync<string>($"select findings from inspections.inspected_agencies where mission_id = '{id}'"));
    }

    [Fact]
    public async Task A_team_member_whose_agency_is_inspected_is_a_conflict_of_interest_the_deciding_leader_confirms()
    {
        var typed = new Dictionary<string, string>
        {
            ["Form.Subject"] = "Kiểm tra Sở KH&CN có Giám đốc Sở trong đoàn",
            ["Form.Agencies"] = "so-khcn",
            ["Form.LeadSeat"] = "truong-ban",
            ["Form.Members"] = "giam-doc-so-khcn",
        };
        var warned = await InspectionSteps.SendSetUpAsync(_head, "dak-lak", typed, null, Today, Today.AddDays(5), adHoc: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, warned.StatusCode);
        var page = await Html.ParseAsync(warned);
        Assert.Contains("Xung đột lợi ích", page.QuerySelector("#conflict")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#conflict-confirmed"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from inspections.missions where subject = 'Kiểm tra Sở KH&CN có Giám đốc Sở trong đoàn'"));

        // The standing agency, adding the mission to its draft plan, cannot confirm it for the leader.
        await Forms.SubmitAsync(_secretariat, "/dak-lak/kiem-tra?nam=2043", "[name=PlanContent]", new Dictionary<string, string> { ["PlanContent"] = "Kế hoạch năm 2043." });
        var secretariatConfirms = await InspectionSteps.SendSetUpAsync(_secretariat, "dak-lak", new Dictionary<string, string>(typed) { ["Form.ConflictConfirmed"] = "true" }, 2043, Today, Today.AddDays(5), adHoc: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, secretariatConfirms.StatusCode);
        Assert.Contains("Chỉ người quyết định thành lập đoàn xác nhận được", (await Html.ParseAsync(secretariatConfirms)).QuerySelector("#conflict")!.Text(), StringComparison.Ordinal);
        Assert.Null((await Html.ParseAsync(secretariatConfirms)).QuerySelector("#conflict-confirmed"));

        var confirmed = await InspectionSteps.SendSetUpAsync(_head, "dak-lak", new Dictionary<string, string>(typed) { ["Form.ConflictConfirmed"] = "true" }, null, Today, Today.AddDays(5), adHoc: true);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var mission = await Html.ParseAsync(confirmed);
        Assert.NotNull(mission.QuerySelector("#conflict-confirmed"));
        Assert.Contains("thuộc cơ quan được kiểm tra", mission.QuerySelector("#team")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Son_La_a_deputy_may_set_up_a_mission_while_in_Dak_Lak_a_deputy_may_not()
    {
        var sonLaDeputy = await host.SignInHoldingAsync("son-la", "pho-truong-ban-pct-1");
        var set = await InspectionSteps.SendSetUpAsync(sonLaDeputy, "son-la", new()
        {
            ["Form.Subject"] = "Đoàn công tác làm việc tại Sở Nội vụ",
            ["Form.Agencies"] = "so-noi-vu",
            ["Form.LeadSeat"] = "pho-truong-ban-pct-1",
        }, null, Today, Today.AddDays(2), adHoc: true);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Sơn La, Điều 6.2", (await Html.ParseAsync(set)).Text(), StringComparison.Ordinal);

        var dakLakDeputy = await host.SignInHoldingAsync("dak-lak", "pho-truong-ban-2");
        Assert.Equal(HttpStatusCode.Forbidden, (await dakLakDeputy.GetAsync("/dak-lak/kiem-tra/doan/moi?dot-xuat=true")).StatusCode);
        var refused = await Forms.PostAsync(dakLakDeputy, "/dak-lak/kiem-tra", "/dak-lak/kiem-tra/doan/moi", new Dictionary<string, string>
        {
            ["Form.AdHoc"] = "true",
            ["Form.Subject"] = "Đoàn do Phó Trưởng Ban lập",
            ["Form.Agencies"] = "so-noi-vu",
            ["Form.LeadSeat"] = "pho-truong-ban-2",
            ["Form.From"] = VietnamTime.Format(Today),
            ["Form.To"] = VietnamTime.Format(Today.AddDays(2)),
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Đắk Lắk, Điều 4.3", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from inspections.missions where subject = 'Đoàn do Phó Trưởng Ban lập'"));
    }

    [Fact]
    public async Task A_mission_whose_period_ended_without_a_closing_notice_is_late_on_the_plan_and_the_home_page()
    {
        var from = Today.AddDays(-10);
        var id = await InspectionSteps.SetUpAsync(_head, "dak-lak", new()
        {
            ["Form.Subject"] = "Đoàn công tác chưa có thông báo kết luận",
            ["Form.Agencies"] = "cong-an-tinh",
            ["Form.LeadSeat"] = "truong-ban",
        }, from: from, to: Today.AddDays(-2), adHoc: true);

        var plan = await Html.GetAsync(_secretariat, $"/dak-lak/kiem-tra?nam={from.Year}");
        Assert.Equal("Quá hạn, chưa có thông báo kết luận", plan.QuerySelector($"tr[data-mission='{id}'] .state")!.Text());
        var home = await Html.GetAsync(_secretariat, "/dak-lak");
        Assert.Contains("Quá hạn", home.QuerySelector($"#home-inspections ~ ul li[data-mission='{id}']")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_page_reads_with_as_many_statements_for_many_missions_as_for_one()
    {
        const int year = 2045;
        await Forms.SubmitAsync(_secretariat, $"/dak-lak/kiem-tra?nam={year}", "[name=PlanContent]", new Dictionary<string, string> { ["PlanContent"] = "Kế hoạch thử đếm câu lệnh." });
        await InspectionSteps.SetUpAsync(_head, "dak-lak", new() { ["Form.Subject"] = "Đoàn 1", ["Form.Agencies"] = "so-noi-vu", ["Form.LeadSeat"] = "truong-ban" }, year, Today, Today.AddDays(1));
        var one = await CountAsync(_head, $"/dak-lak/kiem-tra?nam={year}");
        for (var i = 2; i <= 5; i++)
        {
            await InspectionSteps.SetUpAsync(_head, "dak-lak", new() { ["Form.Subject"] = $"Đoàn {i}", ["Form.Agencies"] = "so-khcn", ["Form.Localities"] = "Huyện Krông Pắc", ["Form.LeadSeat"] = "truong-ban" }, year, Today, Today.AddDays(i));
        }

        Assert.Equal(5, (await Html.GetAsync(_head, $"/dak-lak/kiem-tra?nam={year}")).QuerySelectorAll("#missions tbody tr").Length);
        Assert.Equal(one, await CountAsync(_head, $"/dak-lak/kiem-tra?nam={year}"));
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}

/// <summary>What users do on the inspection pages, through the pages.</summary>
internal static class InspectionSteps
{
    /// <summary>Sets up a mission through its form and returns its id; fails unless it was saved.</summary>
    public static async Task<Guid> SetUpAsync(HttpClient client, string province, Dictionary<string, string> typed, int? year = null, DateOnly? from = null, DateOnly? to = null, bool adHoc = false)
    {
        var response = await SendSetUpAsync(client, province, typed, year, from ?? VietnamTime.Today(TimeProvider.System), to ?? VietnamTime.Today(TimeProvider.System).AddDays(5), adHoc);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        return Guid.Parse(path[$"/{province}/kiem-tra/doan/".Length..], CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> SendSetUpAsync(HttpClient client, string province, Dictionary<string, string> typed, int? year, DateOnly from, DateOnly to, bool adHoc)
    {
        var url = $"/{province}/kiem-tra/doan/moi?nam={year ?? from.Year}" + (adHoc ? "&dot-xuat=true" : "");
        var fields = new Dictionary<string, string>(typed)
        {
            ["Form.From"] = VietnamTime.Format(from),
            ["Form.To"] = VietnamTime.Format(to),
        };
        var offered = await client.GetAsync(url);
        if (!offered.IsSuccessStatusCode || (await Html.ParseAsync(offered)).QuerySelector("input[name='Form.Subject']") is null)
        {
            // No form offered to this user: what they would send anyway, with a valid token.
            fields["Form.AdHoc"] = adHoc ? "true" : "false";
            fields["Form.Year"] = (year ?? from.Year).ToString(CultureInfo.InvariantCulture);
            return await Forms.PostAsync(client, $"/{province}/kiem-tra", $"/{province}/kiem-tra/doan/moi", fields);
        }

        return await Forms.SubmitAsync(client, url, "input[name='Form.Subject']", fields);
    }
}
