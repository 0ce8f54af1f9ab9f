using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.BrowserTests;

/// <summary>The browser tests share one host and one browser; each test opens its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real host — both packs, demo data, its own fresh PostgreSQL database — listening on a real port, and
/// Debian's Chromium driven headless through Playwright. Playwright downloads no browser: it is given this one.
/// The host reads the time from <see cref="Clock"/>: the system's, unless a test sets it.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly ClockedPlatform _platform;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// The host's clock. The browser tests share the host and run one at a time: a test that sets the clock
    /// resets it when it ends, so the next test finds the system's time again.
    /// </summary>
    public SettableClock Clock => _platform.Clock;

    public BrowserHost()
        : this(demo: true)
    {
    }

    /// <summary>A host with or without the demo data; without it, the database holds only what the packs state.</summary>
    protected BrowserHost(bool demo) => _platform = new ClockedPlatform(demo, null);

    /// <summary>The demo host served under <paramref name="pathBase"/> (<c>Platform:PathBase</c>), as behind a ministry's proxy.</summary>
    protected BrowserHost(string pathBase) => _platform = new ClockedPlatform(demo: true, pathBase);

    /// <summary>The host's own database, for what a test checks behind the pages.</summary>
    public TestDatabase Database => _platform.Database;

    /// <summary>The host's services, for a test that prepares what no page does (a real administrator account).</summary>
    public IServiceProvider Services => _platform.Services;

    /// <summary>Where the host listens, e.g. http://127.0.0.1:41327/ (with its path base, if any).</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Run the tests with ./test.sh, which installs it (apt-get install chromium).");
        }

        await _platform.InitializeAsync();
        _platform.UseKestrel(0);
        _platform.StartServer();
        Address = ListeningAddress();

        // Expectations wait for the page; a cold first request (migrations are done, but Razor and EF warm up) can take seconds.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context — no cookies, no storage — and one page in it, for one test.</summary>
    public async Task<BrowserSession> NewSessionAsync(bool javaScript = true)
    {
        var browser = _browser ?? throw new InvalidOperationException("InitializeAsync has not run.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await BrowserSession.StartAsync(context, Address, javaScript);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)_platform).DisposeAsync();
    }

    private Uri ListeningAddress()
    {
        var addresses = _platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The host is not listening on any http address: " + string.Join(", ", addresses));
        return new Uri(address.TrimEnd('/') + (_platform.PathBase ?? "") + "/");
    }

    /// <summary>The real host, reading the time from a clock the tests can set.</summary>
    private sealed class ClockedPlatform(bool demo, string? pathBase) : PlatformFactory
    {
        public SettableClock Clock { get; } = new();

        public string? PathBase => pathBase;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (!demo)
            {
                builder.UseSetting("Demo:Load", "false");
                // Enrolling a second factor has browser tests of its own; the onboarding is about accounts and links.
                builder.UseSetting("Identity:RequireTwoFactorFor", "");
            }

            if (pathBase is not null)
            {
                builder.UseSetting("Platform:PathBase", pathBase);
                builder.UseSetting("Platform:PublicUrl", "http://127.0.0.1" + pathBase);
            }

            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
