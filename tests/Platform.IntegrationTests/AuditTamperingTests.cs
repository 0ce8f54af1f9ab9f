using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;
using Platform.Core.Tenancy;
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
    public Task An_entry_rewritten_without_the_key_is_reported_at_that_entry() => WithFreshTrailAsync(async host =>
    {
        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);
        var forged = await EntryAsync(host, id);
        forged.ActorName = "kẻ gian";

        // A plain SHA-256, as the chain used before it was keyed: refused after keyed entries.
        await AsOwnerWithoutTriggersAsync(host, $"update audit.entries set actor_name = 'kẻ gian', hash = '{EntryHash.Compute(forged)}' where id = {id}");
        var unkeyed = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal((BreakKind.Unkeyed, forged.Sequence, id), (unkeyed.Kind, unkeyed.Sequence, unkeyed.EntryId));

        // The same digest dressed as a keyed MAC: it is not what the key gives.
        await AsOwnerWithoutTriggersAsync(host, $"update audit.entries set hash = '{EntryHash.KeyedPrefix}{EntryHash.Compute(forged)}' where id = {id}");
        var wrongMac = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal((BreakKind.Hash, forged.Sequence), (wrongMac.Kind, wrongMac.Sequence));
    });

    [Fact]
    public Task An_entry_rewritten_with_a_fresh_mac_breaks_the_link_to_the_next() => WithFreshTrailAsync(async host =>
    {
        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);
        var forged = await EntryAsync(host, id);
        forged.ActorName = "kẻ gian";

        // Even someone holding the key cannot rewrite an entry without the next one showing it.
        await AsOwnerWithoutTriggersAsync(host,
            $"update audit.entries set actor_name = 'kẻ gian', hash = '{EntryHash.Keyed(forged, AuditKey.Read(host.AuditKeyFile))}' where id = {id}");

        var broken = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal(BreakKind.Link, broken.Kind);
        Assert.Equal(forged.Sequence + 1, broken.Sequence);
    });

    [Fact]
    public Task A_forged_entry_appended_by_the_owner_with_a_recomputed_sha256_is_detected() => WithFreshTrailAsync(async host =>
    {
        var last = await EntryAsync(host, await host.Database.ScalarAsync<long>("select id from audit.entries where province = 'son-la' order by sequence desc limit 1"));
        var forged = new AuditEntry
        {
            Province = "son-la", Sequence = last.Sequence + 1, OccurredAt = DateTimeOffset.Parse("2025-06-12T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            ActorName = "Trưởng Ban", ActingFor = "son-la", Action = "Deleted", Entity = "committees.Appointment", EntityId = "giả mạo",
            PreviousHash = last.Hash, Hash = "",
        };
        forged.Hash = EntryHash.Compute(forged);

        // The owner may insert directly (the application's role may not); the trigger only refuses changes.
        await host.Database.ExecuteAsync($"""
            insert into audit.entries (province, sequence, occurred_at, actor_name, acting_for, action, entity, entity_id, previous_hash, hash)
            values ('son-la', {forged.Sequence}, '2025-06-12T02:00:00Z', 'Trưởng Ban', 'son-la', 'Deleted', 'committees.Appointment', 'giả mạo',
                    '{last.Hash}', '{forged.Hash}')
            """);

        var broken = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal((BreakKind.Unkeyed, forged.Sequence), (broken.Kind, broken.Sequence));
        var (exit, output) = await RunVerifyCommandAsync(host);
        Assert.Equal(1, exit);
        Assert.Contains("written by someone without the key", output, StringComparison.Ordinal);
    });

    [Fact]
    public Task Removing_a_chains_newest_entries_after_a_checkpoint_is_detected() => WithFreshTrailAsync(async host =>
    {
        await host.Services.GetRequiredService<AuditCheckpoints>().WriteAsync(default);
        var newest = await host.Database.ScalarAsync<long>("select max(sequence) from audit.entries where province = 'son-la'");
        var recorded = host.Services.GetRequiredService<CheckpointFile>().Read("son-la");
        Assert.Equal(newest, recorded.Max(c => c.Sequence));
        Assert.True((await VerifyAsync(host)).Intact);

        // Without the checkpoint the shortened chain would look whole: no gap, every link right.
        await AsOwnerWithoutTriggersAsync(host, $"delete from audit.entries where province = 'son-la' and sequence > {newest - 3}");

        var broken = (await VerifyAsync(host)).Chains.Single(c => c.Chain == "son-la").Break!;
        Assert.Equal((BreakKind.Truncated, newest - 2, $"{newest}", $"{newest - 3}"), (broken.Kind, broken.Sequence, broken.Expected, broken.Stored));
        var (exit, output) = await RunVerifyCommandAsync(host);
        Assert.Equal(1, exit);
        Assert.Contains("the newest entries were removed", output, StringComparison.Ordinal);
        Assert.Contains("các mục cuối đã bị xóa", output, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_audit_page_says_the_chain_is_intact_and_where_it_breaks() => WithFreshTrailAsync(async host =>
    {
        var client = await host.SignInAsync("son-la.secretariat");
        var newest = await host.Database.ScalarAsync<long>("select max(sequence) from audit.entries where province = 'son-la'");
        var intact = (await Html.GetAsync(client, "/son-la/audit")).QuerySelector(".chain-state")!.Text();
        Assert.Contains("Chuỗi nhật ký của tỉnh nguyên vẹn đến mục số", intact, StringComparison.Ordinal);
        Assert.True(long.Parse(System.Text.RegularExpressions.Regex.Match(intact, @"số (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= newest);

        var id = await host.Database.ScalarAsync<long>(TenthSonLaEntry);
        await AsOwnerWithoutTriggersAsync(host, $"update audit.entries set actor_name = 'kẻ gian' where id = {id}");

        var broken = (await Html.GetAsync(client, "/son-la/audit")).QuerySelector(".chain-state.alert")!.Text();
        Assert.Contains("Chuỗi nhật ký của tỉnh bị đứt tại mục số 10: nội dung đã bị sửa", broken, StringComparison.Ordinal);
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

    private static async Task<AuditEntry> EntryAsync(PlatformFactory host, long id)
    {
        // Read as the application reads its province's entries (row-level security shows it nothing else).
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return await db.Entries.AsNoTracking().SingleAsync(e => e.Id == id);
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
            Environment =
            {
                ["ConnectionStrings__Platform"] = host.Database.ConnectionString,
                ["Audit__KeyFile"] = host.AuditKeyFile,
                ["Audit__CheckpointFile"] = host.AuditCheckpointFile,
            },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }
}
