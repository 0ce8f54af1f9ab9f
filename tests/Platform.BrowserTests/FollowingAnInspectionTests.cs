using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// Sơn La inspects a department (Art. 3: "tổ chức các đoàn kiểm tra, làm việc tại các sở, ngành, địa phương"), each
/// person in their own browser: the standing agency drafts the year's plan, the head issues it (Art. 5.2), the head
/// adds a mission to it, records the findings and a recommendation and issues the closing notice; the recommendation
/// appears among the tasks and the plan shows the mission done.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowingAnInspectionTests(BrowserHost host) : IAsyncLifetime
{
    private const string Subject = "Kiểm tra triển khai nền tảng số tại Sở Khoa học và Công nghệ";
    private const string Recommendation = "Sở Khoa học và Công nghệ hoàn thiện quy trình sao lưu dữ liệu.";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private BrowserSession _secretariat = null!;
    private BrowserSession _head = null!;
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(VietnamOffset).DateTime).AddDays(1);
        host.Clock.StopAt(new DateTimeOffset(_today.ToDateTime(new TimeOnly(9, 0)), VietnamOffset));
        _secretariat = await host.NewSessionAsync();
        _head = await host.NewSessionAsync();
    }

    public async Task DisposeAsync()
    {
        host.Clock.Reset();
        await _secretariat.DisposeAsync();
        await _head.DisposeAsync();
    }

    [Fact]
    public async Task The_plan_is_drafted_and_issued_a_mission_closes_with_its_notice_and_its_recommendation_becomes_a_task()
    {
        // The standing agency drafts the year's plan.
        var page = _secretariat.Page;
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await _secretariat.GoAsync(() => MainNav(page, "Kiểm tra").ClickAsync());
        await page.Locator("#plan-text").FillAsync("Kiểm tra việc triển khai nền tảng số tại các sở, ngành trong năm.");
        await _secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo", Exact = true }).ClickAsync());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu dự thảo kế hoạch kiểm tra, giám sát.");
        await Expect(page.Locator("#plan-state")).ToHaveTextAsync("Dự thảo, chưa có hiệu lực");

        // The head issues it and adds a mission to it.
        var head = _head.Page;
        await SignInToSonLaAsync(_head, "son-la.leader");
        await _head.GoAsync(() => MainNav(head, "Kiểm tra").ClickAsync());
        await head.GetByLabel("Số văn bản (không bắt buộc)").FillAsync("03/KH-BCĐ");
        await _head.GoAsync(() => head.GetByRole(AriaRole.Button, new() { Name = "Ban hành kế hoạch", Exact = true }).ClickAsync());
        await Expect(head.Locator("#plan-state")).ToHaveTextAsync("Đã ban hành");
        await _head.GoAsync(() => head.GetByRole(AriaRole.Link, new() { Name = "Thêm đoàn trong kế hoạch" }).ClickAsync());
        await head.GetByLabel("Nội dung kiểm tra").FillAsync(Subject);
        await head.Locator("#agency-so-khcn").CheckAsync();
        await head.GetByLabel("Từ ngày").FillAsync(Day(_today));
        await head.GetByLabel("Đến ngày").FillAsync(Day(_today.AddDays(3)));
        await head.Locator("#lead").SelectOptionAsync("truong-ban");
        await _head.GoAsync(() => head.GetByRole(AriaRole.Button, new() { Name = "Thêm đoàn vào kế hoạch", Exact = true }).ClickAsync());
        await Expect(head.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã thành lập đoàn kiểm tra.");
        await Expect(head.Locator("#state")).ToHaveTextAsync("Đang kiểm tra");

        // Findings, a recommendation, the closing notice.
        await head.Locator("#findings-so-khcn").FillAsync("Chưa sao lưu dữ liệu định kỳ.");
        await _head.GoAsync(() => head.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả kiểm tra", Exact = true }).ClickAsync());
        await head.GetByLabel("Nội dung kiến nghị").FillAsync(Recommendation);
        await head.Locator("#rec-agency").SelectOptionAsync("so-khcn");
        await head.Locator("#rec-due").FillAsync(Day(_today.AddDays(30)));
        await _head.GoAsync(() => head.GetByRole(AriaRole.Button, new() { Name = "Thêm kiến nghị", Exact = true }).ClickAsync());
        await Expect(head.Locator("#recommendations tbody tr")).ToHaveCountAsync(1);
        await head.GetByLabel("Nội dung thông báo kết luận").FillAsync("Sở Khoa học và Công nghệ khắc phục tồn tại về sao lưu dữ liệu.");
        await head.GetByLabel("Số thông báo").FillAsync("07/TB-BCĐ");
        await head.GetByLabel("Ngày thông báo").FillAsync(Day(_today));
        await _head.GoAsync(() => head.GetByRole(AriaRole.Button, new() { Name = "Ban hành thông báo kết luận", Exact = true }).ClickAsync());
        await Expect(head.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ban hành thông báo kết luận kiểm tra; các kiến nghị đã được giao thành nhiệm vụ.");
        await Expect(head.Locator("#state")).ToHaveTextAsync("Đã có thông báo kết luận");
        await Expect(head.Locator("#findings-so-khcn")).ToHaveCountAsync(0);

        // The recommendation is a task of the inspected agency; the plan shows the mission done.
        await _head.GoAsync(() => MainNav(head, "Nhiệm vụ").ClickAsync());
        await Expect(head.GetByRole(AriaRole.Link, new() { Name = Recommendation })).ToHaveCountAsync(1);
        await _secretariat.GoAsync(() => MainNav(page, "Kiểm tra").ClickAsync());
        await Expect(page.Locator("#missions tbody tr", new() { HasText = Subject }).Locator(".state")).ToHaveTextAsync("Đã có thông báo kết luận");
    }

    private static async Task SignInToSonLaAsync(BrowserSession session, string userName)
    {
        await session.SignInAsync(userName);
        await session.GoAsync(() => session.Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static ILocator MainNav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
