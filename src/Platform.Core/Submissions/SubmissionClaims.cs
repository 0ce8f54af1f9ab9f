using System.Data.Common;
using Npgsql;

namespace Platform.Core.Submissions;

/// <summary>What claiming a sent form's key found.</summary>
internal enum ClaimState
{
    /// <summary>The key is this post's: run the handler.</summary>
    Claimed,

    /// <summary>An earlier post of the same form by the same account is still running.</summary>
    Running,

    /// <summary>An earlier post of the same form by the same account succeeded; <see cref="Claim.Location"/> is where it led.</summary>
    Done,
}

/// <summary>The outcome of <see cref="SubmissionClaims.ClaimAsync"/>.</summary>
internal readonly record struct Claim(ClaimState State, string? Location = null, string? Notice = null);

/// <summary>
/// The table of claimed submission keys (<c>submissions.claims</c>), in plain SQL on the application's data source:
/// a claim is bookkeeping of the request, not a record of the committee, so it stays out of the modules' units of
/// work, their audit trail and their statement counts.
/// </summary>
internal sealed class SubmissionClaims(NpgsqlDataSource dataSource)
{
    public const string Table = "claims";

    private const string QualifiedTable = SubmissionsDbContext.Schema + "." + Table;

    /// <summary>A claim still in progress after this long belongs to a request that will not finish (a crash): it may be taken over.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>Claims older than this are deleted: nobody sends the same rendered form again a day later.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>How often a process deletes old claims (one statement on an index, piggybacked on a claim; real time).</summary>
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private long _nextPurge;

    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="userId"/>: a new key, or one whose claim was abandoned, is
    /// this post's; otherwise says whether the earlier post is running or where it led.
    /// </summary>
    public async Task<Claim> ClaimAsync(string userId, Guid key, CancellationToken ct)
    {
        await PurgeIfDueAsync(ct);
        // One statement, atomic under the key's row lock: of two posts of the same form, exactly one inserts (or takes
        // over an abandoned claim).
        await using (var claim = dataSource.CreateCommand($"""
            INSERT INTO {QualifiedTable} (user_id, key) VALUES ($1, $2)
            ON CONFLICT (user_id, key) DO UPDATE SET claimed_at = now()
                WHERE {QualifiedTable}.location IS NULL AND {QualifiedTable}.claimed_at < now() - make_interval(secs => $3)
            RETURNING true
            """))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = userId });
            claim.Parameters.Add(new NpgsqlParameter { Value = key });
            claim.Parameters.Add(new NpgsqlParameter { Value = Abandoned.TotalSeconds });
            if (await claim.ExecuteScalarAsync(ct) is true)
            {
                return new Claim(ClaimState.Claimed);
            }
        }

        await using var read = dataSource.CreateCommand($"SELECT location, notice FROM {QualifiedTable} WHERE user_id = $1 AND key = $2");
        read.Parameters.Add(new NpgsqlParameter { Value = userId });
        read.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var row = await read.ExecuteReaderAsync(ct);
        return await row.ReadAsync(ct) && !row.IsDBNull(0)
            ? new Claim(ClaimState.Done, row.GetString(0), row.IsDBNull(1) ? null : row.GetString(1))
            // Still running, or released between the two statements (the caller asks again after a pause).
            : new Claim(ClaimState.Running);
    }

    /// <summary>The post succeeded: a repeat of the form leads to <paramref name="location"/>, with the same notice.</summary>
    public async Task CompleteAsync(string userId, Guid key, string location, string? notice)
    {
        // Not the request's token: a client that went away must not leave its claim half settled.
        await using var command = dataSource.CreateCommand($"UPDATE {QualifiedTable} SET location = $3, notice = $4 WHERE user_id = $1 AND key = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = location });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)notice ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>The post did not succeed (errors shown on the form, a refusal, a failure): the corrected form may be sent with the same key.</summary>
    public async Task ReleaseAsync(string userId, Guid key)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {QualifiedTable} WHERE user_id = $1 AND key = $2 AND location IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task PurgeIfDueAsync(CancellationToken ct)
    {
        var now = Environment.TickCount64;
        var due = Interlocked.Read(ref _nextPurge);
        if (now < due || Interlocked.CompareExchange(ref _nextPurge, now + (long)PurgeEvery.TotalMilliseconds, due) != due)
        {
            return;
        }

        try
        {
            await using var purge = dataSource.CreateCommand($"DELETE FROM {QualifiedTable} WHERE claimed_at < now() - make_interval(secs => $1)");
            purge.Parameters.Add(new NpgsqlParameter { Value = KeptFor.TotalSeconds });
            await purge.ExecuteNonQueryAsync(ct);
        }
        catch (DbException)
        {
            // Tried again on the next claim; the fault itself (the database away) is answered as any other.
            Interlocked.Exchange(ref _nextPurge, 0);
            throw;
        }
    }
}
