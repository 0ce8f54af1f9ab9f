using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>An official of the secretariat reads both committees, then records a change of member by decision.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointingAMemberTests(BrowserHost host) : IAsyncLifetime
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
    public async Task An_official_reads_both_committees_and_replaces_a_Son_La_member_by_decision()
    {
        // The platform's home page lists the provinces it serves.
        await _browser.OpenAsync("/");
        var provinces = Page.Locator(".province-list");
        await Expect(provinces.GetByRole(AriaRole.Link, new() { Name = "Đắk Lắk" })).ToBeVisibleAsync();
        await Expect(provinces.GetByRole(AriaRole.Link, new() { Name = "Sơn La" })).ToBeVisibleAsync();

        // Đắk Lắk's overview shows its three sub-committees among the bodies that help the committee.
        await _browser.GoAsync(() => provinces.GetByRole(AriaRole.Link, new() { Name = "Đắk Lắk" }).ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/dak-lak$"));
        var subcommittees = OrgGroup("Các Tiểu Ban").Locator("li strong");
        await Expect(subcommittees).ToHaveTextAsync(
        [
            "Tiểu Ban Triển khai Đề án 06",
            "Tiểu Ban Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            "Tiểu Ban Cải cách hành chính",
        ]);

        // Back to the list, then Sơn La: Ban Chỉ đạo 1287 with three standing agencies, DOST the general one.
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Các tỉnh đang phục vụ" }).ClickAsync());
        await _browser.GoAsync(() => Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/son-la$"));
        await Expect(Page.GetByRole(AriaRole.Banner).Locator(".committee-name")).ToHaveTextAsync("Ban Chỉ đạo 1287");
        var standingAgencies = OrgGroup("Cơ quan thường trực").GetByRole(AriaRole.Listitem);
        await Expect(standingAgencies).ToHaveCountAsync(3);
        var general = standingAgencies.Filter(new() { Has = Page.Locator(".badge.general") });
        await Expect(general).ToHaveCountAsync(1);
        await Expect(general).ToContainTextAsync("Sở Khoa học và Công nghệ");
        await Expect(general.Locator(".badge.general")).ToHaveTextAsync("Cơ quan thường trực chung");

        // The members page: the directors of the police, DOST and Home Affairs sit as deputy heads (Art. 8).
        await _browser.GoAsync(() => MainNav("Thành viên").ClickAsync());
        var deputies = MembersTable("Các Phó Trưởng Ban");
        foreach (var office in new[] { "Giám đốc Công an tỉnh", "Giám đốc Sở Khoa học và Công nghệ", "Giám đốc Sở Nội vụ" })
        {
            await Expect(deputies.GetByRole(AriaRole.Link, new() { Name = office, Exact = true })).ToBeVisibleAsync();
        }

        // From here on, the keyboard: the finance director's seat, whose holder leaves by decision.
        await _browser.FollowWithKeyboardAsync(MembersTable("Các thành viên").GetByRole(AriaRole.Link, new() { Name = "Giám đốc Sở Tài chính", Exact = true }));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Giám đốc Sở Tài chính");
        var seatUrl = Page.Url;
        var holder = CurrentHolderCard();
        var leaving = await holder.Locator("strong").First.InnerTextAsync();

        await _browser.FollowWithKeyboardAsync(holder.GetByRole(AriaRole.Link, new() { Name = "Cho thôi giữ theo quyết định" }));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cho thôi giữ vị trí: Giám đốc Sở Tài chính");
        await _browser.TypeFieldByFieldAsync(
            ("Ngày thôi giữ", "01/08/2025"),
            ("Số quyết định", "251/QĐ-UBND"),
            ("Ngày ký", "28/07/2025"),
            ("Người ký", "Chủ tịch UBND tỉnh"));
        await _browser.PressEnterOnFocusedAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }));

        await Expect(Page).ToHaveURLAsync(seatUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi.");
        await Expect(CurrentHolderCard().Locator(".vacant")).ToHaveTextAsync("Còn trống");
        await Expect(HistoryRow(leaving)).ToContainTextAsync("31/07/2025 (thôi giữ)");

        // The vacant seat offers an appointment; the new director is appointed from 15/08/2025.
        await _browser.FollowWithKeyboardAsync(CurrentHolderCard().GetByRole(AriaRole.Link, new() { Name = "Bổ nhiệm theo quyết định" }));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bổ nhiệm vào vị trí: Giám đốc Sở Tài chính");
        await _browser.TypeFieldByFieldAsync(
            ("Họ và tên người được bổ nhiệm", "Tòng Văn Hải"),
            ("Ngày có hiệu lực", "15/08/2025"),
            ("Số quyết định", "268/QĐ-UBND"),
            ("Ngày ký", "12/08/2025"),
            ("Người ký", "Chủ tịch UBND tỉnh"));
        await _browser.PressEnterOnFocusedAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }));

        await Expect(Page).ToHaveURLAsync(seatUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi.");
        await Expect(CurrentHolderCard().Locator("strong").First).ToHaveTextAsync("Tòng Văn Hải");
        await Expect(CurrentHolderCard()).ToContainTextAsync("từ ngày 15/08/2025");
        await Expect(HistoryRow("Tòng Văn Hải")).ToContainTextAsync("268/QĐ-UBND");

        // The members page as it stood on 15/08/2025 shows the new director in the seat.
        await _browser.FollowWithKeyboardAsync(MainNav("Thành viên"));
        var day = Page.GetByLabel("Xem Ban Chỉ đạo tại ngày");
        await day.PressAsync("ControlOrMeta+A");
        await _browser.Keyboard.TypeAsync("15/08/2025");
        await _browser.GoAsync(() => _browser.Keyboard.PressAsync("Enter"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thành viên Ban Chỉ đạo — 15/08/2025");
        var financeRow = Page.Locator("tr#giam-doc-so-tai-chinh");
        await Expect(financeRow.Locator("td").First).ToContainTextAsync("Tòng Văn Hải");
        await Expect(financeRow.Locator("td").First).ToContainTextAsync("QĐ 268/QĐ-UBND");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "son-la-members.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        await Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(File.Exists(screenshot), $"No screenshot at {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0, $"The screenshot at {screenshot} is empty");
        _browser.AssertNoBrokenResources();
    }

    /// <summary>A group of the overview's "bodies that help the committee", by its heading.</summary>
    private ILocator OrgGroup(string heading) =>
        Page.Locator(".org-groups > div").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    private ILocator MainNav(string name) =>
        Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The members table whose caption starts with the role's name, e.g. "Các Phó Trưởng Ban (5)".</summary>
    private ILocator MembersTable(string roles) =>
        Page.Locator("table.members").Filter(new() { Has = Page.Locator("caption", new() { HasTextRegex = new Regex("^" + Regex.Escape(roles) + @" \(\d+\)$") }) });

    private ILocator CurrentHolderCard() =>
        Page.Locator("section.card").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Người đang giữ", Exact = true }) });

    private ILocator HistoryRow(string person) =>
        Page.Locator("table").Last.Locator("tbody tr").Filter(new() { HasText = person });
}
