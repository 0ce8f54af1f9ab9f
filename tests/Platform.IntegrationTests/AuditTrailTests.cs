using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Audit.Trail;
using Platform.Committees.Persistence;
using Platform.Committees.Structure;
using Platform.Core.Auditing;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Every change to a province's data leaves an entry saying who changed what from which value to which, committed
/// with the change or not at all, in a chain the database will not let anyone edit.
/// </summary>
public sealed class AuditTrailTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Replacing_a_seat_holder_records_each_row_before_and_after_in_the_province()
    {
        var seat = SeatKey(SeatRole.StandingDeputy);
        var since = await LastIdAsync();

        var response = await FormPost.SubmitAsync(_client, $"/son-la/seats/{seat}/replace",
            Decision("01/09/2025", "245/QĐ-UBND", "25/08/2025", "Lê Thị Thu (demo)"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await EntriesAfterAsync(since);
        Assert.All(entries, e => Assert.Equal(("son-la", "son-la", DemoAccounts.MultiSecretariat), (e.Province, e.ActingFor, e.Actor)));

        var ended = Assert.Single(entries, e => e.Entity == "committees.Appointment" && e.Action == "Modified");
        Assert.Equal(JsonValueKind.Null, ended.Before!.RootElement.GetProperty("Until").ValueKind);
        Assert.Equal("2025-08-31", ended.After!.RootElement.GetProperty("Until").GetString());
        Assert.Equal("Replaced", ended.After.RootElement.GetProperty("EndKind").GetString());
        Assert.Equal("245/QĐ-UBND", ended.After.RootElement.GetProperty("EndedBy").GetProperty("Number").GetString());

        var appointed = Assert.Single(entries, e => e.Entity == "committees.Appointment" && e.Action == "Added");
        Assert.Null(appointed.Before);
        Assert.Equal("2025-09-01", appointed.After!.RootElement.GetProperty("From").GetString());
        Assert.Equal("245/QĐ-UBND", appointed.After.RootElement.GetProperty("AppointedBy").GetProperty("Number").GetString());
        Assert.Equal(appointed.After.RootElement.GetProperty("Id").GetString(), appointed.EntityId);

        var person = Assert.Single(entries, e => e.Entity == "committees.Person");
        Assert.Equal("Lê Thị Thu (demo)", person.After!.RootElement.GetProperty("FullName").GetString());
        var seatRow = Assert.Single(entries, e => e.Entity == "committees.Seat");
        Assert.Equal(["Revision"], seatRow.After!.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_change_whose_entries_cannot_be_written_is_not_saved()
    {
        var seat = SeatKey(SeatRole.Deputy);
        var since = await LastIdAsync();
        await host.Database.ExecuteAsync("""
            create function audit.out_of_order() returns trigger language plpgsql as $$
            begin raise exception 'audit store unavailable'; end $$;
            create trigger out_of_order before insert on audit.entries for each statement execute function audit.out_of_order();
            """);
        try
        {
            var response = await FormPost.SubmitAsync(_client, $"/son-la/seats/{seat}/replace",
                Decision("01/09/2025", "246/QĐ-UBND", "25/08/2025", "Người Không Được Lưu"));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }
        finally
        {
            await host.Database.ExecuteAsync("drop trigger out_of_order on audit.entries; drop function audit.out_of_order();");
        }

        Assert.DoesNotContain("Người Không Được Lưu", (await Html.GetAsync(_client, $"/son-la/seats/{seat}")).Text(), StringComparison.Ordinal);
        Assert.Empty(await EntriesAfterAsync(since));
    }

    [Fact]
    public async Task A_change_refused_as_a_conflict_writes_no_entry()
    {
        var seat = SeatKey(SeatRole.Member);
        var url = $"/son-la/seats/{seat}/replace";
        var staleForm = await _client.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(_client, url, Decision("01/08/2025", "200/QĐ-UBND", "30/07/2025", "Người Thứ Nhất"))).StatusCode);
        var since = await LastIdAsync();

        var fields = Decision("01/08/2025", "201/QĐ-UBND", "30/07/2025", "Người Thứ Hai");
        fields["Form.Version"] = FormPost.Hidden(staleForm, "Form.Version");
        fields["__RequestVerificationToken"] = FormPost.Hidden(staleForm, "__RequestVerificationToken");
        var refused = await _client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Empty(await EntriesAfterAsync(since));
    }

    [Fact]
    public async Task In_a_callers_transaction_each_save_is_recorded_as_it_was_once_the_transaction_commits()
    {
        var since = await LastIdAsync();
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<CommitteesDbContext>();

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.People.Add(new Person { Id = Guid.CreateVersion7(), Province = "son-la", FullName = "Người Bị Hủy" });
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        var person = new Person { Id = Guid.CreateVersion7(), Province = "son-la", FullName = "Người Một" };
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
            person.FullName = "Người Một (đã sửa)";
            await db.SaveChangesAsync();
            Assert.Empty(await EntriesAfterAsync(since));
            await committed.CommitAsync();
        }

        var entries = await EntriesAfterAsync(since);
        Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(person.Id.ToString(), e.EntityId));
        Assert.Equal("Người Một", entries[0].After!.RootElement.GetProperty("FullName").GetString());
        Assert.Equal("Người Một", entries[1].Before!.RootElement.GetProperty("FullName").GetString());
        Assert.Equal("Người Một (đã sửa)", entries[1].After!.RootElement.GetProperty("FullName").GetString());
    }

    [Fact]
    public async Task A_replaced_owned_value_shows_on_its_owner_and_a_deleted_row_keeps_its_last_values()
    {
        var since = await LastIdAsync();
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("dak-lak")!);
        var db = scope.ServiceProvider.GetRequiredService<CommitteesDbContext>();
        var appointment = await db.Appointments.OrderBy(a => a.From).FirstAsync();
        var original = appointment.AppointedBy.Number;

        appointment.AppointedBy = new DecisionRecord { Number = "999/QĐ-UBND", Date = appointment.AppointedBy.Date, Signer = appointment.AppointedBy.Signer };
        await db.SaveChangesAsync();
        db.Appointments.Remove(appointment);
        await db.SaveChangesAsync();

        var entries = await EntriesAfterAsync(since);
        Assert.Equal(2, entries.Count);
        var (corrected, deleted) = (entries[0], entries[1]);
        Assert.Equal(("Modified", appointment.Id.ToString()), (corrected.Action, corrected.EntityId));
        Assert.Equal(["AppointedBy"], corrected.After!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(original, corrected.Before!.RootElement.GetProperty("AppointedBy").GetProperty("Number").GetString());
        Assert.Equal("999/QĐ-UBND", corrected.After.RootElement.GetProperty("AppointedBy").GetProperty("Number").GetString());
        Assert.Equal(("Deleted", "committees.Appointment", appointment.Id.ToString()), (deleted.Action, deleted.Entity, deleted.EntityId));
        Assert.Null(deleted.After);
        Assert.Equal("999/QĐ-UBND", deleted.Before!.RootElement.GetProperty("AppointedBy").GetProperty("Number").GetString());
        Assert.Equal(appointment.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), deleted.Before.RootElement.GetProperty("From").GetString());
    }

    [Fact]
    public async Task A_synchronous_save_is_refused_rather_than_saved_without_its_entries()
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<CommitteesDbContext>();
        db.People.Add(new Person { Id = Guid.CreateVersion7(), Province = "son-la", FullName = "Người Lưu Đồng Bộ" });

        Assert.Throws<NotSupportedException>(() => db.SaveChanges());

        Assert.Equal(0, await host.Database.ScalarAsync<long>("select count(*) from committees.people where full_name = 'Người Lưu Đồng Bộ'"));
    }

    [Theory]
    [InlineData("update audit.entries set actor_name = 'ai đó'")]
    [InlineData("update audit.entries set actor_name = actor_name where false")]
    [InlineData("delete from audit.entries where id = (select max(id) from audit.entries)")]
    [InlineData("truncate audit.entries")]
    public async Task The_database_refuses_to_edit_or_remove_entries_even_for_their_owner(string sql)
    {
        var count = await host.Database.ScalarAsync<long>("select count(*) from audit.entries");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => host.Database.ExecuteAsync(sql));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(count, await host.Database.ScalarAsync<long>("select count(*) from audit.entries"));
    }

    [Theory]
    [InlineData("insert into audit.entries (province, sequence, occurred_at, actor_name, action, entity, hash) values ('son-la', 100000, now(), 'x', 'x', 'x', 'x')")]
    [InlineData("update audit.entries set actor_name = 'ai đó'")]
    [InlineData("delete from audit.entries")]
    [InlineData("truncate audit.entries")]
    public async Task The_application_role_may_not_write_the_table_itself(string sql)
    {
        var count = await host.Database.ScalarAsync<long>("select count(*) from audit.entries");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => AsApplicationAsync("son-la", sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("permission denied", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(count, await host.Database.ScalarAsync<long>("select count(*) from audit.entries"));
    }

    [Fact]
    public async Task The_append_function_takes_only_the_next_entry_of_a_chain_with_a_keyed_mac()
    {
        var (sequence, hash) = await AsApplicationAsync("dak-lak", "select last_sequence, last_hash from audit.chain_head('dak-lak')",
            r => (r.GetInt64(0), r.GetString(1)));
        const string Append = "select audit.append('dak-lak', {0}, now(), null, 'x', 'dak-lak', null, 'x', 'x', null, null, null, {1}, {2})";

        var skipped = await Assert.ThrowsAsync<PostgresException>(() => AsApplicationAsync("dak-lak", string.Format(CultureInfo.InvariantCulture, Append, sequence + 2, $"'{hash}'", "'hmac-sha256:00'")));
        var forked = await Assert.ThrowsAsync<PostgresException>(() => AsApplicationAsync("dak-lak", string.Format(CultureInfo.InvariantCulture, Append, sequence + 1, "'other'", "'hmac-sha256:00'")));
        var unkeyed = await Assert.ThrowsAsync<PostgresException>(() => AsApplicationAsync("dak-lak", string.Format(CultureInfo.InvariantCulture, Append, sequence + 1, $"'{hash}'", "'00'")));

        Assert.All(new[] { skipped, forked }, e => Assert.Contains("does not follow the last entry", e.MessageText, StringComparison.Ordinal));
        Assert.Contains("keyed MAC", unkeyed.MessageText, StringComparison.Ordinal);
        Assert.Equal(sequence, await host.Database.ScalarAsync<long>("select max(sequence) from audit.entries where province = 'dak-lak'"));
    }

    [Fact]
    public async Task The_application_role_reads_only_its_provinces_entries_and_national_ones_only_when_allowed()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditRecord(null, "identity.sign-in.refused", "account", "rls", null, null), default);
        }

        const string Count = "select count(*) filter (where province = 'son-la'), count(*) filter (where province = 'dak-lak'), count(*) filter (where province is null) from audit.entries";
        static (long SonLa, long DakLak, long National) Read(NpgsqlDataReader r) => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));

        var sonLa = await AsApplicationAsync("son-la", Count, Read);
        var outside = await AsApplicationAsync("", Count, Read);
        var national = await AsApplicationAsync("*", Count, Read);

        Assert.True(sonLa.SonLa > 0);
        Assert.Equal((0, 0), (sonLa.DakLak, sonLa.National));
        Assert.Equal((0, 0, 0), outside);
        Assert.Equal((0, 0), (national.SonLa, national.DakLak));
        Assert.True(national.National > 0);
        Assert.True(await host.Database.ScalarAsync<long>("select count(*) from audit.entries where province = 'dak-lak'") > 0, "the owner reads every chain");
    }

    [Fact]
    public async Task A_password_reset_and_an_authenticator_key_leave_no_secret_in_the_trail()
    {
        var since = await LastIdAsync();
        Guid id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Platform.Identity.Accounts.Account>>();
            var account = (await users.FindByNameAsync("dak-lak.viewer"))!;
            id = account.Id;
            var reset = await scope.ServiceProvider.GetRequiredService<Platform.Identity.Accounts.AccountAdministration>()
                .ResetPasswordAsync(account.Id, "Mật-khẩu-mới-2026!");
            Assert.True(reset.Succeeded, string.Join(", ", reset.Errors.Select(e => e.Description)));
            await users.ResetAuthenticatorKeyAsync((await users.FindByIdAsync(account.Id.ToString()))!);
        }

        var entries = await EntriesAfterAsync(since);
        var secrets = new[]
        {
            await host.Database.ScalarAsync<string>($"select password_hash from identity.accounts where id = '{id}'"),
            await host.Database.ScalarAsync<string>($"select security_stamp from identity.accounts where id = '{id}'"),
            await host.Database.ScalarAsync<string>($"select value from identity.account_tokens where user_id = '{id}' and name = 'AuthenticatorKey'"),
        };
        var passwordChange = entries.First(e => e.Entity == "identity.Account" && e.After!.RootElement.TryGetProperty("PasswordHash", out _));
        Assert.Equal(AuditedChangeMarker, passwordChange.After!.RootElement.GetProperty("PasswordHash").GetString());
        Assert.Equal(AuditedChangeMarker, passwordChange.Before!.RootElement.GetProperty("PasswordHash").GetString());
        Assert.Equal(AuditedChangeMarker, passwordChange.After.RootElement.GetProperty("SecurityStamp").GetString());
        var key = Assert.Single(entries, e => e.Entity == "identity.IdentityUserToken`1");
        Assert.Equal(AuditedChangeMarker, key.After!.RootElement.GetProperty("Value").GetString());
        var everything = await host.Database.ScalarAsync<string>(
            $"select coalesce(string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ''), '') from audit.entries where id > {since}");
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
    }

    // The marker Core writes in place of a secret.
    private const string AuditedChangeMarker = "***";

    private async Task AsApplicationAsync(string province, string sql) => await AsApplicationAsync(province, sql, _ => 0);

    /// <summary>Runs SQL as the application's role with its connection acting for a province, and reads one row.</summary>
    private async Task<T> AsApplicationAsync<T>(string province, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using (var setting = new NpgsqlCommand("select set_config('app.province', $1, false)", connection) { Parameters = { new() { Value = province } } })
        {
            await setting.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? read(reader) : default!;
    }

    [Fact]
    public async Task Twenty_writers_at_once_extend_one_province_chain_without_a_fork()
    {
        var before = await host.Database.ScalarAsync<long>("select count(*) from audit.entries where province = 'dak-lak'");

        await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditRecord("dak-lak", "test.concurrent", "test", $"{i}", null, $$"""{"writer": {{i}}}"""), default);
        }));

        var chain = (await VerifyAsync()).Chains.Single(c => c.Chain == "dak-lak");
        Assert.Null(chain.Break);
        Assert.Equal(before + 20, chain.Entries);
        Assert.Equal(before + 20, chain.LastSequence);
    }

    [Fact]
    public async Task A_refused_sign_in_is_recorded_in_the_national_chain()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditRecord(null, "identity.sign-in.refused", "account", "ghost", null, null), default);
        }

        var result = await VerifyAsync();

        Assert.True(result.Intact, string.Join(Environment.NewLine, result.Describe()));
        Assert.Contains(result.Chains, c => c.Chain == AuditEntry.NationalChain && c.Entries >= 1);
        Assert.Contains(result.Chains, c => c.Chain == "son-la" && c.Entries > 0);
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default);
    }

    private string SeatKey(SeatRole role) =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.Seats.First(s => s.Role == role).Key;

    private Task<long> LastIdAsync() => host.Database.ScalarAsync<long>("select coalesce(max(id), 0) from audit.entries");

    private sealed record Entry(
        string? Province, string? ActingFor, string Actor, string Action, string Entity, string? EntityId, JsonDocument? Before, JsonDocument? After);

    private async Task<List<Entry>> EntriesAfterAsync(long id)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select province, acting_for, actor_name, action, entity, entity_id, before::text, after::text from audit.entries where id > {id} order by id",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<Entry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new Entry(Text(0), Text(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Text(5), Json(6), Json(7)));
        }

        return entries;

        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        JsonDocument? Json(int i) => Text(i) is { } json ? JsonDocument.Parse(json) : null;
    }

    private static Dictionary<string, string> Decision(string effective, string number, string signed, string person) => new()
    {
        ["Form.EffectiveFrom"] = effective,
        ["Form.DecisionNumber"] = number,
        ["Form.DecisionDate"] = signed,
        ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
        ["Form.PersonName"] = person,
    };
}
