using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>
/// A PostgreSQL cluster of a test's own, made and started by the project's script (scripts/postgres.sh) on a free
/// port, for tests that stop and start the database: the shared cluster of the test command must stay up for the others.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private PrivateCluster(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    private int? _primaryPort;

    public string Folder { get; }

    public int Port { get; }

    /// <summary>The cluster's superuser connection, without a database (for <see cref="TestDatabase.CreateAsync(string)"/>).</summary>
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres;Include Error Detail=true";

    /// <summary>Makes a cluster in a folder of its own and starts it.</summary>
    public static async Task<PrivateCluster> StartAsync()
    {
        var cluster = new PrivateCluster(Path.Combine(Path.GetTempPath(), "platform-clusters", Guid.NewGuid().ToString("N")), FreePort());
        Directory.CreateDirectory(cluster.Folder);
        await cluster.StartAgainAsync();
        return cluster;
    }

    /// <summary>Starts the server (again), as the test command starts its own.</summary>
    public Task StartAgainAsync() => _primaryPort is { } primary
        ? ScriptAsync($"pg_start_standby \"$1\" {Port} {primary}")
        : ScriptAsync($"pg_start \"$1\" {Port} throwaway");

    /// <summary>A hot standby of <paramref name="primary"/> (pg_basebackup, streaming replication), started on a port of its own.</summary>
    public static async Task<PrivateCluster> StartStandbyAsync(PrivateCluster primary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var standby = new PrivateCluster(Path.Combine(Path.GetTempPath(), "platform-clusters", Guid.NewGuid().ToString("N")), FreePort()) { _primaryPort = primary.Port };
        Directory.CreateDirectory(standby.Folder);
        await standby.StartAgainAsync();
        return standby;
    }

    /// <summary>Stops the server the way an upgrade does (fast shutdown: sessions are ended, the server goes away).</summary>
    public Task StopAsync() => ScriptAsync("pg_stop \"$1\"");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the server still held: the folder is under the system's temporary folder and goes with it.
        }
    }

    private async Task ScriptAsync(string command)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"source \"$0/scripts/postgres.sh\" && {command}", Repository.Root, Folder },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh ({command}) failed with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
