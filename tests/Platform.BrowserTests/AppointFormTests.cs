using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>The appointment form as a keyboard user meets it when something typed is wrong.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointFormTests(BrowserHost host) : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    private IPage Page => _browser.Page;

    public async Task InitializeAsync()
    {
        _browser = await host.NewSessionAsync();
        // A secretary of both provinces: one account may hold roles in several provinces.
        await _browser.SignInAsync("multi.secretariat");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task An_impossible_date_is_explained_in_Vietnamese_next_to_its_field_and_nothing_typed_is_lost()
    {
        // Arrange a vacant seat the way the secretariat would: the current holder leaves by decision.
        await _browser.OpenAsync("/son-la/seats/chanh-van-phong-ubnd/end");
        await _browser.TypeFieldByFieldAsync(
            ("Ngày thôi giữ", "01/09/2025"),
            ("Số quyết định", "290/QĐ-UBND"),
            ("Ngày ký", "29/08/2025"),
            ("Người ký", "Chủ tịch UBND tỉnh"));
        await _browser.PressEnterOnFocusedAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi.");

        await _browser.FollowWithKeyboardAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Bổ nhiệm theo quyết định" }));
        await _browser.TypeFieldByFieldAsync(
            ("Họ và tên người được bổ nhiệm", "Hoàng Văn Nam"),
            ("Ngày có hiệu lực", "31/02/2025"),
            ("Số quyết định", "301/QĐ-UBND"),
            ("Ngày ký", "10/09/2025"),
            ("Người ký", "Chủ tịch UBND tỉnh"));
        await _browser.PressEnterOnFocusedAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }), expectedStatus: 422);

        var effective = Page.GetByLabel("Ngày có hiệu lực");
        var error = Page.Locator("#Form_EffectiveFrom-error");
        await Expect(error).ToHaveTextAsync("Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        // Next to its field: right before the input, and read out with it as its description.
        await Expect(Page.Locator("#Form_EffectiveFrom-error + input#Form_EffectiveFrom")).ToBeVisibleAsync();
        await Expect(effective).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(effective).ToHaveAccessibleDescriptionAsync(new Regex("Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy\\."));
        await Expect(Page.Locator(".field-error")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");

        await Expect(Page.GetByLabel("Họ và tên người được bổ nhiệm")).ToHaveValueAsync("Hoàng Văn Nam");
        await Expect(effective).ToHaveValueAsync("31/02/2025");
        await Expect(Page.GetByLabel("Số quyết định")).ToHaveValueAsync("301/QĐ-UBND");
        await Expect(Page.GetByLabel("Ngày ký")).ToHaveValueAsync("10/09/2025");
        await Expect(Page.GetByLabel("Người ký")).ToHaveValueAsync("Chủ tịch UBND tỉnh");
    }
}
