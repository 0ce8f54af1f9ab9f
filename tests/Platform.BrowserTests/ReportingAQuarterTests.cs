using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// A Sơn La quarter's reports through the chain (Art. 12.4–12.6), each person in their own browser: a member submits
/// after the deadline, the police (as the standing agency for Project 06) compile their thematic report with its
/// summary (seeing the annex the member attached), DOST compiles the general report, and the status board shows the
/// late member in red.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingAQuarterTests(BrowserHost host) : IAsyncLifetime
{
    /// <summary>The seat son-la.member holds.</summary>
    private const string MemberOffice = "Chánh Văn phòng UBND tỉnh";
    private const string MemberReport = "Văn phòng UBND tỉnh đã số hóa 95% hồ sơ trong quý.";

    private BrowserSession _member = null!;
    private BrowserSession _secretariat = null!;

    public async Task InitializeAsync()
    {
        _member = await host.NewSessionAsync();
        _secretariat = await host.NewSessionAsync();
    }

    public async Task DisposeAsync()
    {
        host.Clock.Reset();
        await _member.DisposeAsync();
        await _secretariat.DisposeAsync();
    }

    private static DateTimeOffset Vietnam(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_member_submits_late_the_police_compile_the_Project_06_report_DOST_the_general_one_and_the_board_shows_the_late_member_in_red()
    {
        // Q1 2027: members report before 10 March; this one sends on the 12th.
        host.Clock.StopAt(Vietnam(2027, 3, 12, 10));
        await SignInToSonLaAsync(_member, "son-la.member");
        await OpenBoardAsync(_member);
        await _member.GoAsync(() => BoardCell(_member.Page, MemberOffice).GetByRole(AriaRole.Link).ClickAsync());
        await Expect(Heading(_member.Page)).ToHaveTextAsync("Báo cáo của thành viên");
        // The annex is chosen first: the page saves the text by itself meanwhile, and the file goes once, with the report.
        await _member.Page.Locator("#attach").SetInputFilesAsync(new FilePayload { Name = "Phụ lục số liệu.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 phụ lục"u8.ToArray() });
        await WriteAndSubmitAsync(_member.Page, _member, new() { ["Results"] = MemberReport });
        await Expect(_member.Page.Locator("article.document ul.files li")).ToHaveCountAsync(1);
        await Expect(_member.Page.Locator("article.document ul.files")).ToContainTextAsync("Phụ lục số liệu.pdf");

        host.Clock.StopAt(Vietnam(2027, 3, 18, 9));
        await SignInToSonLaAsync(_secretariat, "son-la.secretariat");
        await OpenBoardAsync(_secretariat);
        var page = _secretariat.Page;
        await _secretariat.GoAsync(() => page.Locator("table.board a[href*='buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06']").ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Báo cáo chuyên đề của Cơ quan thường trực");
        var sources = page.Locator("section[aria-labelledby=sources]");
        await Expect(sources).ToContainTextAsync("Đã nhận 1/");
        await sources.GetByText("Kết quả đạt được (1)").ClickAsync();
        await Expect(sources).ToContainTextAsync(MemberReport);
        await sources.GetByText("Tệp đính kèm (1)").ClickAsync();
        await Expect(sources.Locator("ul.files a")).ToHaveTextAsync("Phụ lục số liệu.pdf");
        var full = string.Join(' ', Enumerable.Repeat("Đề án 06 triển khai đúng tiến độ.", 6)); // 36 words
        await WriteAndSubmitAsync(page, _secretariat, new()
        {
            ["Results"] = full,
            ["SummaryResults"] = "Đúng tiến độ, số hóa 95%.",
            ["SummaryShortcomings"] = "Còn chậm ở cấp xã.",
            ["SummaryCauses"] = "Thiếu thiết bị.",
            ["SummaryTasksAndSolutions"] = "Bổ sung thiết bị quý sau.",
        });
        await Expect(page.Locator("article.document")).ToContainTextAsync("Báo cáo tóm tắt");

        await OpenBoardAsync(_secretariat);
        await _secretariat.GoAsync(() => page.Locator("table.board a[href*='buoc=chung&ai=co-quan-thuong-truc-khcn']").ClickAsync());
        await Expect(Heading(page)).ToHaveTextAsync("Báo cáo chung của Cơ quan Thường trực chung");
        await Expect(page.Locator("section[aria-labelledby=sources]")).ToContainTextAsync("Công an tỉnh (Cơ quan Thường trực về Đề án 06)");
        await WriteAndSubmitAsync(page, _secretariat, new() { ["Results"] = "Báo cáo chung quý I: các chuyên đề đều đúng hạn." });

        await OpenBoardAsync(_secretariat);
        var late = BoardCell(page, MemberOffice);
        await Expect(late).ToHaveClassAsync("report-late");
        await Expect(late).ToContainTextAsync("Muộn 12/03/2027");
        var background = await late.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor");
        Assert.Equal("rgb(255, 235, 233)", background); // #ffebe9
        var thematic = page.Locator("table.board a[href*='buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06']").Locator("xpath=..");
        await Expect(thematic).ToHaveClassAsync("report-ontime");
        Assert.NotEqual(background, await thematic.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor"));
    }

    /// <summary>Types the sections, waits until the page has saved the draft by itself, then submits.</summary>
    private static async Task WriteAndSubmitAsync(IPage page, BrowserSession session, Dictionary<string, string> sections)
    {
        foreach (var (field, text) in sections)
        {
            await page.Locator($"textarea[name='Form.{field}']").FillAsync(text);
        }

        await Expect(page.Locator(".autosave-status")).ToContainTextAsync("Đã tự động lưu bản nháp lúc", new() { Timeout = 15_000 });
        await session.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAndConfirmAsync());
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã gửi báo cáo; nơi nhận xem được ngay.");
    }

    private static async Task OpenBoardAsync(BrowserSession session)
    {
        await session.OpenAsync("/son-la");
        await session.GoAsync(() => session.Page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi báo cáo" }).ClickAsync());
        await Expect(Heading(session.Page)).ToHaveTextAsync(new Regex("^Báo cáo định kỳ — .*2027$"));
    }

    /// <summary>The board's cell of the members' stage (the first column) in the row of <paramref name="office"/>.</summary>
    private static ILocator BoardCell(IPage page, string office) =>
        page.Locator("table.board tbody tr").Filter(new() { Has = page.Locator("th", new() { HasTextString = office }) }).Locator("td").First;

    private static async Task SignInToSonLaAsync(BrowserSession session, string userName)
    {
        await session.SignInAsync(userName);
        await session.GoAsync(() => session.Page.Locator(".province-list").GetByRole(AriaRole.Link, new() { Name = "Sơn La" }).ClickAsync());
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
