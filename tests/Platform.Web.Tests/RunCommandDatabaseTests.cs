using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Npgsql;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>
/// The run command's private PostgreSQL cluster (<c>pg_start DIR PORT durable</c> in scripts/postgres.sh, run here into
/// a temporary folder) asks every connection for the superuser's generated password, over TCP and over the socket, so
/// another local user cannot connect; a cluster made when it trusted local users is switched over at its next start.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class RunCommandDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();

    private string PasswordFile => Path.Combine(_folder, "password");

    [Fact]
    public async Task The_run_commands_cluster_refuses_a_connection_without_its_password()
    {
        await ScriptAsync("pg_start", _folder, Port, "durable");

        var password = await File.ReadAllTextAsync(PasswordFile);
        Assert.Equal(1, await SelectOneAsync(Tcp(password)));
        Assert.Equal(1, await SelectOneAsync(Socket(password)));
        await AssertRefusedAsync(Tcp(null));
        await AssertRefusedAsync(Socket(null));
        await AssertRefusedAsync(Tcp("not-the-password"));
        // Readable by the one who runs the command (root) alone.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PasswordFile));
        Assert.True(password.Length >= 32, "the generated password is long");
    }

    [Fact]
    public async Task A_cluster_that_trusted_local_users_asks_for_the_password_from_its_next_start()
    {
        // How the run command's clusters were made before, and how the test command's throwaway one still is.
        await ScriptAsync("pg_start", _folder, Port, "throwaway");
        Assert.Equal(1, await SelectOneAsync(Tcp(null)));
        await ScriptAsync("pg_stop", _folder);

        await ScriptAsync("pg_start", _folder, Port, "durable");

        await AssertRefusedAsync(Tcp(null));
        await AssertRefusedAsync(Socket(null));
        Assert.Equal(1, await SelectOneAsync(Tcp(await File.ReadAllTextAsync(PasswordFile))));
    }

    public void Dispose()
    {
        ScriptAsync("pg_stop", _folder).GetAwaiter().GetResult();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Port => _port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Tcp(string? password) => Connection("127.0.0.1", password);

    private string Socket(string? password) => Connection(_folder, password);

    private string Connection(string host, string? password) => new NpgsqlConnectionStringBuilder
    {
        Host = host,
        Port = _port,
        Username = "postgres",
        Database = "postgres",
        Password = password,
        Pooling = false,
        Timeout = 10,
    }.ConnectionString;

    private static async Task<int> SelectOneAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AssertRefusedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
        // Refused for the password, not because no server answered.
        Assert.True(
            refused is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } ||
            refused.Message.Contains("No password has been provided", StringComparison.Ordinal),
            refused.Message);
    }

    /// <summary>Runs a function of scripts/postgres.sh as the run command does (sourced by bash).</summary>
    private static async Task ScriptAsync(string function, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in (string[])["-c", "source scripts/postgres.sh && \"$@\"", "postgres.sh", function, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{function} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output}{await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
