using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Core.Dates;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// A Sơn La meeting from the invitation to the conclusion notice, each person in their own browser: the secretariat
/// schedules it, a member asks to be excused and the chair agrees (Sơn La, Art. 9.2c), the meeting is held, the
/// secretariat drafts the conclusion notice, the chair approves it, the secretariat issues it and the member reads it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HoldingAMeetingTests(BrowserHost host) : IAsyncLifetime
{
    private const string Title = "Họp chuyên đề về chuyển đổi số trong cải cách hành chính";
    private const string Place = "Phòng họp số 2, trụ sở UBND tỉnh Sơn La";
    private const string Reason = "Dự Hội nghị trực tuyến của Bộ Nội vụ cùng thời gian.";
    private const string NoticeNumber = "25/TB-BCĐ";
    private const string Conclusion = "Sở Khoa học và Công nghệ hoàn thiện Kế hoạch chuyển đổi số năm 2026, trình UBND tỉnh.";

    /// <summary>The first member seat, which son-la.member holds. Other tests may change its holder, not its office.</summary>
    private const string MemberOffice = "Chánh Văn phòng UBND tỉnh";

    /// <summary>The head's seat, which son-la.leader holds; the head chairs unless a deputy is delegated (Art. 5.3).</summary>
    private const string ChairOffice = "Chủ tịch UBND tỉnh";

    /// <summary>Vietnam keeps UTC+7 all year.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private BrowserSession _secretariat = null!;
    private BrowserSession _member = null!;
    private BrowserSession _chair = null!;

    /// <summary>Tomorrow at 14:00 in Vietnam: the invitation goes out before the meeting.</summary>
    private DateTimeOffset _startsAt;

    public async Task InitializeAsync()
    {
        // The host's clock stops here and moves only when the test says the meeting has begun.
        var now = DateTimeOffset.UtcNow;
        host.Clock.StopAt(now);
        // The next working day by the host's own calendar, so that scheduling asks for no confirmation.
        var calendar = host.Services.GetRequiredService<IWorkingCalendar>();
        var day = now.ToOffset(VietnamOffset).Date.AddDays(1);
        while (!calendar.IsWorkingDay(DateOnly.FromDateTime(day)))
        {
            day = day.AddDays(1);
        }

        _startsAt = new DateTimeOffset(day.AddHours(14), VietnamOffset);

        _secretariat = await host.NewSessionAsync();
        _member = await host.NewSessionAsync();
        _chair = await host.NewSessionAsync();
    }

    public async Task DisposeAsync()
    {
        host.Clock.Reset();
        await _secretariat.DisposeAsync();
        await _member.DisposeAsync();
        await _chair.DisposeAsync();
    }

    [Fact]
    public async Task The_secretariat_schedules_a_meeting_the_chair_excuses_a_member_who_then_reads_the_conclusion_notice()
    {
        await SecretariatSchedulesTheMeetingAsync();
        await MemberAsksToBeExcusedAsync();
        await ChairAgreesToTheAbsenceAsync();

        await TheMeetingBeginsAsync();

        await SecretariatRecordsTheMeetingAsHeldWithTheMemberExcusedAsync();
        await SecretariatDraftsTheConclusionNoticeAsync();
        await ChairApprovesTheNoticeAsync();
        await SecretariatIssuesTheNoticeAsync();
        await MemberReadsTheNoticeAsync();
        await SecretariatSeesTheMemberHasReadItAsync();
    }

    private async Task SecretariatSchedulesTheMeetingAsync()
    {
        var page = _secretariat.Page;
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await _secretariat.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Cuộc họp");

        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lên lịch cuộc họp" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Lên lịch cuộc họp");
        await page.GetByLabel("Loại cuộc họp").SelectOptionAsync(new SelectOptionValue { Label = "Họp chuyên đề" });
        await page.GetByLabel("Tên cuộc họp").FillAsync(Title);
        await page.GetByLabel("Ngày họp").FillAsync(Day(_startsAt));
        await page.GetByLabel("Giờ bắt đầu").FillAsync(Time(_startsAt));
        await page.GetByLabel("Thời lượng (phút)").FillAsync("120");
        await page.GetByLabel("Hình thức").SelectOptionAsync(new SelectOptionValue { Label = "Trực tiếp" });
        await page.GetByLabel("Địa điểm").FillAsync(Place);
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        // The day follows today's date and may be a weekend: the page then asks to confirm it.
        if (await page.GetByLabel("Vẫn xếp lịch").CountAsync() > 0)
        {
            await page.GetByLabel("Vẫn xếp lịch").CheckAsync();
            await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        }

        await Expect(page).ToHaveURLAsync(new Regex("/son-la/meetings/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lên lịch cuộc họp.");
        await Expect(Heading(page)).ToHaveTextAsync(Title);
        await Expect(MeetingStatus(page)).ToHaveTextAsync("Đã lên lịch");
        var when = Region(page, "Thời gian, địa điểm");
        await Expect(when).ToContainTextAsync($"{Day(_startsAt)}, {Time(_startsAt)}–{Time(_startsAt.AddHours(2))}");
        await Expect(when).ToContainTextAsync("Trực tiếp");
        await Expect(when).ToContainTextAsync(Place);
        await Expect(when).ToContainTextAsync(ChairOffice);

        // Before it starts, the meeting cannot be recorded as held: its status page, linked from the overview, says so.
        await _secretariat.GoAsync(() => Region(page, "Tổ chức cuộc họp").GetByRole(AriaRole.Link, new() { Name = "Ghi nhận đã họp, hủy cuộc họp" }).ClickAsync());
        await Expect(page).ToHaveURLAsync(new Regex("/son-la/meetings/[0-9a-f-]{36}/status$"));
        var running = Region(page, "Tổ chức cuộc họp");
        await Expect(running).ToContainTextAsync("Sau giờ bắt đầu, ghi nhận cuộc họp đã diễn ra");
        await Expect(running.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã họp" })).ToHaveCountAsync(0);
    }

    private async Task MemberAsksToBeExcusedAsync()
    {
        var page = _member.Page;
        await SignInToSonLaAsync(_member, "son-la.member");
        await _member.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lời mời của tôi" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Lời mời của tôi");
        var invitation = Region(page, "Cuộc họp được mời").GetByRole(AriaRole.Row).Filter(new() { HasText = Title });
        await Expect(invitation).ToContainTextAsync(MemberOffice);
        await Expect(invitation).ToContainTextAsync("Đã lên lịch");

        await _member.GoAsync(() => invitation.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync(Title);
        var mine = Region(page, "Lời mời của tôi");
        await Expect(mine.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Lời mời của tôi: {MemberOffice}");

        await _member.GoAsync(() => mine.GetByRole(AriaRole.Link, new() { Name = "Xin vắng mặt / cử người dự thay" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync($"Xin vắng mặt: {Title}");
        // Sơn La, Art. 9.2c: a member who cannot attend needs the agreement of the meeting's chair.
        await Expect(Region(page, "Quy định áp dụng")).ToContainTextAsync("Thành viên không dự họp phải báo cáo và được người chủ trì cuộc họp đồng ý.");
        await page.GetByLabel("Lý do vắng mặt").FillAsync(Reason);
        await _member.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi đề nghị vắng mặt; người có thẩm quyền sẽ quyết định.");
        await Expect(mine).ToContainTextAsync("Đề nghị vắng mặt: Chờ quyết định");
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Xin vắng mặt / cử người dự thay" })).ToHaveCountAsync(0);
    }

    private async Task ChairAgreesToTheAbsenceAsync()
    {
        var page = _chair.Page;
        await SignInToSonLaAsync(_chair, "son-la.leader");

        // The province's home page tells the chair a request is waiting.
        var panel = Region(page, "Cuộc họp");
        await Expect(panel).ToContainTextAsync("1 đề nghị vắng mặt chờ bạn quyết định");
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{MemberOffice}: {Title}" })).ToBeVisibleAsync();

        await _chair.GoAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = "Xem và quyết định" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Việc chờ tôi quyết định");
        var request = page.Locator("article.request").Filter(new() { HasText = Title });
        await Expect(request.GetByRole(AriaRole.Heading)).ToContainTextAsync(MemberOffice);
        await Expect(request).ToContainTextAsync($"Lý do: {Reason}");
        await request.GetByLabel("Ghi chú").FillAsync("Đồng ý; đề nghị báo cáo kết quả hội nghị bằng văn bản.");
        await _chair.GoAsync(() => request.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).ClickAndConfirmAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đồng ý cho vắng mặt.");
        await Expect(page.Locator("article.request").Filter(new() { HasText = Title })).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The clock moves to a quarter of an hour after the start. Yesterday's sessions have lapsed meanwhile (30 idle
    /// minutes), so each person signs in again.
    /// </summary>
    private async Task TheMeetingBeginsAsync()
    {
        host.Clock.StopAt(_startsAt.AddMinutes(15));

        await _secretariat.GoAsync(() => _secretariat.Page.ReloadAsync());
        await Expect(_secretariat.Page).ToHaveURLAsync(new Regex("/account/login"));
    }

    private async Task SecretariatRecordsTheMeetingAsHeldWithTheMemberExcusedAsync()
    {
        var page = _secretariat.Page;
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await _secretariat.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await _secretariat.GoAsync(() => Region(page, "Danh sách cuộc họp trong tháng").GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync());

        await _secretariat.GoAsync(() => Region(page, "Tổ chức cuộc họp").GetByRole(AriaRole.Link, new() { Name = "Ghi nhận đã họp, hủy cuộc họp" }).ClickAsync());
        await _secretariat.GoAsync(() => Region(page, "Tổ chức cuộc họp").GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã họp" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận cuộc họp đã diễn ra.");
        await Expect(MeetingStatus(page)).ToHaveTextAsync("Đã họp");

        // The register starts from the chair's decision: the member is excused.
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Danh sách điểm danh" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Danh sách điểm danh");
        await Expect(RegisterRow(page, MemberOffice).Locator("option:checked")).ToHaveTextAsync("Vắng có phép");
        await RegisterRow(page, ChairOffice).GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "Có mặt" });
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu danh sách điểm danh.");
        await Expect(RegisterRow(page, ChairOffice).Locator("option:checked")).ToHaveTextAsync("Có mặt");
        await Expect(RegisterRow(page, MemberOffice).Locator("option:checked")).ToHaveTextAsync("Vắng có phép");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Có mặt 1; cử người dự thay 0; vắng có phép 1; vắng không phép 0;");

        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "← " + Title }).ClickAsync());
        var invitee = RegionStartingWith(page, "Thành phần mời").GetByRole(AriaRole.Row).Filter(new() { Has = Cell(page, MemberOffice) });
        // The decision and who took it (the chair, Sơn La Art. 9.2c).
        await Expect(invitee.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync(new Regex(@"^\s*Đồng ý\s+son-la\.leader\s*$"));
        await Expect(invitee.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Vắng có phép");
    }

    private async Task SecretariatDraftsTheConclusionNoticeAsync()
    {
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => Region(page, "Thời gian, địa điểm").GetByRole(AriaRole.Link, new() { Name = "Thông báo kết luận", Exact = true }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Dự thảo thông báo kết luận");

        await page.GetByLabel("Số thông báo").FillAsync(NoticeNumber);
        await page.GetByLabel("Ngày").FillAsync(Today());
        await page.GetByLabel("Người ký").FillAsync("Trưởng Ban Chỉ đạo");
        var first = page.Locator(".item-row").First;
        await first.GetByLabel(new Regex(@"^Mục 1(\s|$)")).FillAsync(Conclusion);
        await first.GetByLabel("Cơ quan chủ trì").SelectOptionAsync(new SelectOptionValue { Label = "Sở Khoa học và Công nghệ" });
        await first.GetByLabel("Thời hạn").FillAsync(Day(_startsAt.AddDays(30)));
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu dự thảo thông báo kết luận.");
        await Expect(Heading(page)).ToHaveTextAsync("Sửa dự thảo thông báo kết luận");
        await Expect(page.GetByLabel(new Regex(@"^Mục 1(\s|$)"))).ToHaveValueAsync(Conclusion);
        // Only the chair approves.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Duyệt thông báo kết luận" })).ToHaveCountAsync(0);
    }

    private async Task ChairApprovesTheNoticeAsync()
    {
        var page = _chair.Page;
        await SignInToSonLaAsync(_chair, "son-la.leader");
        var waiting = Region(page, "Cuộc họp").Locator("p").Filter(new() { HasText = "1 thông báo kết luận chờ bạn duyệt" });
        await _chair.GoAsync(() => waiting.GetByRole(AriaRole.Link, new() { Name = "Xem" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Việc chờ tôi quyết định");
        await _chair.GoAsync(() => Region(page, "Thông báo kết luận chờ duyệt").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync());

        var notice = page.Locator("article.document");
        await Expect(notice.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Kết luận của người chủ trì tại {Title}");
        await Expect(notice).ToContainTextAsync($"Số: {NoticeNumber}");
        await Expect(notice).ToContainTextAsync($"Sơn La, {DecreeDate()}");
        var item = notice.Locator("[data-part=body]").Filter(new() { HasText = Conclusion });
        await Expect(item).ToContainTextAsync($"1. {Conclusion} (Cơ quan chủ trì: Sở Khoa học và Công nghệ");
        await Expect(notice.Locator("[data-part=recipients] li").Last).ToHaveTextAsync("- Lưu: VT.");
        await Expect(page.Locator("p.notice-status")).ToHaveTextAsync("Dự thảo");

        await _chair.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Duyệt thông báo kết luận" }).ClickAndConfirmAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã duyệt thông báo kết luận.");
        await Expect(page.Locator("p.notice-status")).ToContainTextAsync("Người chủ trì đã duyệt");
    }

    private async Task SecretariatIssuesTheNoticeAsync()
    {
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "← " + Title }).ClickAsync());
        var notice = Region(page, "Thông báo kết luận");
        await Expect(notice).ToContainTextAsync($"Người chủ trì đã duyệt {NoticeNumber} {Today()}");

        await _secretariat.GoAsync(() => notice.GetByRole(AriaRole.Link, new() { Name = "Xem" }).ClickAsync());
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAndConfirmAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ban hành thông báo kết luận đến các thành viên và cơ quan liên quan.");
        await Expect(page.Locator("p.notice-status")).ToContainTextAsync("Đã ban hành");
        await Expect(RecipientRow(page, MemberOffice).GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("Chưa xem");
    }

    private async Task MemberReadsTheNoticeAsync()
    {
        var page = _member.Page;
        await SignInToSonLaAsync(_member, "son-la.member");
        await _member.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lời mời của tôi" }).ClickAsync());

        var invitation = Region(page, "Cuộc họp được mời").GetByRole(AriaRole.Row).Filter(new() { HasText = Title });
        await Expect(invitation.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("Đã họp Xin vắng: Đồng ý · Vắng có phép");
        var notices = Region(page, "Thông báo kết luận gửi đến tôi");
        var unread = notices.Locator("li.unread").Filter(new() { HasText = Title });
        await Expect(unread).ToHaveTextAsync($"{NoticeNumber} — {Title} ({Today()}, chưa xem)");

        await _member.GoAsync(() => unread.GetByRole(AriaRole.Link, new() { Name = $"{NoticeNumber} — {Title}" }).ClickAsync());
        var notice = page.Locator("article.document");
        await Expect(notice.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Title);
        await Expect(notice.Locator("[data-part=body]").Filter(new() { HasText = Conclusion })).ToHaveCountAsync(1);

        await _member.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lời mời của tôi" }).ClickAsync());
        await Expect(notices.Locator("li").Filter(new() { HasText = Title })).ToHaveTextAsync($"{NoticeNumber} — {Title} ({Today()})");
    }

    private async Task SecretariatSeesTheMemberHasReadItAsync()
    {
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => page.ReloadAsync());
        var read = RecipientRow(page, MemberOffice).GetByRole(AriaRole.Cell).Last;
        await Expect(read).Not.ToHaveTextAsync("Chưa xem");
        await Expect(read).ToHaveTextAsync($"{Today()} {Time(host.Clock.GetUtcNow())} — son-la.member");
    }

    /// <summary>Signs in and opens Sơn La's home page from the list of provinces.</summary>
    private static async Task SignInToSonLaAsync(BrowserSession session, string userName)
    {
        await session.SignInAsync(userName);
        await session.GoAsync(() => session.Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
        await Expect(session.Page.GetByRole(AriaRole.Banner).Locator(".committee-name")).ToHaveTextAsync("Ban Chỉ đạo 1287");
    }

    /// <summary>Today on the host's clock, as Vietnam counts days.</summary>
    private string Today() => Day(host.Clock.GetUtcNow());

    /// <summary>
    /// Today as an official document dates it: "ngày 07 tháng 12 năm 2026", a leading zero on days below 10 and on
    /// January and February (Decree 30/2020/NĐ-CP, Appendix I, 1.4).
    /// </summary>
    private string DecreeDate()
    {
        var d = host.Clock.GetUtcNow().ToOffset(VietnamOffset);
        var month = d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    private static string Day(DateTimeOffset moment) => moment.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset moment) => moment.ToOffset(VietnamOffset).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator MainNav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>A section of the page by its heading.</summary>
    private static ILocator Region(IPage page, string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    /// <summary>A section whose heading goes on after these words, with a count or the article it cites.</summary>
    private static ILocator RegionStartingWith(IPage page, string heading) =>
        page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^" + Regex.Escape(heading) + " ") });

    /// <summary>The meeting's status badge, under its title.</summary>
    private static ILocator MeetingStatus(IPage page) => page.Locator("main h1 + p .badge");

    private static ILocator Cell(IPage page, string text) => page.GetByRole(AriaRole.Cell, new() { Name = text, Exact = true });

    /// <summary>A row of the attendance register, by the invitee's office.</summary>
    private static ILocator RegisterRow(IPage page, string office) =>
        page.Locator("table.register tbody tr").Filter(new() { Has = Cell(page, office) });

    /// <summary>A row of the notice's recipients, named "holder — office" (or the office alone while it is vacant).</summary>
    private static ILocator RecipientRow(IPage page, string office) =>
        RegionStartingWith(page, "Nơi nhận").GetByRole(AriaRole.Row).Filter(new() { HasText = office });
}
