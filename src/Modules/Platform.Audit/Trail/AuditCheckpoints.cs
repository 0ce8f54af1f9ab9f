using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Audit.Trail;

/// <summary>A chain's head as recorded outside the database: at that time, the chain reached this sequence with this MAC.</summary>
internal sealed record Checkpoint(DateTimeOffset At, string Chain, long Sequence, string Hash);

/// <summary>Configuration section <c>Audit</c>: how often chain heads are written to the checkpoint file.</summary>
internal sealed class AuditCheckpointOptions
{
    public const string Section = "Audit";

    [Range(1, 86_400)]
    public int CheckpointSeconds { get; init; } = 10;
}

/// <summary>

/// <summary>
/// The checkpoint file (<c>Audit:CheckpointFile</c>): a line per chain head, only ever appended to, kept by the
/// operator outside the database. Whoever can rewrite the database cannot take back what this file already says, so
/// <c>audit verify</c> can tell that the newest entries of a chain were removed (or the chain rebuilt) after a
/// checkpoint — what the chain alone cannot show.
/// </summary>
internal sealed class CheckpointFile(IConfiguration configuration)
{
    public const string FileSetting = "Audit:CheckpointFile";

    private static readonly SemaphoreSlim Writing = new(1, 1);

    /// <summary>The file's path, or null when none is configured.</summary>
    public string? Path => string.IsNullOrWhiteSpace(configuration[FileSetting]) ? null : configuration[FileSetting];

    /// <summary>Every checkpoint in the file, in the order written; none when there is no file yet.</summary>
    public IReadOnlyList<Checkpoint> Read(string? chain = null)
    {
        if (Path is not { } path || !File.Exists(path))
        {
            return [];
        }

        var checkpoints = new List<Checkpoint>();
        foreach (var line in File.ReadLines(path))
        {
            // time, chain, sequence, MAC; anything else (a comment the operator added) is skipped.
            if (line.Split('\t') is [var at, var name, var sequence, var hash] &&
                DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) &&
                long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
                (chain is null || chain == name))
            {
                checkpoints.Add(new Checkpoint(time, name, number, hash));
            }
        }

        return checkpoints;
    }

    /// <summary>Appends checkpoints and flushes them to the disk before returning.</summary>
    public async Task AppendAsync(IReadOnlyCollection<Checkpoint> checkpoints, CancellationToken ct)
    {
        if (Path is not { } path || checkpoints.Count == 0)
        {
            return;
        }

        await Writing.WaitAsync(ct);
        try
        {
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await using var writer = new StreamWriter(file);
            foreach (var c in checkpoints)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{c.At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}\t{c.Chain}\t{c.Sequence}\t{c.Hash}"));
            }

            await writer.FlushAsync(ct);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            Writing.Release();
        }
    }
}

/// <summary>
/// Writes the heads of the chains this process extended to the checkpoint file: shortly after appends (once the
/// transactions have had time to commit), at most every <c>Audit:CheckpointSeconds</c> (default 10), and when the
/// application stops. Heads are read through <c>audit.chain_head</c>, so only committed entries are checkpointed.
/// </summary>
internal sealed class AuditCheckpoints(
    CheckpointFile file, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<AuditCheckpointOptions> options, ILogger<AuditCheckpoints> log)
    : BackgroundService
{
    // How long a chain stays pending when the append that marked it never commits (rolled back).
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Sequence, string Hash)> _written = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _extended = new(0);
    private readonly SemaphoreSlim _writing = new(1, 1);

    private TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CheckpointSeconds);

    /// <summary>Called by the appender: this chain has (uncommitted) new entries to checkpoint.</summary>
    public void ChainExtended(string? province)
    {
        if (file.Path is null)
        {
            return;
        }

        _pending.TryAdd(AuditEntry.ChainOf(province), clock.GetUtcNow());
        _extended.Release();
    }

    /// <summary>Reads the heads of pending chains and appends those that moved; returns what it wrote.</summary>
    public async Task<IReadOnlyList<Checkpoint>> WriteAsync(CancellationToken ct)
    {
        var chains = _pending.Keys.Order(StringComparer.Ordinal).ToList();
        if (file.Path is null || chains.Count == 0)
        {
            return [];
        }

        await _writing.WaitAsync(ct);
        try
        {
            return await WriteHeadsAsync(chains, ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<IReadOnlyList<Checkpoint>> WriteHeadsAsync(List<string> chains, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var written = new List<Checkpoint>();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        foreach (var chain in chains)
        {
            await using var command = new NpgsqlCommand("select last_sequence, last_hash from audit.chain_head($1)", connection)
            {
                Parameters = { new() { Value = chain == AuditEntry.NationalChain ? DBNull.Value : chain, NpgsqlDbType = NpgsqlDbType.Text } },
            };
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var head = (Sequence: reader.GetInt64(0), Hash: reader.IsDBNull(1) ? "" : reader.GetString(1));
            if (head.Sequence > 0 && _written.GetValueOrDefault(chain) != head)
            {
                written.Add(new Checkpoint(now, chain, head.Sequence, head.Hash));
                _written[chain] = head;
                _pending.TryRemove(chain, out _);
            }
            else if (now - _pending.GetValueOrDefault(chain, now) > GiveUpAfter)
            {
                _pending.TryRemove(chain, out _);
            }
        }

        await file.AppendAsync(written, ct);
        return written;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (file.Path is null)
        {
            log.LogWarning(
                "Chưa cấu hình {Setting}: không phát hiện được việc xóa các mục cuối của nhật ký. / {Setting} is not set: removal of the audit trail's newest entries cannot be detected.",
                CheckpointFile.FileSetting, CheckpointFile.FileSetting);
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _extended.WaitAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken); // lets the appending transactions commit
                await WriteSafelyAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last heads are written below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteSafelyAsync(cancellationToken);
    }

    private async Task WriteSafelyAsync(CancellationToken ct)
    {
        try
        {
            await WriteAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or UnauthorizedAccessException)
        {
            // The trail itself is safe in the database; the operator must know the file is not being kept.
            log.LogError(e, "Không ghi được điểm kiểm tra nhật ký vào {Path}. / Audit checkpoints could not be written to {Path}.", file.Path, file.Path);
        }
        catch (ObjectDisposedException e)
        {
            // The host is being torn down and its database connections with it: the next start writes the heads.
            log.LogWarning(e, "Không ghi được điểm kiểm tra nhật ký khi dừng: kết nối đã đóng. / Audit checkpoints not written at stop: the database connections were already closed.");
        }
    }
}
