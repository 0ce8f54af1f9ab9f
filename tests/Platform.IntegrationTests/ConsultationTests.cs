using System.Globalization;
using System.Net;
using Platform.Core.Dates;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Consultations between meetings as the regulations put them: written opinions (Đắk Lắk, Art. 3; Sơn La, Art. 3) and,
/// for urgent matters, opinions through the digital platform (Sơn La, Art. 3); members answer for their opinions
/// (Sơn La, Art. 9.1b, 9.1đ, 9.2a–d). The standing agency drafts, the head approves, seat holders answer, the standing
/// agency closes with a synthesis and the head concludes; the conclusion's items become tasks.
/// </summary>
public sealed class ConsultationTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static readonly byte[] Pdf = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 dự thảo kế hoạch");

    [Fact]
    public async Task Son_La_an_urgent_question_sent_through_the_platform_to_ten_members_answered_by_eight_before_the_deadline_shows_two_without_an_answer()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var asked = seats.Take(10).ToList();
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Triển khai khẩn cấp nền tảng số cấp xã", Today.AddDays(2), asked, urgent: true);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);

        foreach (var seat in asked.Take(8))
        {
            var member = await host.SignInHoldingAsync("son-la", seat, Core.Security.ProvinceRole.Member);
            var sent = await ConsultationSteps.AnswerAsync(member, "son-la", id, seat, "Agree");
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var page = await Html.GetAsync(_secretariat, $"/son-la/y-kien/{id}");
        var tally = page.QuerySelector("table.tally[data-question='1']")!;
        Assert.Equal("8", tally.QuerySelector("tr[data-position=agree] td")!.Text());
        Assert.Equal("2", tally.QuerySelector("tr[data-position=none] td")!.Text());
        Assert.Equal(2, page.QuerySelectorAll("#not-answered li").Length);
        Assert.Contains("Sơn La, Điều 3", page.Text(), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.answers where consultation_id = '{id}' and late"));
        // Neither regulation says what silence means: the form says no answer is no opinion.
        Assert.Contains("Im lặng: không có ý kiến", page.QuerySelector("#silence")!.Text(), StringComparison.Ordinal);
        // The home page tells a member who has not answered what awaits their opinion, and no longer one who has.
        var silent = await host.SignInHoldingAsync("son-la", asked[9], Core.Security.ProvinceRole.Member);
        Assert.Contains("Triển khai khẩn cấp nền tảng số cấp xã", (await Html.GetAsync(silent, "/son-la")).QuerySelector("#home-consultations")?.ParentElement?.Text() ?? "", StringComparison.Ordinal);
        var answered = await host.SignInHoldingAsync("son-la", asked[0], Core.Security.ProvinceRole.Member);
        Assert.DoesNotContain("Triển khai khẩn cấp nền tảng số cấp xã", (await Html.GetAsync(answered, "/son-la")).Text(), StringComparison.Ordinal);

        // The open list shows the response rate.
        var list = await Html.GetAsync(_secretariat, "/son-la/y-kien");
        Assert.Contains(list.QuerySelectorAll("tr.open-consultation"), r => r.Text().Contains("Triển khai khẩn cấp", StringComparison.Ordinal) && r.QuerySelector(".rate")!.Text() == "8/10 đã trả lời (80%)");
    }

    [Fact]
    public async Task A_late_answer_is_kept_and_marked_late_and_a_correction_keeps_the_first_answer()
    {
        var seat = (await ConsultationSteps.SeatsAsync(_secretariat, "son-la"))[1];
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Góp ý dự thảo kế hoạch chuyển đổi số", Today.AddDays(1), [seat]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var member = await host.SignInHoldingAsync("son-la", seat, Core.Security.ProvinceRole.Member);
        Assert.Equal(HttpStatusCode.OK, (await ConsultationSteps.AnswerAsync(member, "son-la", id, seat, "Agree")).StatusCode);

        host.Clock.Now = DateTimeOffset.UtcNow.AddDays(3);
        try
        {
            var corrected = await ConsultationSteps.AnswerAsync(member, "son-la", id, seat, "Other", "Đề nghị bổ sung kinh phí.");
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        }
        finally
        {
            host.Clock.Now = null;
        }

        Assert.Equal("1:f:f|2:t:t", await host.Database.ScalarAsync<string>(
            $"select string_agg(revision || ':' || (case when current then 't' else 'f' end) || ':' || (case when late then 't' else 'f' end), '|' order by revision) from consultations.answers where consultation_id = '{id}'"));
        var page = await Html.GetAsync(_secretariat, $"/son-la/y-kien/{id}");
        Assert.Equal("1", page.QuerySelector("table.tally tr[data-position=other] td")!.Text());
        Assert.Equal("0", page.QuerySelector("table.tally tr[data-position=agree] td")!.Text());
        Assert.Single(page.QuerySelectorAll("#answers .late"));
    }

    [Fact]
    public async Task The_heads_conclusion_of_a_consultation_creates_tasks_with_lead_agencies_and_deadlines()
    {
        var seat = (await ConsultationSteps.SeatsAsync(_secretariat, "son-la"))[2];
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Phương án hạ tầng dữ liệu dùng chung", Today.AddDays(5), [seat]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);

        var closed = await Forms.SubmitAsync(_secretariat, $"/son-la/y-kien/{id}", "[name=Synthesis]", new Dictionary<string, string> { ["Synthesis"] = "Các thành viên thống nhất phương án." });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var due = Today.AddDays(30);
        var concluded = await Forms.SubmitAsync(_head, $"/son-la/y-kien/{id}", "[name=Conclusion]", new Dictionary<string, string>
        {
            ["Conclusion"] = "Thống nhất phương án; giao các cơ quan triển khai.",
            ["Items[0].Text"] = "Sở Khoa học và Công nghệ xây dựng kế hoạch hạ tầng dữ liệu.",
            ["Items[0].LeadAgencyKey"] = "so-khcn",
            ["Items[0].Due"] = VietnamTime.Format(due),
        });

        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        Assert.Contains("Đã ban hành kết luận", (await Html.ParseAsync(concluded)).Text(), StringComparison.Ordinal);
        Assert.Equal($"3|so-khcn|{due:yyyy-MM-dd}|truong-ban|y-kien/{id}", await host.Database.ScalarAsync<string>(
            $"select source || '|' || lead_agency_key || '|' || due || '|' || issuer_seat_key || '|' || source_path from tasks.tasks where source_id = (select id from consultations.conclusion_items where consultation_id = '{id}')"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_saved()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var before = await host.Database.ScalarAsync<long>("select count(*) from consultations.consultations");

        var past = await ConsultationSteps.SendLaunchAsync(_secretariat, "son-la", "Hạn đã qua", Today.AddDays(-1), [seats[0]]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("Hạn trả lời không được ở trong quá khứ.", (await Html.ParseAsync(past)).Text(), StringComparison.Ordinal);
        Assert.Equal("Hạn đã qua", (await Html.ParseAsync(past)).QuerySelector("#subject")!.GetAttribute("value"));

        var nobody = await ConsultationSteps.SendLaunchAsync(_secretariat, "son-la", "Không ai được hỏi", Today.AddDays(3), []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nobody.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một thành viên", (await Html.ParseAsync(nobody)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("select count(*) from consultations.consultations"));

        // A member does not launch.
        var member = await host.SignInAsync("son-la.member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/son-la/y-kien/moi")).StatusCode);

        // Answering for a seat one does not hold, and after withdrawal.
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Thu hồi thử", Today.AddDays(3), [seats[3], seats[4]]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var holder = await host.SignInHoldingAsync("son-la", seats[3], Core.Security.ProvinceRole.Member);
        var notMine = await ConsultationSteps.PostAnswerAsync(holder, "son-la", id, seats[4], 0, "Agree", await QuestionAsync(id));
        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        Assert.Contains("Bạn chỉ trả lời cho vị trí thành viên mình đang giữ", await MeetingSteps.AlertAsync(notMine), StringComparison.Ordinal);

        var withdrawn = await Forms.SubmitAsync(_secretariat, $"/son-la/y-kien/{id}", "[name=Reason]", new Dictionary<string, string> { ["Reason"] = "Nội dung đã được quyết tại phiên họp." });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var late = await ConsultationSteps.PostAnswerAsync(holder, "son-la", id, seats[3], 0, "Agree", await QuestionAsync(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Việc lấy ý kiến đã được thu hồi", await MeetingSteps.AlertAsync(late), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.answers where consultation_id = '{id}'"));
    }

    [Fact]
    public async Task Two_first_answers_sent_at_once_for_the_same_seat_leave_exactly_one_current_answer()
    {
        var seat = (await ConsultationSteps.SeatsAsync(_secretariat, "son-la"))[5];
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Hai thẻ cùng gửi", Today.AddDays(3), [seat]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var first = await host.SignInHoldingAsync("son-la", seat, Core.Security.ProvinceRole.Member);

        var question = await QuestionAsync(id);
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConsultationSteps.PostAnswerAsync(first, "son-la", id, seat, 0, "Agree", question)));

        // The one that won lands on the page (redirect followed); the others are refused as a clash.
        Assert.Single(sent, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(sent.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.answers where consultation_id = '{id}'"));
    }

    [Fact]
    public async Task Dak_Lak_states_no_urgent_opinions_through_digital_platforms_so_an_urgent_consultation_is_refused()
    {
        var secretariat = await host.SignInAsync("dak-lak.secretariat");
        var form = await Html.GetAsync(secretariat, "/dak-lak/y-kien/moi");
        Assert.Null(form.QuerySelector("#urgent"));
        Assert.Contains("Đắk Lắk, Điều 3", (await Html.GetAsync(secretariat, "/dak-lak/y-kien")).Text(), StringComparison.Ordinal);

        var seats = await ConsultationSteps.SeatsAsync(secretariat, "dak-lak");
        var urgent = await ConsultationSteps.SendLaunchAsync(secretariat, "dak-lak", "Việc cấp bách", Today.AddDays(2), [seats[0]], urgent: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, urgent.StatusCode);
        Assert.Contains("không quy định lấy ý kiến qua nền tảng số", (await Html.ParseAsync(urgent)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consultation_page_reads_with_as_many_statements_for_many_answers_as_for_one()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var small = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Một người", Today.AddDays(3), [seats[0]]);
        var large = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Nhiều người", Today.AddDays(3), [.. seats.Take(6)]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", small);
        await ConsultationSteps.ApproveAsync(_head, "son-la", large);
        var one = await host.SignInHoldingAsync("son-la", seats[0], Core.Security.ProvinceRole.Member);
        await ConsultationSteps.AnswerAsync(one, "son-la", small, seats[0], "Agree");
        foreach (var seat in seats.Take(6))
        {
            var member = await host.SignInHoldingAsync("son-la", seat, Core.Security.ProvinceRole.Member);
            await ConsultationSteps.AnswerAsync(member, "son-la", large, seat, "Disagree");
            await ConsultationSteps.AnswerAsync(member, "son-la", large, seat, "Agree");
        }

        Assert.Equal(await CountAsync(_secretariat, $"/son-la/y-kien/{small}"), await CountAsync(_secretariat, $"/son-la/y-kien/{large}"));
        Assert.Equal(await CountAsync(one, $"/son-la/y-kien/{small}"), await CountAsync(one, $"/son-la/y-kien/{large}"));
    }

    [Fact]
    public async Task The_history_finds_a_subject_typed_without_diacritics_and_its_csv_keeps_the_filter()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Làm sạch dữ liệu dân cư trên địa bàn", Today.AddDays(3), [seats[0]]);
        await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Kế hoạch chuyển đổi số cấp xã", Today.AddDays(3), [seats[0]]);

        var found = await Html.GetAsync(_secretariat, "/son-la/y-kien?tim=du+lieu+DAN+cu");
        var subjects = found.QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.Text()).ToList();
        Assert.Contains("Làm sạch dữ liệu dân cư trên địa bàn", subjects);
        Assert.DoesNotContain("Kế hoạch chuyển đổi số cấp xã", subjects);
        Assert.Equal("du lieu DAN cu", found.QuerySelector("input#tim")!.GetAttribute("value"));

        var csvLink = found.QuerySelectorAll("a").Single(a => a.Text() == "Tải CSV").GetAttribute("href")!;
        var csv = await _secretariat.GetStringAsync(csvLink);
        Assert.Contains("Làm sạch dữ liệu dân cư trên địa bàn", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch chuyển đổi số cấp xã", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_reads_with_as_many_statements_for_many_consultations_as_for_one()
    {
        var before = await CountAsync(_secretariat, "/son-la/y-kien");
        var seatsOfSonLa = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        for (var i = 0; i < 5; i++)
        {
            var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", $"Việc lấy ý kiến thứ {i}", Today.AddDays(3), [.. seatsOfSonLa.Take(3)]);
            await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        }

        Assert.Equal(before, await CountAsync(_secretariat, "/son-la/y-kien"));
    }

    [Fact]
    public async Task Documents_go_out_with_the_request_and_an_answers_file_is_kept_with_its_revision_for_every_reader()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var launch = await Forms.OpenAsync(_secretariat, "/son-la/y-kien/moi", "input[name='Form.Subject']");
        var launched = await launch.UploadAsync(_secretariat, "Dự thảo kế hoạch.pdf", Pdf, "application/pdf", new Dictionary<string, string>
        {
            ["Form.Subject"] = "Dự thảo Kế hoạch chuyển đổi số năm 2027",
            ["Form.Questions[0]"] = "Đồng ý với dự thảo?",
            ["Form.Scope"] = "chon",
            ["Form.Seats"] = seats[0],
            ["Form.Deadline"] = VietnamTime.Format(Today.AddDays(5)),
        });
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        var path = launched.RequestMessage!.RequestUri!.AbsolutePath;
        var id = Guid.Parse(path["/son-la/y-kien/".Length..], CultureInfo.InvariantCulture);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);

        var member = await host.SignInHoldingAsync("son-la", seats[0], Core.Security.ProvinceRole.Member);
        var page = await Html.GetAsync(member, $"/son-la/y-kien/{id}");
        var document = page.QuerySelectorAll("#documents a").Single();
        Assert.Equal("Dự thảo kế hoạch.pdf", document.Text());
        Assert.Equal(Pdf, await member.GetByteArrayAsync(document.GetAttribute("href")));

        var answer = await Forms.OpenAsync(member, $"/son-la/y-kien/{id}", $"input[name=seat][value='{seats[0]}']");
        var sent = await answer.UploadAsync(member, "Góp ý.pdf", Pdf, "application/pdf", new Dictionary<string, string>
        {
            ["Lines[0].Position"] = "Other",
            ["Lines[0].Comment"] = "Bổ sung chỉ tiêu dữ liệu dân cư.",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var after = await Html.GetAsync(_head, $"/son-la/y-kien/{id}");
        var revision = after.QuerySelectorAll("#answers li").Single();
        Assert.Contains("Lần 1", revision.Text(), StringComparison.Ordinal);
        var kept = revision.QuerySelectorAll("a").Single();
        Assert.Equal("Góp ý.pdf", kept.Text());
        Assert.Equal(Pdf, await _head.GetByteArrayAsync(kept.GetAttribute("href")));

        // Another province's reader cannot open it, even knowing its address.
        var other = await host.SignInAsync("dak-lak.secretariat");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(kept.GetAttribute("href")!.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_file_of_a_disallowed_type_is_refused_and_the_answer_typed_is_kept_and_not_saved()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Tệp không cho phép", Today.AddDays(3), [seats[1]]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var member = await host.SignInHoldingAsync("son-la", seats[1], Core.Security.ProvinceRole.Member);

        var answer = await Forms.OpenAsync(member, $"/son-la/y-kien/{id}", $"input[name=seat][value='{seats[1]}']");
        var refused = await answer.UploadAsync(member, "chay-thu.exe", [0x4D, 0x5A, 0x90, 0x00], "application/octet-stream", new Dictionary<string, string>
        {
            ["Lines[0].Position"] = "Other",
            ["Lines[0].Comment"] = "Ý kiến khác: lùi thời hạn sang quý II.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".field-error"));
        Assert.Equal("Ý kiến khác: lùi thời hạn sang quý II.", page.QuerySelector($"textarea[id='q1-comment-{seats[1]}']")!.TextContent);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.answers where consultation_id = '{id}'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.files where consultation_id = '{id}'"));
    }

    [Fact]
    public async Task A_meeting_hands_its_question_to_a_written_consultation_that_links_back_to_it()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Phiên họp chuyên đề dữ liệu dân cư", MeetingSteps.DaysAhead(-2)));
        var meetingPage = await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}");
        var handOver = meetingPage.QuerySelectorAll("a").Single(a => a.Text() == "Xin ý kiến bằng văn bản sau cuộc họp").GetAttribute("href")!;
        Assert.Equal($"/son-la/y-kien/moi?cuoc-hop={meeting}", handOver);

        var draft = await Html.GetAsync(_secretariat, handOver);
        Assert.Contains("Phiên họp chuyên đề dữ liệu dân cư", draft.QuerySelector("#from-meeting")!.Text(), StringComparison.Ordinal);
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var launched = await Forms.SubmitAsync(_secretariat, handOver, "input[name='Form.Subject']", new Dictionary<string, string>
        {
            ["Form.Subject"] = "Phương án làm sạch dữ liệu dân cư (chưa kịp thống nhất tại cuộc họp)",
            ["Form.Questions[0]"] = "Đồng ý với phương án?",
            ["Form.Scope"] = "chon",
            ["Form.Seats"] = seats[0],
            ["Form.Deadline"] = VietnamTime.Format(Today.AddDays(4)),
        });
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);

        var link = (await Html.ParseAsync(launched)).QuerySelector("#from-meeting a")!;
        Assert.Equal("Phiên họp chuyên đề dữ liệu dân cư", link.Text());
        Assert.Equal($"/son-la/meetings/{meeting}", link.GetAttribute("href"));

        // Another province's meeting cannot be named: the draft is refused and nothing is saved.
        var dakLak = await MeetingSteps.ScheduleAsync(await host.SignInAsync("dak-lak.secretariat"), "dak-lak", new("Phiên họp của Đắk Lắk", MeetingSteps.DaysAhead(-2)));
        var before = await host.Database.ScalarAsync<long>("select count(*) from consultations.consultations");
        var refused = await Forms.SubmitAsync(_secretariat, "/son-la/y-kien/moi", "input[name='Form.Subject']", new Dictionary<string, string>
        {
            ["Form.Subject"] = "Câu hỏi của cuộc họp tỉnh khác",
            ["Form.Questions[0]"] = "Đồng ý?",
            ["Form.Scope"] = "chon",
            ["Form.Seats"] = seats[0],
            ["Form.Deadline"] = VietnamTime.Format(Today.AddDays(4)),
            ["Form.MeetingId"] = dakLak.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Không tìm thấy cuộc họp", (await Html.ParseAsync(refused)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("select count(*) from consultations.consultations"));
    }

    [Fact]
    public async Task An_agencys_focal_point_prepares_the_answer_and_the_seat_holder_reviews_and_sends_it_as_their_own()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Dự thảo báo cáo chuyển đổi số gửi Bộ", Today.AddDays(4), [.. seats.Take(3)]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var (seat, agency) = await host.Database.ScalarAsync<string>(
            $"select seat_key || ' ' || agency_key from consultations.recipients where consultation_id = '{id}' and agency_key is not null order by \"order\" limit 1") is var pair
            ? (pair.Split(' ')[0], pair.Split(' ')[1]) : default;
        var focalPoint = await host.SignInForAgencyAsync("son-la", agency);

        // The focal point is offered the seat's preparation form, never the holder's sending form.
        var page = await Html.GetAsync(focalPoint, $"/son-la/y-kien/{id}");
        Assert.NotNull(page.QuerySelector($"section.prepare-form input[name=seat][value='{seat}']"));
        Assert.Null(page.QuerySelector("section.answer-form"));
        var prepared = await Forms.SubmitAsync(focalPoint, $"/son-la/y-kien/{id}", $"section.prepare-form input[name=seat][value='{seat}']", new Dictionary<string, string>
        {
            ["Lines[0].Position"] = "Other",
            ["Lines[0].Comment"] = "Đề nghị bổ sung số liệu hồ sơ trực tuyến toàn trình quý IV.",
        });
        Assert.Equal(HttpStatusCode.OK, prepared.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.answers where consultation_id = '{id}'"));

        // Sending an answer stays the holder's: the focal point's post is refused.
        var question = await QuestionAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await ConsultationSteps.PostAnswerAsync(focalPoint, "son-la", id, seat, 0, "Agree", question)).StatusCode);

        // The holder finds the draft in their form, names who prepared it, and sends it as their own answer.
        var holder = await host.SignInHoldingAsync("son-la", seat, Core.Security.ProvinceRole.Member);
        var form = await Html.GetAsync(holder, $"/son-la/y-kien/{id}");
        Assert.Contains($"son-la.staff.{agency}", form.QuerySelector("section.answer-form .prepared-by")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Đề nghị bổ sung số liệu hồ sơ trực tuyến toàn trình quý IV.", form.QuerySelector($"textarea[id='q1-comment-{seat}']")!.TextContent);
        var sent = await Forms.SubmitAsync(holder, $"/son-la/y-kien/{id}", $"section.answer-form input[name=seat][value='{seat}']");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal($"son-la.{seat}", await host.Database.ScalarAsync<string>($"select sent_by from consultations.answers where consultation_id = '{id}' and seat_key = '{seat}'"));
        Assert.Equal("Đề nghị bổ sung số liệu hồ sơ trực tuyến toàn trình quý IV.", await host.Database.ScalarAsync<string>(
            $"select l.comment from consultations.answer_lines l join consultations.answers a on a.id = l.answer_id where a.consultation_id = '{id}'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.drafts where consultation_id = '{id}'"));

        // A focal point of another agency cannot prepare it.
        var otherAgency = await host.Database.ScalarAsync<string>(
            $"select agency_key from consultations.recipients where consultation_id = '{id}' and agency_key is not null and agency_key <> '{agency}' limit 1");
        var stranger = await host.SignInForAgencyAsync("son-la", otherAgency);
        var refused = await Forms.PostAsync(stranger, $"/son-la/y-kien/{id}", $"/son-la/y-kien/{id}?handler=Prepare", new Dictionary<string, string>
        {
            ["seat"] = seat,
            ["Lines[0].QuestionId"] = question.ToString(),
            ["Lines[0].Position"] = "Agree",
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from consultations.drafts where consultation_id = '{id}'"));
    }

    [Fact]
    public async Task The_home_page_reminds_the_member_and_their_agencys_focal_point_how_many_days_are_left()
    {
        var seats = await ConsultationSteps.SeatsAsync(_secretariat, "son-la");
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Nhắc hạn: góp ý quy chế phối hợp dữ liệu", Today.AddDays(3), [seats[2]]);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);
        var member = await host.SignInHoldingAsync("son-la", seats[2], Core.Security.ProvinceRole.Member);
        var agency = await host.Database.ScalarAsync<string>($"select agency_key from consultations.recipients where consultation_id = '{id}'");
        var focalPoint = await host.SignInForAgencyAsync("son-la", agency);

        async Task<string> ReminderAsync(HttpClient client) =>
            (await Html.GetAsync(client, "/son-la")).QuerySelectorAll("#home-consultations + ul li")
                .Single(li => li.Text().Contains("Nhắc hạn: góp ý quy chế phối hợp dữ liệu", StringComparison.Ordinal)).QuerySelector("[data-days-left]")!.Text().Trim();

        Assert.Equal("Còn 3 ngày", await ReminderAsync(member));
        Assert.Equal("Còn 3 ngày", await ReminderAsync(focalPoint));
        host.Clock.Now = DateTimeOffset.UtcNow.AddDays(3);
        try
        {
            Assert.Equal("Hạn cuối: hôm nay", await ReminderAsync(member));
            host.Clock.Now = DateTimeOffset.UtcNow.AddDays(5);
            Assert.Equal("Quá hạn 2 ngày; vẫn gửi được, ghi là trễ hạn", await ReminderAsync(member));
        }
        finally
        {
            host.Clock.Now = null;
        }
    }

    /// <summary>A body the pack gives seats (Sơn La's standing board of the committee); bodies without stated seats are not offered.</summary>
    [Fact]
    public async Task A_body_whose_seats_the_pack_names_or_the_leaders_can_be_asked_together_and_the_request_names_the_group()
    {
        var secretariat = _secretariat;
        var form = await Html.GetAsync(secretariat, "/son-la/y-kien/moi");
        var held = form.QuerySelectorAll("input[name='Form.Seats']").Select(i => i.GetAttribute("value")!).ToHashSet();
        var body = form.QuerySelectorAll("input[name='Form.Scope'][value^='nhom:']").First();
        var bodyKey = body.GetAttribute("value")!["nhom:".Length..];
        var bodyName = form.QuerySelector($"label[for='{body.Id}']")!.Text();
        var members = (await host.Database.ScalarAsync<string>($"select array_to_string(member_seat_keys, ',') from committees.bodies where province = 'son-la' and key = '{bodyKey}'"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Where(held.Contains).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(members);

        async Task<Guid> LaunchToAsync(string scope, string subject)
        {
            var launched = await Forms.SubmitAsync(secretariat, "/son-la/y-kien/moi", "input[name='Form.Subject']", new Dictionary<string, string>
            {
                ["Form.Subject"] = subject,
                ["Form.Questions[0]"] = "Đồng ý?",
                ["Form.Scope"] = scope,
                ["Form.Deadline"] = VietnamTime.Format(Today.AddDays(4)),
            });
            Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
            return Guid.Parse(launched.RequestMessage!.RequestUri!.AbsolutePath["/son-la/y-kien/".Length..], CultureInfo.InvariantCulture);
        }

        async Task<List<string>> RecipientsAsync(Guid id) =>
            [.. (await host.Database.ScalarAsync<string>($"select string_agg(seat_key, ',' order by seat_key) from consultations.recipients where consultation_id = '{id}'")).Split(',')];

        var toBody = await LaunchToAsync($"nhom:{bodyKey}", "Góp ý phương án của tiểu ban");
        Assert.Equal(members, await RecipientsAsync(toBody));
        Assert.Equal(bodyName, (await Html.GetAsync(secretariat, $"/son-la/y-kien/{toBody}")).QuerySelector("#recipient-group")!.Text());

        var toLeaders = await LaunchToAsync("lanh-dao", "Góp ý của lãnh đạo Ban Chỉ đạo");
        var expectedLeaders = (await host.Database.ScalarAsync<string>("select string_agg(key, ',') from committees.seats where province = 'son-la' and role in (0, 1, 2)"))
            .Split(',').Where(held.Contains).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("truong-ban", expectedLeaders);
        Assert.Equal(expectedLeaders, await RecipientsAsync(toLeaders));
        Assert.Equal("Lãnh đạo Ban Chỉ đạo", (await Html.GetAsync(secretariat, $"/son-la/y-kien/{toLeaders}")).QuerySelector("#recipient-group")!.Text());
    }

    private Task<Guid> QuestionAsync(Guid id) =>
        host.Database.ScalarAsync<Guid>($"select id from consultations.questions where consultation_id = '{id}' and number = 1");

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}

/// <summary>What users do on the consultation pages, through the pages.</summary>
internal static class ConsultationSteps
{
    /// <summary>The seats with a holder today, as the launch form lists them.</summary>
    public static async Task<List<string>> SeatsAsync(HttpClient secretariat, string province) =>
        [.. (await Html.GetAsync(secretariat, $"/{province}/y-kien/moi")).QuerySelectorAll("input[name='Form.Seats']").Select(i => i.GetAttribute("value")!)];

    public static async Task<HttpResponseMessage> SendLaunchAsync(HttpClient secretariat, string province, string subject, DateOnly deadline, IReadOnlyList<string> seats, bool urgent = false)
    {
        var url = $"/{province}/y-kien/moi";
        var token = FormPost.Hidden(await secretariat.GetStringAsync(url), "__RequestVerificationToken");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
            new("Form.Subject", subject),
            new("Form.Questions[0]", "Đồng ý với phương án do Cơ quan thường trực đề xuất?"),
            new("Form.Kinds[0]", "Choice"),
            new("Form.Scope", "chon"),
            new("Form.Deadline", VietnamTime.Format(deadline)),
        };
        fields.AddRange(seats.Select(s => new KeyValuePair<string, string>("Form.Seats", s)));
        if (urgent)
        {
            fields.Add(new("Form.Urgent", "true"));
        }

        return await secretariat.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<Guid> LaunchAsync(HttpClient secretariat, string province, string subject, DateOnly deadline, IReadOnlyList<string> seats, bool urgent = false)
    {
        var response = await SendLaunchAsync(secretariat, province, subject, deadline, seats, urgent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        return Guid.Parse(path[$"/{province}/y-kien/".Length..], CultureInfo.InvariantCulture);
    }

    public static async Task ApproveAsync(HttpClient head, string province, Guid id)
    {
        var approved = await Forms.SubmitAsync(head, $"/{province}/y-kien/{id}", "form[action*='handler=Approve'] button");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("Đã duyệt và gửi lấy ý kiến.", (await Html.ParseAsync(approved)).Text(), StringComparison.Ordinal);
    }

    /// <summary>The holder of <paramref name="seat"/> answers the first question from the page's form.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient member, string province, Guid id, string seat, string position, string comment = "") =>
        Forms.SubmitAsync(member, $"/{province}/y-kien/{id}", $"input[name=seat][value='{seat}']", new Dictionary<string, string>
        {
            ["Lines[0].Position"] = position,
            ["Lines[0].Comment"] = comment,
        });

    /// <summary>Posts an answer for <paramref name="seat"/> without following the redirect, as a second tab would.</summary>
    public static async Task<HttpResponseMessage> PostAnswerAsync(HttpClient member, string province, Guid id, string seat, int revision, string position, Guid question) =>
        await Forms.PostAsync(member, $"/{province}/y-kien/{id}", $"/{province}/y-kien/{id}?handler=Answer", new Dictionary<string, string>
        {
            ["seat"] = seat,
            ["revision"] = revision.ToString(CultureInfo.InvariantCulture),
            ["Lines[0].QuestionId"] = question.ToString(),
            ["Lines[0].Position"] = position,
        });
}
