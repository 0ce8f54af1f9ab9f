using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// A meeting's documents in the Decree 30/2020/NĐ-CP format: the invitation with its agenda, signed by whoever convenes
/// (Sơn La, Art. 5.3: the head, or a deputy by delegation), and the minutes with the attendance register. Each reads
/// back with OpenXml with its parts in order, the printable page shows the same parts, only the province's readers get
/// it; and the conclusion notice takes its number from the document register when issued.
/// </summary>
public sealed class MeetingDocumentsTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;
    private HttpClient _viewer = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
        _viewer = await host.SignInAsync("son-la.viewer");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static int Year => VietnamTime.Today(TimeProvider.System).Year;

    private static async Task<(List<string> Lines, List<List<string>> Tables)> DocxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var lines = body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        return (lines, rows);
    }

    private static List<string> Recipients(List<string> lines) =>
        [.. lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))];

    /// <summary>The parts every document has: national title and motto, the pack's heading, number line, place and date.</summary>
    private static void HasTheHeading(List<string> lines, string type)
    {
        var title = lines.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.True(title >= 0);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[title + 1]);
        Assert.Equal(["UBND TỈNH SƠN LA", "BAN CHỈ ĐẠO 1287"], lines.Take(2));
        Assert.Contains(lines, l => l.StartsWith("Số: ", StringComparison.Ordinal) && l.EndsWith($"/{type}-BCĐ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Sơn La, ngày ", StringComparison.Ordinal));
    }

    /// <summary>The printable page shows the document's parts in the document's words, recipients in the same order.</summary>
    private static void PageMatches(IDocument page, List<string> lines, params string[] parts)
    {
        foreach (var part in parts)
        {
            // A draft's blanks keep their width on the page as no-break spaces.
            var shown = page.QuerySelector($"[data-official-document] [data-part='{part}']")?.TextContent.Replace('\u00A0', ' ').Trim();
            Assert.False(string.IsNullOrWhiteSpace(shown), part);
            Assert.Contains(shown, lines.Select(l => l.Trim()));
        }

        Assert.Equal(Recipients(lines), page.QuerySelectorAll("[data-official-document] [data-part='recipients'] li").Select(li => li.Text()));
    }

    private async Task AddAgendaAsync(Guid meeting, string title, string presenter)
    {
        var added = await Forms.SubmitAsync(_secretariat, $"/son-la/meetings/{meeting}/agenda", "#ItemTitle",
            new Dictionary<string, string> { ["ItemTitle"] = title, ["ItemPresenter"] = presenter, ["ItemMinutes"] = "30" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
    }

    [Fact]
    public async Task The_invitation_downloads_from_the_meeting_page_with_its_agenda_and_the_head_signs_it_for_the_committee()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp giấy mời văn bản", MeetingSteps.DaysAhead(12)));
        await AddAgendaAsync(meeting, "Báo cáo tiến độ Đề án 06", "Công an tỉnh");
        await AddAgendaAsync(meeting, "Thảo luận chỉ số chuyển đổi số", "Sở Khoa học và Công nghệ");

        var href = (await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}")).QuerySelector("a[data-download='invitation-docx']")?.GetAttribute("href");
        Assert.Equal($"/son-la/meetings/{meeting}/invitation?handler=Docx", href);
        var (lines, rows) = await DocxAsync(await _secretariat.GetAsync(href));

        HasTheHeading(lines, "GM");
        var title = lines.IndexOf("GIẤY MỜI");
        Assert.True(title >= 0);
        Assert.Equal("Phiên họp giấy mời văn bản", lines[title + 1]);
        Assert.Contains("Ban Chỉ đạo", lines.First(l => l.EndsWith("trân trọng kính mời:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Thời gian: 14:00–16:00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Điều 9", StringComparison.Ordinal) && l.StartsWith("Trường hợp không dự họp được", StringComparison.Ordinal));

        // The agenda in order, and every invitee of the meeting in its table.
        Assert.Equal(
            [["1", "Báo cáo tiến độ Đề án 06", "Công an tỉnh", "30 phút"], ["2", "Thảo luận chỉ số chuyển đổi số", "Sở Khoa học và Công nghệ", "30 phút"]],
            rows.Where(r => r.Count == 4 && r[0] is "1" or "2" && r[3].EndsWith("phút", StringComparison.Ordinal)).ToList());
        var invited = await host.Database.ScalarAsync<long>($"select count(*) from meetings.invitations where meeting_id = '{meeting}'");
        Assert.Equal(invited, rows.Count(r => r.Count == 3 && int.TryParse(r[0], out _)));

        // The head convenes and signs for the committee, under the PPC's seal (Sơn La, Art. 5.3 and 2.3).
        var form = lines.IndexOf("TM. BAN CHỈ ĐẠO");
        Assert.True(form > title);
        Assert.Equal("TRƯỞNG BAN", lines[form + 1]);
        Assert.StartsWith("(Ký, đóng dấu Ủy ban nhân dân tỉnh Sơn La", lines[form + 2], StringComparison.Ordinal);
        Assert.Equal(["- Như thành phần mời;", "- Lưu: VT."], Recipients(lines));

        var page = await Html.GetAsync(_viewer, $"/son-la/meetings/{meeting}/invitation");
        PageMatches(page, lines, "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signing-form", "signer-title", "signer-name");
        Assert.Equal(lines[^1], page.QuerySelector("[data-official-document] [data-part='signer-name']")!.Text());
        Assert.Contains("Sơn La, Điều 5.3", page.QuerySelector("p.muted .cite")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deputy_chairing_by_delegation_signs_the_invitation_for_the_head()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp giấy mời Phó Trưởng Ban", MeetingSteps.DaysAhead(14))
        {
            Chair = "pho-truong-ban-thuong-truc",
            Delegation = "Văn bản ủy quyền số 12/UQ-BCĐ",
        });

        var (lines, _) = await DocxAsync(await _viewer.GetAsync($"/son-la/meetings/{meeting}/invitation?handler=Docx"));

        var form = lines.IndexOf("KT. TRƯỞNG BAN");
        Assert.True(form >= 0);
        Assert.Equal("PHÓ TRƯỞNG BAN", lines[form + 1]);
        Assert.DoesNotContain("TM. BAN CHỈ ĐẠO", lines);
        Assert.Contains(lines, l => l.StartsWith("Chủ trì: ", StringComparison.Ordinal) && l.Contains("Văn bản ủy quyền số 12/UQ-BCĐ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_minutes_carry_the_attendance_register_and_are_signed_by_the_secretary_and_the_chair()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp biên bản văn bản");
        var url = $"/son-la/meetings/{meeting}/attendance";
        var register = (await Html.GetAsync(_secretariat, url)).QuerySelectorAll("table.register tbody tr").ToList();
        var typed = register.ToDictionary(r => r.QuerySelector("select")!.GetAttribute("name")!, _ => "Present");
        typed[register[^1].QuerySelector("select")!.GetAttribute("name")!] = "AbsentWithoutLeave";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, url, "table.register", typed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, $"/son-la/meetings/{meeting}/minutes", "#Minutes",
            new Dictionary<string, string> { ["Minutes"] = "Các thành viên thống nhất đẩy nhanh Đề án 06.\nNgười chủ trì kết luận phiên họp." })).StatusCode);

        var href = (await Html.GetAsync(_viewer, $"/son-la/meetings/{meeting}")).QuerySelector("a[data-download='minutes-docx']")?.GetAttribute("href");
        Assert.Equal($"/son-la/meetings/{meeting}/minutes?handler=Docx", href);
        var (lines, rows) = await DocxAsync(await _viewer.GetAsync(href));

        HasTheHeading(lines, "BB");
        var day = VietnamTime.DayOf(MeetingSteps.DaysAhead(-1));
        Assert.Contains($"Sơn La, ngày {day.Day:00} tháng {(day.Month < 3 ? day.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {day.Year}", lines);
        var title = lines.IndexOf("BIÊN BẢN");
        Assert.Equal("Phiên họp biên bản văn bản", lines[title + 1]);

        // The register: one row per invitee in the register's order, with what the standing agency recorded.
        var attendance = rows.Where(r => r.Count == 5 && int.TryParse(r[0], out _)).ToList();
        Assert.Equal(register.Count, attendance.Count);
        Assert.Equal(register.Select(r => r.Children[1].Text().Trim()), attendance.Select(r => r[1]));
        Assert.All(attendance.SkipLast(1), r => Assert.Equal("Có mặt", r[3]));
        Assert.Equal("Vắng không phép", attendance[^1][3]);
        Assert.Contains($"Có mặt: {register.Count - 1}; cử người dự thay: 0; vắng có phép: 0; vắng không phép: 1 (tổng số được mời: {register.Count}).", lines);
        Assert.Contains("Các thành viên thống nhất đẩy nhanh Đề án 06.", lines);
        Assert.Contains("Người chủ trì kết luận phiên họp.", lines);

        // The secretary left, the chair right, then the recipients.
        var secretary = lines.IndexOf("THƯ KÝ");
        var chair = lines.IndexOf("CHỦ TRÌ");
        Assert.True(secretary > title && chair > secretary);
        Assert.Equal("son-la.secretariat", lines[chair - 1]);
        Assert.Equal(["- Các thành viên Ban Chỉ đạo;", "- Lưu: VT."], Recipients(lines));

        var page = await Html.GetAsync(_viewer, $"/son-la/meetings/{meeting}/minutes");
        PageMatches(page, lines, "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signer-title", "signer-name", "co-signer-title", "co-signer-name");
    }

    [Fact]
    public async Task No_minutes_before_the_meeting_is_held_and_no_invitation_for_a_cancelled_meeting()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp chưa diễn ra", MeetingSteps.DaysAhead(20)));
        Assert.Equal(HttpStatusCode.NotFound, (await _secretariat.GetAsync($"/son-la/meetings/{meeting}/minutes?handler=Docx")).StatusCode);
        Assert.Null((await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}")).QuerySelector("a[data-download='minutes-docx']"));

        var cancelled = await Forms.SubmitAsync(_secretariat, $"/son-la/meetings/{meeting}/status", "form[action$='handler=Cancel']",
            new Dictionary<string, string> { ["Reason"] = "Trùng lịch họp của Tỉnh ủy" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _secretariat.GetAsync($"/son-la/meetings/{meeting}/invitation?handler=Docx")).StatusCode);
    }

    [Fact]
    public async Task Nobody_signed_out_and_nobody_of_another_province_gets_the_invitation_or_the_minutes()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp văn bản ngoài tỉnh");
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        var dakLak = await host.SignInAsync("dak-lak.secretariat");

        foreach (var href in new[] { $"/son-la/meetings/{meeting}/invitation?handler=Docx", $"/son-la/meetings/{meeting}/minutes?handler=Docx" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _viewer.GetAsync(href)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(href)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync(href)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(href.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
        }
    }

    // The conclusion notice's number from the register (Decree 30, Art. 15).

    private async Task<Guid> IssuedWithoutNumberAsync(string title)
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, title);
        var url = $"/son-la/meetings/{meeting}/notice";
        var drafted = await Forms.SubmitAsync(_secretariat, url, "[name='Form.Number']", new Dictionary<string, string>
        {
            ["Form.Number"] = "",
            ["Form.Date"] = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
            ["Form.Signer"] = "Trưởng Ban Chỉ đạo",
            ["Form.Items[0].Text"] = "Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung.",
            ["Form.Items[0].LeadAgencyKey"] = "so-khcn",
        });
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, url, "form[action$='handler=Issue']")).StatusCode);
        return meeting;
    }

    private Task<string> NumberOfAsync(Guid meeting) =>
        host.Database.ScalarAsync<string>($"select coalesce(number, '') from meetings.notices where meeting_id = '{meeting}'");

    [Fact]
    public async Task An_issued_notice_without_a_number_takes_the_registers_next_one_skipping_a_cancelled_number_and_the_reservation_is_audited()
    {
        var first = await IssuedWithoutNumberAsync("Phiên họp số thông báo thứ nhất");
        var number = await NumberOfAsync(first);
        Assert.Matches(@"^\d+/TB-BCĐ$", number);
        var n = int.Parse(number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        var row = await host.Database.ScalarAsync<Guid>(
            $"select id from meetings.document_numbers where province = 'son-la' and year = {Year} and type_code = 'TB' and number = {n}");
        Assert.Equal("Thông báo kết luận: Phiên họp số thông báo thứ nhất", await host.Database.ScalarAsync<string>($"select summary from meetings.document_numbers where id = '{row}'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from audit.entries where entity_id = '{row}' and actor_name = 'son-la.secretariat'"));

        // The register page cancels the next number by hand; the next notice skips it.
        const string Register = "/son-la/meetings/register";
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(_secretariat, Register, Register + "?handler=Reserve",
            new Dictionary<string, string> { ["Form.TypeCode"] = "TB", ["Form.Summary"] = "Thông báo hủy số" })).StatusCode);
        var cancelled = await host.Database.ScalarAsync<Guid>($"select id from meetings.document_numbers where summary = 'Thông báo hủy số'");
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from meetings.document_numbers where id = '{cancelled}'");
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(_secretariat, Register, $"{Register}?handler=Cancel&numberId={cancelled}&version={version}", new Dictionary<string, string>())).StatusCode);

        var second = await IssuedWithoutNumberAsync("Phiên họp số thông báo thứ hai");
        Assert.Equal($"{n + 2}/TB-BCĐ", await NumberOfAsync(second));

        // The document says the number the register gave, and so does the message its recipients are sent, written in
        // the same transaction as the number (the outbox).
        var (lines, _) = await DocxAsync(await _secretariat.GetAsync($"/son-la/meetings/{second}/notice?handler=Docx"));
        Assert.Contains($"Số: {n + 2}/TB-BCĐ", lines);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from notifications.outbox where province = 'son-la' and subject = 'Thông báo kết luận số {n + 2}/TB-BCĐ: Phiên họp số thông báo thứ hai'"));
    }

    [Fact]
    public async Task Notices_issued_at_the_same_moment_never_share_a_number()
    {
        var meetings = new List<Guid>();
        foreach (var i in Enumerable.Range(1, 4))
        {
            var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, $"Phiên họp ban hành đồng thời {i}");
            var url = $"/son-la/meetings/{meeting}/notice";
            Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, url, "[name='Form.Number']", new Dictionary<string, string>
            {
                ["Form.Number"] = "",
                ["Form.Date"] = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
                ["Form.Signer"] = "Trưởng Ban Chỉ đạo",
                ["Form.Items[0].Text"] = "Hoàn thành kết nối dữ liệu dân cư.",
            })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);
            meetings.Add(meeting);
        }

        var forms = await Task.WhenAll(meetings.Select(m => Forms.OpenAsync(_secretariat, $"/son-la/meetings/{m}/notice", "form[action$='handler=Issue']")));
        var sent = await Task.WhenAll(forms.Select(f => f.SendAsync(_secretariat)));

        Assert.All(sent, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = await Task.WhenAll(meetings.Select(NumberOfAsync));
        Assert.Equal(4, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_typed_number_the_register_already_gave_is_refused_and_the_notice_stays_approved()
    {
        const string Register = "/son-la/meetings/register";
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(_secretariat, Register, Register + "?handler=Reserve",
            new Dictionary<string, string> { ["Form.TypeCode"] = "TB", ["Form.Summary"] = "Thông báo giữ số đánh tay" })).StatusCode);
        var taken = await host.Database.ScalarAsync<int>("select number from meetings.document_numbers where summary = 'Thông báo giữ số đánh tay'");

        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp số đánh tay trùng");
        var url = $"/son-la/meetings/{meeting}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, url, "[name='Form.Number']", new Dictionary<string, string>
        {
            ["Form.Number"] = $"{taken}/TB-BCĐ",
            ["Form.Date"] = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
            ["Form.Signer"] = "Trưởng Ban Chỉ đạo",
            ["Form.Items[0].Text"] = "Rà soát thủ tục hành chính.",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);

        var refused = await Forms.SubmitAsync(_secretariat, url, "form[action$='handler=Issue']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"Số {taken}/TB-BCĐ đã được cấp trong sổ đăng ký văn bản năm {Year}", (await Html.ParseAsync(refused)).Text(), StringComparison.Ordinal);
        Assert.Equal(1, await host.Database.ScalarAsync<int>($"select status from meetings.notices where meeting_id = '{meeting}'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id where n.meeting_id = '{meeting}'"));
    }
}
