using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>Hosts one test starts, each on its own database; disposing stops them and drops their databases.</summary>
internal sealed class Hosts : IAsyncDisposable
{
    private readonly List<PlatformFactory> _started = [];

    /// <summary>Creates the host's database and starts it (migrations and demo data included).</summary>
    public async Task<T> StartAsync<T>(T host)
        where T : PlatformFactory
    {
        await ((IAsyncLifetime)host).InitializeAsync();
        _started.Add(host);
        _ = host.Services;
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _started)
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}
