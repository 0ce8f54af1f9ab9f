using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The pages work under the content security policy as a browser enforces it — no inline script or style is
/// refused — and the real server does not name itself.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityPolicyTests(BrowserHost host) : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _violations = new();
    private BrowserSession _browser = null!;

    private IPage Page => _browser.Page;

    public async Task InitializeAsync()
    {
        _browser = await host.NewSessionAsync();
        // Chromium reports each refusal on the console: "Refused to apply inline style because it violates …".
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _violations.Enqueue(message.Text);
            }
        };
        await _browser.SignInAsync("multi.secretariat");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Reading_the_pages_and_switching_language_trips_no_policy()
    {
        foreach (var path in new[] { "/", "/son-la", "/son-la/bodies", "/son-la/quy-che", "/dak-lak", "/son-la/members" })
        {
            await _browser.OpenAsync(path);
        }

        await _browser.GoAsync(() => Page.Locator("table.members a").First.ClickAsync());
        await _browser.GoAsync(() => Page.Locator("main a.button").First.ClickAsync());
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync());
        await _browser.GoAsync(() => Page.GotoAsync("/ha-giang"), expectedStatus: 404);

        Assert.Empty(_violations);
    }

    [Fact]
    public async Task Negative_control_an_inline_style_is_refused_and_noticed()
    {
        await _browser.OpenAsync("/son-la");

        await Page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">inline</p>')");

        for (var waited = 0; _violations.IsEmpty && waited < 5_000; waited += 100)
        {
            await Task.Delay(100);
        }

        Assert.Contains(_violations, v => v.Contains("style-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        using var client = new HttpClient { BaseAddress = host.Address };

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Empty(response.Headers.Server);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
