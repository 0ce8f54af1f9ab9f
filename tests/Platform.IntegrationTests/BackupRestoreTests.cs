using System.Diagnostics;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Npgsql;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The operator's backup and restore (issue 18.7, docs/operations.md): scripts/backup.sh dumps the database with the
/// files kept outside it (the audit key and checkpoint file); scripts/restore.sh brings it into a fresh cluster; the
/// audit trail verifies intact there, and the site serves the same records from it.
/// </summary>
public sealed class BackupRestoreTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-backups", Guid.NewGuid().ToString("N"));
    private PrivateCluster? _fresh;

    public async Task InitializeAsync() => _fresh = await PrivateCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_fresh is not null)
        {
            await _fresh.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_restored_into_a_fresh_cluster_verifies_intact_and_serves_the_same_records()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var listed = await secretariat.GetStringAsync("/son-la/tasks");
        // A task the list shows before the backup, as the page writes it.
        var titles = (await host.Database.ScalarAsync<string>("select string_agg(title, E'\\n') from tasks.tasks where province = 'son-la'")).Split('\n');
        var task = titles.Select(t => Html.Encode(t)).First(t => listed.Contains(t, StringComparison.Ordinal));
        var tasks = await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks");
        var entries = await host.Database.ScalarAsync<long>("select count(*) from audit.entries");
        Assert.True(entries > 0);

        var source = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString);
        string[] files = File.Exists(host.AuditCheckpointFile)
            ? ["--file", host.AuditKeyFile, "--file", host.AuditCheckpointFile]
            : ["--file", host.AuditKeyFile];
        var made = await RunAsync("scripts/backup.sh", [Path.Combine(_folder, "out"), .. files], source);
        var backup = made.Trim().Split('\n')[^1];
        Assert.True(File.Exists(Path.Combine(backup, "database.dump")), made);
        Assert.True(File.Exists(Path.Combine(backup, "files", Path.GetFileName(host.AuditKeyFile))), made);

        var target = new NpgsqlConnectionStringBuilder(_fresh!.Server);
        var keys = Path.Combine(_folder, "keys");
        await RunAsync("scripts/restore.sh", [backup, "platform", "--files-to", keys], target);

        var restored = new NpgsqlConnectionStringBuilder(_fresh.Server) { Database = "platform" }.ConnectionString;
        var (code, output) = await VerifyAuditAsync(restored, Path.Combine(keys, Path.GetFileName(host.AuditKeyFile)), Path.Combine(keys, Path.GetFileName(host.AuditCheckpointFile)));
        Assert.True(code == 0, output);
        Assert.Contains("intact", output, StringComparison.Ordinal);

        var served = new RestoredHost(_fresh, "platform", keys, host);
        await ((IAsyncLifetime)served).InitializeAsync();
        try
        {
            Assert.Equal(tasks, await served.Database.ScalarAsync<long>("select count(*) from tasks.tasks"));
            var again = await served.SignInAsync("son-la.secretariat");
            var page = await again.GetStringAsync("/son-la/tasks");
            Assert.Contains(task, page, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)served).DisposeAsync();
        }
    }

    /// <summary>Runs one of the project's scripts as an operator would, with PostgreSQL's variables for <paramref name="server"/>.</summary>
    private static async Task<string> RunAsync(string script, string[] arguments, NpgsqlConnectionStringBuilder server)
    {
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PGHOST"] = server.Host,
                ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PGUSER"] = server.Username,
                ["PGDATABASE"] = server.Database ?? "postgres",
            },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}: {await output}{await errors}");
        return await output;
    }

    /// <summary><c>dotnet Platform.Web.dll audit verify</c> on the restored database with the restored key, as the operator runs it.</summary>
    private static async Task<(int Code, string Output)> VerifyAuditAsync(string database, string keyFile, string checkpointFile)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "audit", "verify"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Platform"] = database,
                ["Audit__KeyFile"] = keyFile,
                ["Audit__CheckpointFile"] = checkpointFile,
            },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }

    /// <summary>The real host on the restored database, with the restored audit key and checkpoint file.</summary>
    private sealed class RestoredHost(PrivateCluster cluster, string database, string keys, PlatformFactory original) : PlatformFactory
    {
        protected override async Task<TestDatabase> CreateDatabaseAsync()
        {
            File.Copy(Path.Combine(keys, Path.GetFileName(original.AuditKeyFile)), AuditKeyFile, overwrite: true);
            if (File.Exists(Path.Combine(keys, Path.GetFileName(original.AuditCheckpointFile))))
            {
                File.Copy(Path.Combine(keys, Path.GetFileName(original.AuditCheckpointFile)), AuditCheckpointFile, overwrite: true);
            }

            return await TestDatabase.ExistingAsync(cluster.Server, database);
        }
    }
}
