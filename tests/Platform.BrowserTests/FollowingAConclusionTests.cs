using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// A Sơn La conclusion followed to the end, each person in their own browser: the secretariat holds a short meeting
/// and issues its conclusion notice, turns its item into a task for Văn phòng UBND tỉnh with a deadline; the member
/// for that agency reports progress and asks for more time; the head, who chaired, approves; once the original
/// deadline has passed the member reports the task done, on time by the extended deadline, and the dashboard's
/// on-time rate for the agency and the quarter goes from nothing counted to 100%.
/// </summary>
/// <remarks>
/// The host's clock is stopped in the quarter after next, which the demo data leaves without tasks: the rate read
/// there is this task's alone.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class FollowingAConclusionTests(BrowserHost host) : IAsyncLifetime
{
    private const string Title = "Họp chuyên đề về Trung tâm điều hành thông minh";
    private const string NoticeNumber = "31/TB-BCĐ";
    private const string Conclusion = "Văn phòng UBND tỉnh hoàn thiện quy chế vận hành Trung tâm điều hành thông minh, trình UBND tỉnh.";
    private const string Agency = "Văn phòng UBND tỉnh";
    private const string Progress = "Đã lấy ý kiến các sở, ngành; đang tổng hợp dự thảo quy chế.";
    private const string Reason = "Chờ ý kiến thẩm định của Sở Tư pháp.";

    /// <summary>Vietnam keeps UTC+7 all year.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private BrowserSession _secretariat = null!;
    private BrowserSession _member = null!;
    private BrowserSession _chair = null!;

    /// <summary>The day the clock starts on: the sixth day of the quarter after next.</summary>
    private DateOnly _start;

    /// <summary>The deadline first set: two weeks on.</summary>
    private DateOnly _deadline;

    /// <summary>The deadline the member asks for and the head grants: three weeks later still, in the same quarter.</summary>
    private DateOnly _extended;

    /// <summary>The quarter of both deadlines, as the dashboard labels it: "Quý II/2027".</summary>
    private string _quarter = "";

    public async Task InitializeAsync()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(VietnamOffset).DateTime);
        var quarter = ((today.Month - 1) / 3) + 2; // the quarter after next, counted from this year's first
        var quarterStart = new DateOnly(today.Year, 1, 1).AddMonths(3 * quarter);
        _start = quarterStart.AddDays(5);
        _deadline = _start.AddDays(14);
        _extended = _deadline.AddDays(20);
        _quarter = string.Create(CultureInfo.InvariantCulture, $"Quý {new[] { "I", "II", "III", "IV" }[(quarterStart.Month - 1) / 3]}/{quarterStart.Year}");
        host.Clock.StopAt(At(_start, 9));

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
    public async Task A_conclusion_becomes_a_task_the_agency_reports_and_gets_more_time_and_done_on_time_it_raises_the_on_time_rate()
    {
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        Assert.Equal("—", await OnTimeRateAsync(_secretariat));

        await SecretariatHoldsTheMeetingAndDraftsTheNoticeAsync();
        await ChairApprovesTheNoticeAsync();
        await SecretariatIssuesTheNoticeAsync();
        var task = await SecretariatAssignsTheConclusionAsync();

        await MemberReportsProgressAndAsksForMoreTimeAsync();
        await ChairApprovesTheExtensionAsync(task);

        // The original deadline passes; the extended one has not. Everyone's session has lapsed meanwhile.
        host.Clock.StopAt(At(_deadline.AddDays(6), 10));
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        Assert.Equal("—", await OnTimeRateAsync(_secretariat));

        await MemberReportsTheTaskDoneAsync();

        Assert.Equal("100% (1/1)", await OnTimeRateAsync(_secretariat));
    }

    private async Task SecretariatHoldsTheMeetingAndDraftsTheNoticeAsync()
    {
        var page = _secretariat.Page;
        var held = _start.AddDays(-1);
        await _secretariat.GoAsync(() => MainNav(page, "Cuộc họp").ClickAsync());
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lên lịch cuộc họp" }).ClickAsync());
        await page.GetByLabel("Loại cuộc họp").SelectOptionAsync(new SelectOptionValue { Label = "Họp chuyên đề" });
        await page.GetByLabel("Tên cuộc họp").FillAsync(Title);
        await page.GetByLabel("Ngày họp").FillAsync(Day(held));
        await page.GetByLabel("Giờ bắt đầu").FillAsync("14:00");
        await page.GetByLabel("Thời lượng (phút)").FillAsync("90");
        await page.GetByLabel("Hình thức").SelectOptionAsync(new SelectOptionValue { Label = "Trực tiếp" });
        await page.GetByLabel("Địa điểm").FillAsync("Phòng họp số 3, trụ sở UBND tỉnh Sơn La");
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        // The day follows today's date and may be a weekend: the page then asks to confirm it.
        if (await page.GetByLabel("Vẫn xếp lịch").CountAsync() > 0)
        {
            await page.GetByLabel("Vẫn xếp lịch").CheckAsync();
            await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        }
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lên lịch cuộc họp.");

        await _secretariat.GoAsync(() => Region(page, "Tổ chức cuộc họp").GetByRole(AriaRole.Link, new() { Name = "Ghi nhận đã họp, hủy cuộc họp" }).ClickAsync());
        await _secretariat.GoAsync(() => Region(page, "Tổ chức cuộc họp").GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã họp" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận cuộc họp đã diễn ra.");

        await _secretariat.GoAsync(() => Region(page, "Thời gian, địa điểm").GetByRole(AriaRole.Link, new() { Name = "Thông báo kết luận", Exact = true }).ClickAsync());
        await page.GetByLabel("Số thông báo").FillAsync(NoticeNumber);
        await page.GetByLabel("Ngày").FillAsync(Day(_start));
        await page.GetByLabel("Người ký").FillAsync("Trưởng Ban Chỉ đạo");
        var first = page.Locator(".item-row").First;
        await first.GetByLabel(new Regex(@"^Mục 1(\s|$)")).FillAsync(Conclusion);
        await first.GetByLabel("Cơ quan chủ trì").SelectOptionAsync(new SelectOptionValue { Label = Agency });
        await first.GetByLabel("Thời hạn").FillAsync(Day(_deadline));
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu dự thảo thông báo kết luận.");
    }

    private async Task ChairApprovesTheNoticeAsync()
    {
        var page = _chair.Page;
        await SignInToSonLaAsync(_chair, "son-la.leader");
        var waiting = Region(page, "Cuộc họp").Locator("p").Filter(new() { HasText = "thông báo kết luận chờ bạn duyệt" });
        await _chair.GoAsync(() => waiting.GetByRole(AriaRole.Link, new() { Name = "Xem" }).ClickAsync());
        await _chair.GoAsync(() => Region(page, "Thông báo kết luận chờ duyệt").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync());
        await _chair.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Duyệt thông báo kết luận" }).ClickAndConfirmAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã duyệt thông báo kết luận.");
    }

    private async Task SecretariatIssuesTheNoticeAsync()
    {
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "← " + Title }).ClickAsync());
        await _secretariat.GoAsync(() => Region(page, "Thông báo kết luận").GetByRole(AriaRole.Link, new() { Name = "Xem" }).ClickAsync());
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAndConfirmAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ban hành thông báo kết luận đến các thành viên và cơ quan liên quan.");
    }

    /// <summary>The secretariat follows the notice's item as a task; returns the task page's address.</summary>
    private async Task<string> SecretariatAssignsTheConclusionAsync()
    {
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => MainNav(page, "Nhiệm vụ").ClickAsync());
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Giao nhiệm vụ", Exact = true }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Giao nhiệm vụ");
        var item = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Conclusion });
        await _secretariat.GoAsync(() => item.GetByRole(AriaRole.Link, new() { Name = "Giao thành nhiệm vụ" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Thông báo kết luận {NoticeNumber} ngày {Day(_start)}, mục 1:");
        await Expect(page.GetByLabel("Nội dung nhiệm vụ")).ToHaveValueAsync(Conclusion);
        await page.GetByLabel("Cơ quan chủ trì").SelectOptionAsync(new SelectOptionValue { Label = Agency });
        await page.GetByLabel("Sản phẩm, kết quả đầu ra").FillAsync("Dự thảo quy chế trình UBND tỉnh.");
        await page.GetByLabel("Thời hạn (lần đầu)").FillAsync(Day(_deadline));
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã giao nhiệm vụ.");
        await Expect(Heading(page)).ToHaveTextAsync(Conclusion);
        await Expect(State(page)).ToHaveTextAsync("Chưa thực hiện");
        var assignment = Region(page, "Giao nhiệm vụ");
        await Expect(assignment).ToContainTextAsync($"Kết luận cuộc họp: Thông báo kết luận {NoticeNumber} ngày {Day(_start)}, mục 1");
        await Expect(assignment).ToContainTextAsync(Agency);
        await Expect(assignment).ToContainTextAsync(Day(_deadline));
        await Expect(page).ToHaveURLAsync(new Regex("/son-la/tasks/[0-9a-f-]{36}$"));
        return new Uri(page.Url).AbsolutePath;
    }

    private async Task MemberReportsProgressAndAsksForMoreTimeAsync()
    {
        var page = _member.Page;
        await SignInToSonLaAsync(_member, "son-la.member");
        // The home page lists the agency's tasks due within two weeks.
        var panel = Region(page, "Nhiệm vụ chậm, quá hạn");
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Conclusion })).ToHaveTextAsync($"{Conclusion} ({Day(_deadline)})");
        await _member.GoAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ của cơ quan tôi" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Nhiệm vụ của cơ quan tôi");
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = Conclusion }).ClickAsync());

        await page.GetByLabel("Kết quả, tiến độ thực hiện").FillAsync(Progress);
        await page.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await page.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("60");
        await _member.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã cập nhật tiến độ.");
        await Expect(State(page)).ToHaveTextAsync("Đang thực hiện");
        await Expect(Region(page, "Lịch sử")).ToContainTextAsync(Progress);

        await page.GetByLabel("Thời hạn đề nghị").FillAsync(Day(_extended));
        await page.GetByLabel(new Regex(@"^Lý do(\s|$)")).FillAsync(Reason);
        await _member.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị gia hạn" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi đề nghị gia hạn.");
        var pending = Region(page, "Đề nghị gia hạn chờ quyết định");
        await Expect(pending).ToContainTextAsync($"Từ {Day(_deadline)} đến {Day(_extended)} — {Reason}");
        await Expect(pending).ToContainTextAsync("Người đã giao nhiệm vụ quyết định việc gia hạn.");
    }

    /// <summary>The head chaired the meeting, so the head decides; the home page says a request is waiting.</summary>
    private async Task ChairApprovesTheExtensionAsync(string task)
    {
        var page = _chair.Page;
        await _chair.GoAsync(() => MainNav(page, "Tổng quan").ClickAsync());
        var panel = Region(page, "Nhiệm vụ chậm, quá hạn");
        await Expect(panel).ToContainTextAsync("1 đề nghị gia hạn chờ bạn quyết định");
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Conclusion })).ToContainTextAsync($"{Day(_deadline)} → {Day(_extended)}");
        await _chair.GoAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = Conclusion }).ClickAsync());
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(task) + "$"));

        await page.GetByLabel("Ý kiến (bắt buộc khi không đồng ý)").FillAsync("Đồng ý; không gia hạn thêm.");
        await _chair.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý gia hạn" }).ClickAndConfirmAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đồng ý gia hạn.");
        await Expect(Region(page, "Giao nhiệm vụ")).ToContainTextAsync($"{Day(_extended)} (ban đầu: {Day(_deadline)}; đã gia hạn)");
        await Expect(Region(page, "Lịch sử").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Đồng ý gia hạn" }))
            .ToContainTextAsync($"thời hạn {Day(_deadline)} → {Day(_extended)}");
    }

    private async Task MemberReportsTheTaskDoneAsync()
    {
        var page = _member.Page;
        await SignInToSonLaAsync(_member, "son-la.member");
        await _member.GoAsync(() => MainNav(page, "Nhiệm vụ").ClickAsync());
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ của cơ quan tôi" }).ClickAsync());
        await _member.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = Conclusion }).ClickAsync());
        // Past the first deadline but not the one in force: not overdue.
        await Expect(State(page)).ToHaveTextAsync("Đang thực hiện");

        await page.GetByLabel("Kết quả, tiến độ thực hiện").FillAsync("UBND tỉnh đã ban hành quy chế vận hành Trung tâm.");
        await page.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Đã hoàn thành" });
        await _member.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã cập nhật tiến độ.");
        await Expect(State(page)).ToHaveTextAsync("Hoàn thành đúng hạn");
        await Expect(Region(page, "Giao nhiệm vụ").Locator("dt", new() { HasTextString = "Ngày hoàn thành" }).Locator("xpath=following-sibling::dd[1]"))
            .ToHaveTextAsync(Day(_deadline.AddDays(6)));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" })).ToHaveCountAsync(0);
    }

    /// <summary>The dashboard's on-time rate of Văn phòng UBND tỉnh for the deadlines' quarter, as the page shows it.</summary>
    private async Task<string> OnTimeRateAsync(BrowserSession session)
    {
        var page = session.Page;
        await session.GoAsync(() => MainNav(page, "Nhiệm vụ").ClickAsync());
        await session.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi" }).ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Bảng theo dõi nhiệm vụ");
        var table = Region(page, "Tỷ lệ hoàn thành đúng hạn theo quý").GetByRole(AriaRole.Table);
        var headers = await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var column = headers.Select(h => h.Trim()).ToList().IndexOf(_quarter);
        Assert.True(column > 0, $"The dashboard has no column {_quarter}: {string.Join(", ", headers)}");
        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = Agency, Exact = true }) });
        var text = await row.GetByRole(AriaRole.Cell).Nth(column).InnerTextAsync();
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Signs in and opens Sơn La's home page from the list of provinces.</summary>
    private static async Task SignInToSonLaAsync(BrowserSession session, string userName)
    {
        await session.SignInAsync(userName);
        await session.GoAsync(() => session.Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
        await Expect(session.Page.GetByRole(AriaRole.Banner).Locator(".committee-name")).ToHaveTextAsync("Ban Chỉ đạo 1287");
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), VietnamOffset);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The task's state badge, under its title.</summary>
    private static ILocator State(IPage page) => page.Locator("main h1 + p .badge");

    private static ILocator MainNav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>A section of the page by its heading.</summary>
    private static ILocator Region(IPage page, string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });
}
