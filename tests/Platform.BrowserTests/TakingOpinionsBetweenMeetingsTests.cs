using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// Sơn La takes two members' written opinions between meetings (Art. 3), each person in their own browser: the standing
/// agency drafts the consultation, the head approves and sends it, one member answers before the deadline and the head
/// answers after it (kept, marked late), the standing agency closes it with a synthesis, the head concludes, and the
/// conclusion's item appears among the tasks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TakingOpinionsBetweenMeetingsTests(BrowserHost host) : IAsyncLifetime
{
    private const string Subject = "Ý kiến về phương án dùng chung hạ tầng dữ liệu cấp xã";
    private const string Item = "Sở Khoa học và Công nghệ xây dựng kế hoạch dùng chung hạ tầng dữ liệu cấp xã.";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private BrowserSession _secretariat = null!;
    private BrowserSession _member = null!;
    private BrowserSession _head = null!;
    private DateOnly _start;
    private DateOnly _deadline;

    public async Task InitializeAsync()
    {
        _start = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(VietnamOffset).DateTime).AddDays(1);
        _deadline = _start.AddDays(2);
        host.Clock.StopAt(At(_start, 9));
        _secretariat = await host.NewSessionAsync();
        _member = await host.NewSessionAsync();
        _head = await host.NewSessionAsync();
    }

    public async Task DisposeAsync()
    {
        host.Clock.Reset();
        await _secretariat.DisposeAsync();
        await _member.DisposeAsync();
        await _head.DisposeAsync();
    }

    [Fact]
    public async Task The_standing_agency_launches_two_members_answer_one_late_the_head_concludes_and_a_task_appears()
    {
        var province = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!;
        var memberSeat = province.Seats.First(s => s.Role == SeatRole.Member).Key;
        var headSeat = province.Seats.First(s => s.Role == SeatRole.Head).Key;

        // The standing agency drafts.
        var page = _secretariat.Page;
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await _secretariat.GoAsync(() => MainNav(page, "Lấy ý kiến").ClickAsync());
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Soạn phiếu lấy ý kiến" }).ClickAsync());
        await page.GetByLabel("Nội dung xin ý kiến").FillAsync(Subject);
        await page.Locator("#q0").FillAsync("Đồng ý với phương án do Sở Khoa học và Công nghệ đề xuất?");
        await page.GetByLabel("Chọn thành viên").CheckAsync();
        await page.Locator($"#seat-{memberSeat}").CheckAsync();
        await page.Locator($"#seat-{headSeat}").CheckAsync();
        await page.GetByLabel("Hạn trả lời").FillAsync(Day(_deadline));
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi dự thảo để duyệt" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã soạn phiếu lấy ý kiến; chờ duyệt.");
        var address = new Uri(page.Url).AbsolutePath;

        // The head approves and sends it.
        await SignInToSonLaAsync(_head, "son-la.leader");
        await _head.OpenAsync(address);
        await _head.GoAsync(() => _head.Page.GetByRole(AriaRole.Button, new() { Name = "Duyệt và gửi lấy ý kiến" }).ClickAsync());
        await Expect(_head.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã duyệt và gửi lấy ý kiến.");

        // The member finds it on the home page and agrees before the deadline.
        await SignInToSonLaAsync(_member, "son-la.member");
        var panel = Region(_member.Page, "Đang chờ ý kiến của tôi");
        await _member.GoAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync());
        await _member.Page.Locator(".answer-form").GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await _member.GoAsync(() => _member.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync());
        await Expect(_member.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi ý kiến.");

        // The deadline passes; the head answers late: kept, and marked so.
        host.Clock.StopAt(At(_deadline.AddDays(1), 9));
        await SignInToSonLaAsync(_head, "son-la.leader");
        await _head.OpenAsync(address);
        await _head.Page.Locator(".answer-form").GetByLabel("Ý kiến khác", new() { Exact = true }).CheckAsync();
        await _head.Page.Locator(".answer-form textarea").FillAsync("Cần bổ sung phương án bảo đảm an toàn thông tin.");
        await _head.GoAsync(() => _head.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync());
        await Expect(_head.Page.Locator("#answers .late")).ToHaveCountAsync(1);
        await Expect(_head.Page.Locator("table.tally tr[data-position=agree] td").First).ToHaveTextAsync("1");
        await Expect(_head.Page.Locator("table.tally tr[data-position=other] td").First).ToHaveTextAsync("1");

        // The standing agency closes it with the synthesis.
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await _secretariat.OpenAsync(address);
        await page.GetByLabel("Tổng hợp ý kiến", new() { Exact = true }).FillAsync("Một thành viên đồng ý; Trưởng Ban đề nghị bổ sung an toàn thông tin.");
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc lấy ý kiến" }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã kết thúc lấy ý kiến.");

        // The head concludes; the item becomes a task.
        await _head.OpenAsync(address);
        await _head.Page.GetByLabel("Ý kiến kết luận").FillAsync("Thống nhất phương án, bổ sung an toàn thông tin.");
        await _head.Page.Locator("#item-0").FillAsync(Item);
        await _head.Page.Locator("#item-agency-0").SelectOptionAsync("so-khcn");
        await _head.Page.Locator("#item-due-0").FillAsync(Day(_deadline.AddDays(30)));
        await _head.GoAsync(() => _head.Page.GetByRole(AriaRole.Button, new() { Name = "Ban hành kết luận" }).ClickAsync());
        await Expect(_head.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ban hành kết luận; các mục đã được giao thành nhiệm vụ.");

        await _head.GoAsync(() => MainNav(_head.Page, "Nhiệm vụ").ClickAsync());
        await Expect(_head.Page.GetByRole(AriaRole.Link, new() { Name = Item })).ToHaveCountAsync(1);
    }

    private static async Task SignInToSonLaAsync(BrowserSession session, string userName)
    {
        await session.SignInAsync(userName);
        await session.GoAsync(() => session.Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), VietnamOffset);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static ILocator MainNav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator Region(IPage page, string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });
}
