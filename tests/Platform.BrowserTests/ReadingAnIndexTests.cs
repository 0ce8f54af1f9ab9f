using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// An index's page in Chromium, as a committee member reads it before a meeting: the DTI trend over the demo's three
/// years as a chart drawn on the server (an image with its name, no script needed) beside the table that holds the same
/// figures, the last year's target and whether it was met, at 1024 and 1366 pixels without the page scrolling sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingAnIndexTests(BrowserHost host) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    private IPage Page => _session.Page;

    public async Task InitializeAsync() => _session = await host.NewSessionAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Theory]
    [InlineData(1024)]
    [InlineData(1366)]
    public async Task The_DTI_trend_shows_the_last_three_years_with_the_last_years_target_and_whether_it_was_met(int width)
    {
        await Page.SetViewportSizeAsync(width, 768);
        await _session.SignInAsync("son-la.member");
        await _session.OpenAsync("/son-la/chi-so/dti");

        // The demo's years: the three before this one (Vietnam time).
        var last = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year - 1;
        var chart = Page.GetByRole(AriaRole.Img, new() { Name = $"Điểm và thứ hạng DTI qua các năm {last - 2}–{last}; số liệu ở bảng bên cạnh" });
        await Expect(chart).ToBeVisibleAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Số liệu DTI qua các năm" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.Locator("tbody th[scope=row]")).ToHaveTextAsync([$"{last - 2}", $"{last - 1}", $"{last}"]);
        await Expect(chart.Locator("text.year")).ToHaveTextAsync([$"{last - 2}", $"{last - 1}", $"{last}"]);

        // The last year: rank 22 of 34 against a target of rank 20 or better — not met, and the gap named.
        var row = table.Locator($"tr[data-year='{last}']");
        await Expect(row.Locator("td.rank")).ToHaveTextAsync("22 trên 34");
        await Expect(row).ToContainTextAsync("Hạng 20 trở lên");
        await Expect(row).ToContainTextAsync("Chưa đạt");
        await Expect(Page.Locator("#target-gap")).ToContainTextAsync("cần tăng 2 bậc (từ hạng 22 lên hạng 20)");
        await Expect(chart.Locator("line.target-mark")).ToHaveCountAsync(1);

        Assert.Equal(0, await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
    }
}
