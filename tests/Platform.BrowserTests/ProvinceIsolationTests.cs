using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>An official signs in and sees their own province only: another province's pages do not exist for them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvinceIsolationTests(BrowserHost host) : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    private IPage Page => _browser.Page;

    public async Task InitializeAsync() => _browser = await host.NewSessionAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_Son_La_secretary_sees_Son_La_and_cannot_reach_Dak_Lak()
    {
        // Anyone who is not signed in is sent to the sign-in page first.
        await _browser.GoAsync(() => Page.GotoAsync("/son-la/members"));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        await _browser.SignInAsync("son-la.secretariat");
        await Expect(Page.Locator(".province-list a")).ToHaveTextAsync(["Sơn La"]);

        await _browser.GoAsync(() => Page.Locator(".province-list a").ClickAsync());
        await Expect(Page.Locator(".committee-name")).ToHaveTextAsync("Ban Chỉ đạo 1287");
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Thành viên", Exact = true }).ClickAsync());
        await Expect(Page.Locator("h1")).ToContainTextAsync("Thành viên Ban Chỉ đạo");

        await _browser.GoAsync(() => Page.GotoAsync("/dak-lak"), expectedStatus: 404);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Không tìm thấy trang");
        await _browser.GoAsync(() => Page.GotoAsync("/dak-lak/members"), expectedStatus: 404);
        await _browser.GoAsync(() => Page.GotoAsync("/dak-lak/quy-che"), expectedStatus: 404);
    }
}
