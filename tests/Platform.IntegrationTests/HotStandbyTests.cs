using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Committees.Persistence;
using Platform.Core.National;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A hot standby for reading (issue 18.6): a streaming replica made with pg_basebackup follows the primary; with
/// <c>ConnectionStrings:PlatformReadOnly</c> on it, national reading (the ministry's roll-up, the read API) is served
/// by the replica, with row-level security as on the primary, and the administrator's database page shows its lag.
/// </summary>
public sealed class HotStandbyTests : IAsyncLifetime
{
    private PrivateCluster? _primary;
    private PrivateCluster? _standby;
    private WithStandby? _host;

    public async Task InitializeAsync()
    {
        _primary = await PrivateCluster.StartAsync();
        _standby = await PrivateCluster.StartStandbyAsync(_primary);
        _host = new WithStandby(_primary, _standby);
        await ((IAsyncLifetime)_host).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await ((IAsyncLifetime)_host).DisposeAsync();
        }

        foreach (var cluster in new[] { _standby, _primary })
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task National_reading_is_served_by_the_replica_which_follows_the_primary_under_the_same_policies()
    {
        var host = _host!;
        var reading = host.Services.GetRequiredService<NationalReading>();
        var added = "Người mới " + Guid.NewGuid().ToString("N")[..6];
        await host.Database.ExecuteAsync($"insert into committees.people (id, province, full_name, is_demo) values (gen_random_uuid(), 'son-la', '{added}', false)");

        // Replication is asynchronous: the row reaches the replica within moments.
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await using var session = await reading.OpenAsync(["son-la"], default);
            var db = session.Context<CommitteesDbContext>();
            Assert.True(await db.Database.SqlQueryRaw<bool>("select pg_is_in_recovery() as \"Value\"").SingleAsync()); // the replica, not the primary
            seen = await db.People.IgnoreQueryFilters().AnyAsync(p => p.FullName == added);
            if (!seen)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(seen, "the row written on the primary never reached the replica");
        await using (var other = await reading.OpenAsync(["dak-lak"], default))
        {
            Assert.False(await other.Context<CommitteesDbContext>().People.IgnoreQueryFilters().AnyAsync(p => p.FullName == added));
        }
    }

    [Fact]
    public async Task The_administrators_database_page_shows_the_replica_and_its_lag()
    {
        var admin = await _host!.SignInAsync("admin");

        var page = await Html.GetAsync(admin, "/admin/database");

        Assert.Contains("Đang hoạt động", page.QuerySelector("#primary")!.TextContent, StringComparison.Ordinal);
        var state = page.QuerySelector("#replica-state")!.TextContent;
        Assert.Contains("Độ trễ", state, StringComparison.Ordinal);
        Assert.Matches(@"^\d+[.,]\d giây$", page.QuerySelector("#replica-lag")!.TextContent.Trim());
        var secretariat = await _host.SignInAsync(DemoAccounts.MultiSecretariat);
        Assert.Contains((await secretariat.GetAsync("/admin/database")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    /// <summary>The real host on the primary, reading nationally from the standby.</summary>
    private sealed class WithStandby(PrivateCluster primary, PrivateCluster standby) : PlatformFactory
    {
        protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(primary.Server);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var replica = new NpgsqlConnectionStringBuilder(Database.ApplicationConnectionString) { Port = standby.Port };
            builder.UseSetting("ConnectionStrings:PlatformReadOnly", replica.ConnectionString);
        }
    }
}
