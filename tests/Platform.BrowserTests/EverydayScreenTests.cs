using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// The page scripts officials meet every day (issue 21.6), in Chromium: the date picker with the keyboard in both
/// languages and within 1024 pixels; the confirmation of an irreversible step, as a dialog and without JavaScript as a
/// box to tick; files checked against the server's limits before anything is sent, and a large one sent with progress
/// while the form cannot be sent twice; the print button and the print stylesheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EverydayScreenTests(BrowserHost host) : IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat
    private BrowserSession _session = null!;

    private IPage Page => _session.Page;

    public async Task InitializeAsync() => _session = await host.NewSessionAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    private static string Write(string period) => $"/son-la/reports/write?ky={period}&buoc=thanh-vien&ai={MemberSeat}";

    [Fact]
    public async Task The_date_picker_is_used_with_the_keyboard_in_Vietnamese_and_English_and_fits_1024_pixels()
    {
        await Page.SetViewportSizeAsync(1024, 768);
        await _session.SignInAsync("son-la.secretariat");
        await _session.OpenAsync("/son-la/audit");
        var from = Page.Locator("#tu");
        await from.FillAsync("14/02/2030");
        var opener = Page.GetByRole(AriaRole.Button, new() { Name = "Chọn ngày" }).First;
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "false");
        await opener.ClickAsync();

        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Tháng Hai 2030" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(dialog.Locator("th").First).ToHaveTextAsync("T2");
        // The typed day has the focus; a week down, a day right, and the next month with Page Down.
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Thứ Năm, 14/02/2030" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Thứ Sáu, 22/02/2030" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("PageDown");
        await Expect(Page.GetByRole(AriaRole.Dialog, new() { Name = "Tháng Ba 2030" })).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(from).ToHaveValueAsync("22/03/2030");
        await Expect(from).ToBeFocusedAsync();
        await Expect(Page.Locator(".datepicker").First).ToBeHiddenAsync();

        // Escape closes without choosing; the grid stays inside the page at 1024 pixels.
        await from.PressAsync("Alt+ArrowDown");
        var grid = Page.Locator(".datepicker:visible");
        await Expect(grid).ToBeVisibleAsync();
        var box = (await grid.BoundingBoxAsync())!;
        Assert.True(box.X + box.Width <= 1024, $"the picker ends at {box.X + box.Width} px");
        Assert.Equal(0, await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await Page.Keyboard.PressAsync("Escape");
        await Expect(grid).ToBeHiddenAsync();
        await Expect(from).ToHaveValueAsync("22/03/2030");

        // In English: English months and days.
        await _session.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Choose a date" }).First.ClickAsync();
        await Expect(Page.Locator(".datepicker:visible .datepicker-title")).ToHaveTextAsync(new Regex("^(January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}$"));
        await Expect(Page.Locator(".datepicker:visible th").First).ToHaveTextAsync("Mo");
        await Page.Locator(".datepicker:visible .datepicker-day").First.ClickAsync();
        await Expect(Page.Locator("#tu")).ToHaveValueAsync(new Regex("^01/\\d{2}/\\d{4}$"));
    }

    [Fact]
    public async Task An_irreversible_step_asks_in_a_dialog_and_cancelling_sends_nothing()
    {
        await _session.SignInAsync("son-la.member");
        await _session.OpenAsync(Write("Q3-2038"));
        await Page.Locator("textarea[name='Form.Results']").FillAsync("Báo cáo quý ba: kết quả đạt được.");
        // The box that stands for the dialog without JavaScript is hidden.
        await Expect(Page.Locator(".confirm-box")).ToBeHiddenAsync();

        var posts = 0;
        Page.Request += (_, r) => posts += r.Method == "POST" && r.Url.Contains("handler=Submit", StringComparison.Ordinal) ? 1 : 0;
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Gửi báo cáo này? Bản đã gửi không sửa được; muốn sửa phải gửi bản thay thế.");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" })).ToBeFocusedAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal(0, posts);

        await _session.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAndConfirmAsync());
        await Expect(Page.Locator(".notice")).ToHaveTextAsync("Đã gửi báo cáo; nơi nhận xem được ngay.");
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task Without_JavaScript_the_step_waits_for_the_box_to_be_ticked()
    {
        await using var plain = await host.NewSessionAsync(javaScript: false);
        await plain.SignInAsync("son-la.member");
        await plain.OpenAsync(Write("Q4-2038"));
        await plain.Page.Locator("textarea[name='Form.Results']").FillAsync("Báo cáo quý bốn.");
        var box = plain.Page.GetByLabel("Gửi báo cáo này? Bản đã gửi không sửa được; muốn sửa phải gửi bản thay thế.");
        await Expect(box).ToBeVisibleAsync();

        var posts = 0;
        plain.Page.Request += (_, r) => posts += r.Method == "POST" ? 1 : 0;
        await plain.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await plain.Page.WaitForTimeoutAsync(500);
        Assert.Equal(0, posts);
        // Scripts do not run in this context, so the box's state is read through the browser's own :invalid.
        await Expect(plain.Page.Locator("input[type=checkbox]:invalid")).ToHaveCountAsync(1);

        // A draft is saved without the box.
        await plain.GoAsync(() => plain.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync());
        await box.CheckAsync();
        await plain.GoAsync(() => plain.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync());
        await Expect(plain.Page.Locator(".notice")).ToHaveTextAsync("Đã gửi báo cáo; nơi nhận xem được ngay.");
    }

    [Fact]
    public async Task A_file_over_the_limit_or_of_another_type_is_refused_before_sending_and_a_large_one_goes_with_progress()
    {
        await _session.SignInAsync("son-la.member");
        await _session.OpenAsync(Write("Q1-2039"));
        var attach = Page.Locator("#attach");
        var posts = 0;
        Page.Request += (_, r) => posts += r.Method == "POST" && !r.Headers.ContainsKey("x-autosave") ? 1 : 0;

        // The limit is the server's (20 MB, checked by the integration tests); a megabyte here keeps the test quick.
        Assert.Equal("20971520", await attach.GetAttributeAsync("data-max-bytes"));
        await attach.EvaluateAsync("input => input.setAttribute('data-max-bytes', '1048576')");
        await attach.SetInputFilesAsync(new FilePayload { Name = "quá lớn.pdf", MimeType = "application/pdf", Buffer = new byte[(1024 * 1024) + 1] });
        var check = Page.Locator("#attach-check");
        await Expect(check).ToHaveTextAsync("quá lớn.pdf lớn hơn 1 MB: không gửi được.");
        await Expect(attach).ToHaveAttributeAsync("aria-invalid", "true");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Expect(attach).ToBeFocusedAsync();

        await attach.SetInputFilesAsync(new FilePayload { Name = "chuong-trinh.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A] });
        await Expect(check).ToContainTextAsync("chuong-trinh.exe không thuộc loại tệp được nhận (.pdf,");
        await Page.WaitForTimeoutAsync(300);
        Assert.Equal(0, posts);

        // A megabyte and a half of PDF: sent by the script with a progress bar, the buttons disabled until the page comes back.
        await attach.EvaluateAsync("input => input.setAttribute('data-max-bytes', '20971520')");
        var pdf = new byte[1536 * 1024];
        "%PDF-1.4 phụ lục lớn"u8.CopyTo(pdf);
        await attach.SetInputFilesAsync(new FilePayload { Name = "Phụ lục lớn.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Expect(check).ToBeHiddenAsync();
        var release = new TaskCompletionSource();
        await Page.RouteAsync(url => url.Contains("handler=Save", StringComparison.Ordinal), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        // Pressed by script: the click returns at once while the route holds the request.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).EvaluateAsync("b => b.click()");
        await Expect(Page.Locator("progress.upload-progress")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" })).ToBeDisabledAsync();
        await Expect(Page.Locator("form[aria-busy=true]")).ToHaveCountAsync(1);
        release.SetResult();
        await Expect(Page.Locator("ul.files")).ToContainTextAsync("Phụ lục lớn.pdf");
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task A_submitted_report_prints_without_the_page_around_it()
    {
        await _session.SignInAsync("son-la.member");
        await _session.OpenAsync(Write("Q2-2038"));
        await Page.Locator("textarea[name='Form.Results']").FillAsync("Báo cáo quý hai để in.");
        await _session.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAndConfirmAsync());

        var print = Page.GetByRole(AriaRole.Button, new() { Name = "In trang này" });
        await Expect(print).ToBeVisibleAsync();
        await Page.EvaluateAsync("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }");
        await print.ClickAsync();
        Assert.Equal(1, await Page.EvaluateAsync<int>("() => window.printed"));

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("nav.main-nav")).ToBeHiddenAsync();
        await Expect(print).ToBeHiddenAsync();
        await Expect(Page.Locator("article.document")).ToBeVisibleAsync();
        await Expect(Page.Locator("article.document")).ToContainTextAsync("Báo cáo quý hai để in.");
    }

    [Fact]
    public async Task A_long_step_shows_it_is_working_and_cannot_be_sent_twice()
    {
        await _session.SignInAsync("son-la.province-admin");
        await _session.OpenAsync("/son-la/quan-tri/tai-khoan/nhap");
        await Page.Locator("#Form_File").SetInputFilesAsync(new FilePayload
        {
            Name = "can-bo.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Họ và tên;Tên đăng nhập;Thư điện tử;Cơ quan;Vị trí;Vai trò\r\nPhạm Bận Rộn;sl.banron;;;;viewer\r\n"),
        });
        await _session.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync());

        var posts = 0;
        Page.Request += (_, r) => posts += r.Method == "POST" ? 1 : 0;
        var release = new TaskCompletionSource();
        await Page.RouteAsync(url => url.Contains("handler=Confirm", StringComparison.Ordinal), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        var confirm = Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tạo 1 tài khoản" });
        var response = Page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Request.Method == "POST");
        // Pressed and read in the page itself, twice, while the route holds the first request: Playwright's own
        // locators would wait for that navigation to finish.
        var state = await confirm.EvaluateAsync<string>(@"b => new Promise(done => {
            b.click();
            setTimeout(() => {
                b.click();
                const f = b.form;
                done([f.getAttribute('aria-busy'), b.disabled, f.querySelector('[role=status]')?.textContent].join('|'));
            }, 50);
        })");
        Assert.Equal("true|True|Đang xử lý, vui lòng chờ…", state.Replace("|true|", "|True|", StringComparison.Ordinal));
        release.SetResult();
        Assert.Equal(200, (await response).Status);
        await Expect(Page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã tạo 1 tài khoản.");
        Assert.Equal(1, posts);
    }
}

/// <summary>The confirmation an irreversible step asks for, given as an official gives it.</summary>
internal static class Confirmations
{
    /// <summary>Presses the button of an irreversible step and confirms in the dialog that asks.</summary>
    public static async Task ClickAndConfirmAsync(this ILocator button)
    {
        ArgumentNullException.ThrowIfNull(button);
        await button.ClickAsync();
        var dialog = button.Page.Locator("dialog.confirm-dialog[open]");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("button.primary").ClickAsync();
    }
}
