using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Someone who owns the database can switch the append-only trigger off and edit or remove an entry; the hash chain
/// shows exactly where. Each test tampers with a trail of its own.
/// </summary>
public sealed class AuditTamperingTests
{
    private const string TenthSonLaEntry = "select id from audit.entries where province = 'son-la' order by sequence offset 9 limit 1";

    [Fact]
    public Task An_altered_entry_is_reported_at_exactly_that_entry_and_the_command_fails() => WithFreshTrailAsync(async host =>
    {
        var (intactExit, intactOutput) = await RunVerifyCommandAsync(host);
        Assert.Equal(0, intactExit);
        Assert.Contains("RESULT: the audit trail is intact.", intactOutput, StringComparison.Ordinal);
        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);

        await AsOwnerWithoutTriggersAsync(host, $"update audit.entries set actor_name = 'kẻ gian' where id = {id}");

        var result = await VerifyAsync(host);
        var broken = Assert.Single(result.Chains, c => c.Break is not null);
        Assert.Equal(("son-la", id, BreakKind.Hash), (broken.Chain, broken.Break!.EntryId, broken.Break.Kind));
        Assert.Equal(await host.Database.ScalarAsync<string>($"select hash from audit.entries where id = {id}"), broken.Break.Stored);
        Assert.NotEqual(broken.Break.Stored, broken.Break.Expected);
        Assert.Null(result.Chains.Single(c => c.Chain == "dak-lak").Break);
        var (brokenExit, brokenOutput) = await RunVerifyCommandAsync(host);
        Assert.Equal(1, brokenExit);
        Assert.Contains($"Chain son-la: BROKEN at entry id {id}", brokenOutput, StringComparison.Ordinal);
        Assert.Contains("Chuỗi son-la: ĐỨT tại mục id", brokenOutput, StringComparison.Ordinal);
    });

    [Fact]
    public Task An_entry_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next() => WithFreshTrailAsync(async host =>
    {
        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);
        AuditEntry forged;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            forged = await db.Entries.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id);
        }

        forged.ActorName = "kẻ gian";
        await AsOwnerWithoutTriggersAsync(host,
            $"update audit.entries set actor_name = 'kẻ gian', hash = '{EntryHash.Compute(forged)}' where id = {id}");

        var broken = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal(BreakKind.Link, broken.Kind);
        Assert.Equal(forged.Sequence + 1, broken.Sequence);
    });

    [Fact]
    public Task A_removed_entry_is_reported_as_a_gap() => WithFreshTrailAsync(async host =>
    {
        Assert.True((await VerifyAsync(host)).Intact);
        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);

        await AsOwnerWithoutTriggersAsync(host, $"delete from audit.entries where id = {id}");

        var broken = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal((BreakKind.Gap, 11, "10", "11"), (broken.Kind, broken.Sequence, broken.Expected, broken.Stored));
    });

    private static async Task WithFreshTrailAsync(Func<PlatformFactory, Task> test)
    {
        var host = new PlatformFactory();
        await host.InitializeAsync();
        try
        {
            host.CreateClient(); // starts the host: migrations, structure and demo data, all audited
            await test(host);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private static Task AsOwnerWithoutTriggersAsync(PlatformFactory host, string sql) => host.Database.ExecuteAsync($"""
        alter table audit.entries disable trigger all;
        {sql};
        alter table audit.entries enable trigger all;
        """);

    private static async Task<AuditVerification> VerifyAsync(PlatformFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default);
    }

    /// <summary>Runs <c>dotnet Platform.Web.dll audit verify</c> on the test's database, as an operator would.</summary>
    private static async Task<(int ExitCode, string Output)> RunVerifyCommandAsync(PlatformFactory host)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "audit", "verify"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Platform"] = host.Database.ConnectionString },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }
}
