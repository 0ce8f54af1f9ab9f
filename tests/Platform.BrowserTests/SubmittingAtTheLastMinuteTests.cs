using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// A member types a report and presses "Gửi báo cáo" at once, while the page's script is saving the draft — fifty
/// times, one report each — and every report ends submitted once. And a page whose address ends in handler=Submit
/// (where a refused submission leaves the browser) autosaves the draft without submitting it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmittingAtTheLastMinuteTests(BrowserHost host) : IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat
    private const string ResultsField = "textarea[name='Form.Results']";

    private BrowserSession _member = null!;

    private IPage Page => _member.Page;

    public async Task InitializeAsync()
    {
        _member = await host.NewSessionAsync();
        await _member.SignInAsync("son-la.member");
    }

    public async Task DisposeAsync() => await _member.DisposeAsync();

    private static string Write(string period) => $"/son-la/reports/write?ky={period}&buoc=thanh-vien&ai={MemberSeat}";

    /// <summary>The member's report for a period: "edition:status" of every version, in order.</summary>
    private Task<string> VersionsAsync(string period)
    {
        var kind = period[0] switch { 'Q' => 0, 'H' => 1, _ => 2 };
        var number = kind == 2 ? "1" : period[1..2];
        return host.Database.ScalarAsync<string>($"""
            select coalesce(string_agg(edition || ':' || status, ',' order by edition), '')
            from reporting.submissions
            where province = 'son-la' and period_kind = {kind} and year = {period[^4..]} and number = {number} and stage_key = 'thanh-vien' and submitter_key = '{MemberSeat}'
            """);
    }

    [Fact]
    public async Task Fifty_reports_typed_and_submitted_at_once_each_end_submitted_once()
    {
        var periods = Enumerable.Range(2040, 13).SelectMany(y => new[] { "Q1", "Q2", "Q3", "Q4" }.Select(p => $"{p}-{y}")).Take(50).ToList();
        var autosaveRefusals = new ConcurrentQueue<string>();
        Page.Response += (_, response) =>
        {
            if (response.Request.Headers.ContainsKey("x-autosave") && response.Status >= 400)
            {
                autosaveRefusals.Enqueue($"{response.Url} answered {response.Status}");
            }
        };
        // The page's timers run on a clock the test moves: the autosave starts exactly when the test says.
        await Page.Clock.InstallAsync();

        var failures = new List<string>();
        foreach (var period in periods)
        {
            var opened = await Page.GotoAsync(Write(period));
            Assert.Equal(200, opened!.Status);
            await Page.Locator(ResultsField).FillAsync($"Báo cáo {period}: kết quả đạt được trong kỳ.");
            await Page.Clock.RunForAsync(3000); // the author paused: the autosave is on its way…

            // …and "Gửi báo cáo" is pressed while it is. The script's request may be cut off by the page leaving, or
            // reach the server before, with or after the submission.
            var sent = await Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAndConfirmAsync(),
                r => r.Request.IsNavigationRequest && r.Frame == Page.MainFrame && r.Status is < 300 or >= 400);
            if (sent.Status != 200)
            {
                failures.Add($"{period}: the submission answered {sent.Status}");
                continue;
            }

            await Expect(Page.Locator(".notice")).ToHaveTextAsync("Đã gửi báo cáo; nơi nhận xem được ngay.");
        }

        await Page.GotoAsync("/son-la"); // nothing of the last report's page is left to send
        foreach (var period in periods)
        {
            if (await VersionsAsync(period) is var versions and not "1:1")
            {
                failures.Add($"{period}: versions {versions}, expected one submitted version (1:1)");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(autosaveRefusals);
    }

    [Fact]
    public async Task An_autosave_on_a_page_whose_address_ends_in_handler_Submit_saves_the_draft_and_submits_nothing()
    {
        await _member.OpenAsync(Write("Q2-2039"));
        // Submitting with nothing typed is refused, and the browser stays on the address the form posted to.
        await _member.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAndConfirmAsync(), expectedStatus: 422);
        Assert.EndsWith("handler=Submit", Page.Url, StringComparison.Ordinal);

        await Page.Locator(ResultsField).FillAsync("Kết quả quý hai, đang viết dở.");

        await Expect(Page.Locator(".autosave-status")).ToContainTextAsync("Đã tự động lưu bản nháp lúc", new() { Timeout = 15_000 });
        Assert.Equal("1:0", await VersionsAsync("Q2-2039"));
        _member.AssertNoBrokenResources();
    }
}
