using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// One test's browser: a fresh context with one page. Every page change goes through <see cref="GoAsync(Func{Task}, int)"/>,
/// which waits for the new page to load and fails the test, saying what the server answered, when the page did not
/// come back with the expected status or one of its resources (stylesheet) failed to load, and runs the
/// <see cref="AccessibilityCheck"/> on every page it loads (when the session runs JavaScript).
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly Uri _address;
    private readonly bool _javaScript;
    private readonly ConcurrentQueue<string> _brokenResources = new();

    private BrowserSession(IBrowserContext context, IPage page, Uri address, bool javaScript)
    {
        _context = context;
        _address = address;
        _javaScript = javaScript;
        Page = page;
        context.Response += (_, response) =>
        {
            if (!response.Request.IsNavigationRequest && response.Status >= 400)
            {
                _brokenResources.Enqueue($"{response.Request.Method} {Relative(response.Url)} answered {response.Status} {response.StatusText}");
            }
        };
        context.RequestFailed += (_, request) =>
        {
            if (!request.IsNavigationRequest)
            {
                _brokenResources.Enqueue($"{request.Method} {Relative(request.Url)} failed: {request.Failure}");
            }
        };
    }

    public IPage Page { get; }

    public IKeyboard Keyboard => Page.Keyboard;

    internal static async Task<BrowserSession> StartAsync(IBrowserContext context, Uri address, bool javaScript)
    {
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync(), address, javaScript);
    }

    /// <summary>Signs in through the sign-in page, as an official does, and lands on the list of provinces.</summary>
    public async Task SignInAsync(string userName, string password = Platform.Testing.DemoAccounts.Password)
    {
        await OpenAsync("/account/login");
        await Page.Locator("#UserName").FillAsync(userName);
        await Page.Locator("#Password").FillAsync(password);
        await GoAsync(() => Page.Locator("form.stacked button[type=submit]").ClickAsync());
        await Expect(Page.Locator("main h1")).Not.ToHaveTextAsync("Đăng nhập");
    }

    /// <summary>Opens a page by its address, as typed in the address bar; it must answer 200.</summary>
    public Task<IResponse> OpenAsync(string path) => GoAsync(() => Page.GotoAsync(path));

    /// <summary>
    /// Does what leads to another page (follow a link, submit a form) and waits until that page has loaded. Fails
    /// with the method, address, status and the page's own words unless the page answered <paramref name="expectedStatus"/>
    /// (after any redirect), when any of its resources failed, and when the page fails the accessibility check.
    /// </summary>
    public async Task<IResponse> GoAsync(Func<Task> action, int expectedStatus = 200)
    {
        ArgumentNullException.ThrowIfNull(action);
        // Listening before acting: the load event that follows can only be the new page's.
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        Page.Load += OnLoad;
        try
        {
            var response = await Page.RunAndWaitForResponseAsync(action, IsPageResponse);
            if (response.Status != expectedStatus)
            {
                Assert.Fail($"{response.Request.Method} {Relative(response.Url)} answered {response.Status} {response.StatusText}, " +
                    $"expected {expectedStatus}. The page says: “{await MainTextAsync(response)}”");
            }

            try
            {
                await loaded.Task.WaitAsync(LoadTimeout);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{Relative(response.Url)} answered {response.Status} but did not finish loading within {LoadTimeout.TotalSeconds:0} s.");
            }

            AssertNoBrokenResources();
            // The check is a script run in the page: in a context without JavaScript Chromium never runs it, and the
            // evaluation would wait forever. The same pages are checked by the sessions that have JavaScript.
            if (_javaScript)
            {
                await AccessibilityCheck.AssertAccessibleAsync(Page, Relative(response.Url));
            }
            return response;
        }
        finally
        {
            Page.Load -= OnLoad;
        }
    }

    /// <summary>Fails if any stylesheet, image or other resource of the pages seen so far failed to load.</summary>
    public void AssertNoBrokenResources()
    {
        if (!_brokenResources.IsEmpty)
        {
            Assert.Fail("Resources of the page failed to load:" + Environment.NewLine + string.Join(Environment.NewLine, _brokenResources));
        }
    }

    /// <summary>
    /// Fills a form field by field as a keyboard user does: focus the first field, type, Tab to the next. Proves along
    /// the way that Tab reaches the fields in the order given.
    /// </summary>
    public async Task TypeFieldByFieldAsync(params (string Label, string Text)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Length == 0)
        {
            return;
        }

        await Page.GetByLabel(fields[0].Label).FocusAsync();
        foreach (var (label, text) in fields)
        {
            await Expect(Page.GetByLabel(label)).ToBeFocusedAsync();
            await Keyboard.TypeAsync(text);
            await Keyboard.PressAsync("Tab");
        }
    }

    /// <summary>Activates the focused button or link with Enter, after checking that it is the one expected.</summary>
    public async Task<IResponse> PressEnterOnFocusedAsync(ILocator expected, int expectedStatus = 200)
    {
        await Expect(expected).ToBeFocusedAsync();
        return await GoAsync(() => Keyboard.PressAsync("Enter"), expectedStatus);
    }

    /// <summary>Moves the keyboard focus to a link and follows it with Enter.</summary>
    public Task<IResponse> FollowWithKeyboardAsync(ILocator link) => GoAsync(() => link.PressAsync("Enter"));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private bool IsPageResponse(IResponse response) =>
        response.Request.IsNavigationRequest && response.Frame == Page.MainFrame && response.Status is < 300 or >= 400;

    private string Relative(string url) =>
        url.StartsWith(_address.ToString(), StringComparison.Ordinal) ? "/" + url[_address.ToString().Length..] : url;

    /// <summary>The text of the page's main content (or its whole body), shortened, for a failure message.</summary>
    private static async Task<string> MainTextAsync(IResponse response)
    {
        string html;
        try
        {
            html = await response.TextAsync();
        }
        catch (PlaywrightException e)
        {
            return $"(no body: {e.Message})";
        }

        var main = MainElement().Match(html);
        var text = WebUtility.HtmlDecode(Tags().Replace(main.Success ? main.Groups[1].Value : html, " "));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    [GeneratedRegex("<main[^>]*>(.*?)</main>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MainElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
