using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// A real administrator (not a demo account: the demo ones are exempt while the demo is loaded) is held at enrolment
/// after the password, enrols an authenticator app from the QR page, and from then on signs in with the app's code.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorSignInTests(BrowserHost host)
{
    private const string UserName = "quan-tri.thu-nghiem";
    private const string Password = "Quản-trị-thử-nghiệm-2026";

    [Fact]
    public async Task An_administrator_enrols_an_authenticator_app_and_signs_in_with_its_code()
    {
        using (var scope = host.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<IAccountCreation>().CreateAdministratorAsync(UserName, "Quản trị thử nghiệm", Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }

        await using var browser = await host.NewSessionAsync();
        var page = browser.Page;
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Enqueue(message.Text);
            }
        };
        await SignInWithPasswordAsync(browser);

        await Expect(page).ToHaveURLAsync(new Uri(host.Address, "/account/two-factor/enrol").ToString());
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Đăng ký xác thực hai bước");
        await browser.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu đăng ký" }).ClickAsync());
        // The QR code is drawn by the server and shown under the content security policy (img-src data:).
        var qr = page.Locator("img.qr-code");
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("image => image.naturalWidth") > 0, "the QR code did not load");
        var key = await page.Locator("#authenticator-key").InnerTextAsync();

        await page.GetByLabel("Mã xác thực").FillAsync(Authenticator.Code(key));
        await browser.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật" }).ClickAsync());

        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await browser.GoAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync());
        await browser.OpenAsync("/admin/accounts");
        await browser.GoAsync(() => page.Locator("form.logout button").ClickAsync());

        await SignInWithPasswordAsync(browser);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Xác thực hai bước");
        await page.GetByLabel("Mã xác thực").FillAsync(Authenticator.Code(key));
        await browser.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync());

        await browser.OpenAsync("/admin/accounts");
        await Expect(page.Locator($"#account-{UserName.Replace(".", "\\.", StringComparison.Ordinal)}")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    private static async Task SignInWithPasswordAsync(BrowserSession browser)
    {
        await browser.OpenAsync("/account/login");
        await browser.Page.Locator("#UserName").FillAsync(UserName);
        await browser.Page.Locator("#Password").FillAsync(Password);
        await browser.GoAsync(() => browser.Page.Locator("form.stacked button[type=submit]").ClickAsync());
    }
}
