using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>A fault shows the official a plain page in Vietnamese; what went wrong goes to the log, not the browser.</summary>
public sealed class ErrorPageTests(ErrorPageTests.FailingHost host) : IClassFixture<ErrorPageTests.FailingHost>
{
    private const string Fault = "connection to 10.20.0.7:5432 refused for role platform_owner";

    /// <summary>The production host plus, for this test only, a path that throws.</summary>
    public sealed class FailingHost : PlatformFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPath>());
        }
    }

    /// <summary>
    /// Added after the app's own pipeline, so a request reaches it only when no page matched, and its exception
    /// travels back through the app's exception handler as a real fault would.
    /// </summary>
    private sealed class FailingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-failure", failing => failing.Run(_ => throw new InvalidOperationException(Fault)));
        };
    }

    [Fact]
    public async Task A_fault_shows_the_generic_page_and_nothing_of_the_exception()
    {
        var response = await (await host.SignInAsync(DemoAccounts.MultiSecretariat)).GetAsync("/test-failure");

        await AssertGenericPageAsync(response);
    }

    [Fact]
    public async Task A_fault_during_a_form_post_shows_the_same_page()
    {
        var response = await (await host.SignInAsync(DemoAccounts.MultiSecretariat)).PostAsync("/test-failure", new FormUrlEncodedContent([new("culture", "en-GB")]));

        await AssertGenericPageAsync(response);
    }

    [Fact]
    public async Task The_fault_is_in_the_log_as_the_page_says()
    {
        await (await host.SignInAsync(DemoAccounts.MultiSecretariat)).GetAsync("/test-failure");

        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == Fault);
    }

    private static async Task AssertGenericPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);
        Assert.Equal("Đã xảy ra lỗi", page.QuerySelector("main h1")!.Text());
        Assert.Contains("Hệ thống không xử lý được yêu cầu. Lỗi đã được ghi lại.", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("10.20.0.7", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.Concat(response.Content.Headers), h => h.Value.Any(v => v.Contains("10.20.0.7", StringComparison.Ordinal)));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
