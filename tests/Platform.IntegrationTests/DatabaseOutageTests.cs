using System.Diagnostics;
using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The database is stopped for an upgrade and started again (issue 18.5): while it is away a signed-in user gets a
/// clear 503 page with Retry-After, not a 500 or a hang; the process still answers it is alive (/healthz) but not
/// ready (/readyz); once the database is back the host serves again within ten seconds, without a restart, and the
/// session signed in before the outage still works.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private PrivateCluster? _cluster;
    private OwnClusterHost? _host;

    public async Task InitializeAsync()
    {
        _cluster = await PrivateCluster.StartAsync();
        _host = new OwnClusterHost(_cluster);
        await ((IAsyncLifetime)_host).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await ((IAsyncLifetime)_host).DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task While_the_database_is_down_pages_answer_503_and_the_host_recovers_by_itself_when_it_returns()
    {
        var host = _host!;
        var cluster = _cluster!;
        var user = await host.SignInAsync("son-la.secretariat");
        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/son-la/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/readyz")).StatusCode);

        await cluster.StopAsync();

        var during = await user.GetAsync("/son-la/tasks");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), during.Headers.RetryAfter?.Delta);
        var page = await during.Content.ReadAsStringAsync();
        Assert.Contains("Hệ thống tạm thời gián đoạn", page, StringComparison.Ordinal);
        Assert.Contains("Service temporarily unavailable", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/readyz")).StatusCode);

        await cluster.StartAgainAsync();
        var back = Stopwatch.StartNew();
        HttpStatusCode ready;
        do
        {
            ready = (await anonymous.GetAsync("/readyz")).StatusCode;
            if (ready != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
        while (ready != HttpStatusCode.OK && back.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, ready);
        // The first page after the return is served: no request pays for a connection that died with the server.
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/son-la/tasks")).StatusCode);
    }

    /// <summary>The real host, on a database of the test's own cluster.</summary>
    private sealed class OwnClusterHost(PrivateCluster cluster) : PlatformFactory
    {
        protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(cluster.Server);
    }
}
