using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The benchmark's baseline endpoints exist only in a host the benchmark attached its own assembly to (as a hosting
/// startup, with <c>Benchmarks:Baseline</c> on): there they go through the host's routing, province and authorisation
/// like the page they are compared with; the host as shipped has none, whatever its settings say.
/// </summary>
public sealed partial class BenchmarkHostingTests(BenchmarkHostingTests.AttachedHost host) : IClassFixture<BenchmarkHostingTests.AttachedHost>
{
    public sealed class AttachedHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(WebHostDefaults.HostingStartupAssembliesKey, "Platform.Benchmarks.Hosting");
            builder.UseSetting("Benchmarks:Baseline", "true");
        }
    }

    [Fact]
    public async Task Attached_the_baseline_lists_the_seats_the_members_page_lists()
    {
        var viewer = await host.SignInAsync("son-la.viewer");

        var page = await viewer.GetStringAsync("/son-la/members");
        var baseline = await viewer.GetAsync("/_baseline/son-la/members");

        Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);
        var seats = SeatRow().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(seats);
        Assert.Equal(seats, SeatRow().Matches(await baseline.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Attached_the_baseline_asks_for_a_role_in_the_province()
    {
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        var answer = await anonymous.GetAsync("/_baseline/son-la/members");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/account/login", answer.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr id=\"([^\"]+)\"")]
    private static partial Regex SeatRow();
}

/// <summary>The host as shipped maps no baseline, even with the benchmark's switch on: the code is not in it.</summary>
public sealed class ShippedHostTests(ShippedHostTests.SwitchedOn host) : IClassFixture<ShippedHostTests.SwitchedOn>
{
    public sealed class SwitchedOn : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Benchmarks:Baseline", "true");
        }
    }

    [Fact]
    public async Task The_shipped_host_has_no_baseline_endpoint()
    {
        var viewer = await host.SignInAsync("son-la.viewer");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/_baseline/son-la/members")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/son-la/members")).StatusCode);
    }
}
