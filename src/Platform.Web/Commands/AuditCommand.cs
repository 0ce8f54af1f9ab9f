using Platform.Audit;
using Platform.Core.Persistence;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Web.Commands;

/// <summary>
/// <c>audit verify</c>: verifies every chain of the audit trail against the configured database and exits 0 when all
/// are intact, 1 when one is broken, 2 when the check could not run. Packs and the web server are not needed for it.
/// </summary>
internal static class AuditCommand
{
    public static bool Matches(string[] args) => args is ["audit", "verify", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // The same configuration sources as the web host: appsettings, environment, the remaining arguments.
            var builder = Host.CreateApplicationBuilder(args[2..]);
            builder.Logging.SetMinimumLevel(LogLevel.Warning); // the report is the output
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddScoped<CurrentProvince>();
            builder.Services.AddSingleton<ICurrentActor>(new SystemActor("system: audit verify"));
            builder.Services.AddPlatformDatabase(builder.Configuration);
            builder.Services.AddAuditModule();
            using var host = builder.Build();
            return await AuditModule.VerifyAsync(host.Services, Console.Out, CancellationToken.None) ? 0 : 1;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"Không kiểm tra được nhật ký. / The audit trail could not be checked: {e.Message}");
            return 2;
        }
    }
}
