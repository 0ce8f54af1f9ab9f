using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>A session ends after 30 idle minutes, and after 8 hours however active it is.</summary>
public sealed class SessionTimeoutTests(SessionTimeoutTests.ClockHost host) : IClassFixture<SessionTimeoutTests.ClockHost>
{
    /// <summary>The host on a clock the test moves.</summary>
    public sealed class ClockHost : PlatformFactory
    {
        public AuditLogPageTests.SettableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private async Task<bool> StillSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/son-la/members")) is { StatusCode: HttpStatusCode.OK } response &&
        response.RequestMessage!.RequestUri!.AbsolutePath == "/son-la/members";

    [Fact]
    public async Task An_idle_session_ends_after_30_minutes()
    {
        var start = DateTimeOffset.UtcNow;
        host.Clock.Now = start;
        var client = await host.SignInAsync("son-la.viewer");

        host.Clock.Now = start.AddMinutes(29);
        Assert.True(await StillSignedInAsync(client));
        host.Clock.Now = start.AddMinutes(29 + 31);
        Assert.False(await StillSignedInAsync(client));
    }

    [Fact]
    public async Task An_active_session_ends_after_8_hours()
    {
        var start = DateTimeOffset.UtcNow.AddDays(1);
        host.Clock.Now = start;
        var client = await host.SignInAsync("son-la.viewer");

        // Active every 20 minutes: the idle limit never applies.
        for (var minutes = 20; minutes < 8 * 60; minutes += 20)
        {
            host.Clock.Now = start.AddMinutes(minutes);
            Assert.True(await StillSignedInAsync(client), $"signed out after {minutes} active minutes");
        }

        host.Clock.Now = start.AddHours(8).AddMinutes(5);
        Assert.False(await StillSignedInAsync(client));
    }
}
