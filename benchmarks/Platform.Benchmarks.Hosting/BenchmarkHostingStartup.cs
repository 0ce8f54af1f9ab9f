using Microsoft.AspNetCore.Hosting;
using Platform.Benchmarks.Hosting;
using Platform.Benchmarks.Hosting.Baselines;
using Platform.Benchmarks.Hosting.Dataset;

[assembly: HostingStartup(typeof(BenchmarkHostingStartup))]

namespace Platform.Benchmarks.Hosting;

/// <summary>
/// What the benchmark adds to the host it attaches to (see <see cref="StartupHook"/>), each behind its own setting:
/// the baseline endpoints (<see cref="BaselineEndpoints.SwitchKey"/>) and the load-test dataset
/// (<see cref="DatasetRun.ResultFileKey"/>). The host itself knows neither; attached without a setting, this does nothing.
/// </summary>
internal sealed class BenchmarkHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices((context, services) =>
    {
        if (context.Configuration.GetValue(BaselineEndpoints.SwitchKey, false))
        {
            services.AddTransient<IStartupFilter, BaselineEndpoints.Mapping>();
        }

        if (context.Configuration[DatasetRun.ResultFileKey] is { Length: > 0 })
        {
            services.AddHostedService<DatasetRun>();
        }
    });
}
