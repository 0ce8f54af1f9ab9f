using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The real host on its own PostgreSQL database, with the packs the build laid out (or another plugins folder),
/// demo data loaded as the run command does. Counts the SQL statements it issues.
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public SqlCounter Sql { get; } = new();

    /// <summary>The plugins folder the host scans; the build's packs unless a test says otherwise.</summary>
    protected virtual string PluginsFolder => Repository.PluginsFolder;

    protected virtual string FailurePolicy => "Stop";

    protected virtual int LoginPermitsPerMinute => 10_000;

    /// <summary>
    /// The host's own folder outside the database: its audit key (<c>Audit:KeyFile</c>) and checkpoint file
    /// (<c>Audit:CheckpointFile</c>), as an operator keeps them.
    /// </summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

    public string AuditKeyFile => Path.Combine(DataFolder, "audit.key");

    public string AuditCheckpointFile => Path.Combine(DataFolder, "audit-checkpoints.log");

    /// <summary>Where mail is written as .eml files when no SMTP server is configured (<c>Mail:PickupFolder</c>).</summary>
    public string MailFolder => Path.Combine(DataFolder, "mail");

    /// <summary>Whether the host runs its background mail sender; off unless a test says otherwise.</summary>
    protected virtual bool SenderEnabled => false;

    /// <summary>The host's database: on the test command's cluster unless a test brings its own.</summary>
    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        await File.WriteAllTextAsync(AuditKeyFile, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        _database = await CreateDatabaseAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    /// <summary>A client signed in through the sign-in page, carrying its session cookie.</summary>
    public Task<HttpClient> SignInAsync(string userName, string password = DemoAccounts.Password) =>
        SignInAsync(userName, new WebApplicationFactoryClientOptions(), password);

    /// <summary>A client with these options, signed in through the sign-in page.</summary>
    public async Task<HttpClient> SignInAsync(string userName, WebApplicationFactoryClientOptions options, string password = DemoAccounts.Password)
    {
        var client = CreateClient(options);
        var response = await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        var redirectedHome = response.StatusCode == System.Net.HttpStatusCode.Redirect &&
            response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == false;
        var landedHome = response.IsSuccessStatusCode && response.RequestMessage?.RequestUri?.AbsolutePath != "/account/login";
        if (!redirectedHome && !landedHome)
        {
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>
    /// A client signed in with the password and then, at the second step, the authenticator's current code for the
    /// enrolled <paramref name="authenticatorKey"/>.
    /// </summary>
    public async Task<HttpClient> SignInWithCodeAsync(string userName, string authenticatorKey, string password = DemoAccounts.Password)
    {
        var client = CreateClient();
        var first = await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        if (first.RequestMessage?.RequestUri?.AbsolutePath != "/account/login-2fa")
        {
            throw new InvalidOperationException($"Signing in as {userName} did not ask for a code: {(int)first.StatusCode} {first.RequestMessage?.RequestUri}.");
        }

        var second = await FormPost.SubmitAsync(client, "/account/login-2fa", new Dictionary<string, string>
        {
            ["Code"] = Authenticator.Code(authenticatorKey),
        });
        if (!second.IsSuccessStatusCode || second.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"The second step for {userName} failed: {(int)second.StatusCode}.");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Platform", Database.ApplicationConnectionString);
        builder.UseSetting("ConnectionStrings:PlatformOwner", Database.ConnectionString);
        builder.UseSetting("Plugins:Path", PluginsFolder);
        builder.UseSetting("Plugins:OnFailure", FailurePolicy);
        builder.UseSetting("Demo:Load", "true");
        // As in production, the key ring is encrypted at rest; a host that wants otherwise overrides these.
        builder.UseSetting("DataProtection:CertificatePath", KeyRingCertificate.Shared.Path);
        builder.UseSetting("DataProtection:CertificatePassword", KeyRingCertificate.Shared.Password);
        builder.UseSetting("Audit:KeyFile", AuditKeyFile);
        builder.UseSetting("Audit:CheckpointFile", AuditCheckpointFile);
        // No SMTP server: mail becomes .eml files in the host's folder. The background sender stays off so that what a
        // test sees does not depend on its timing; the mail tests run rounds themselves (MailSender.RunOnceAsync).
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:SenderEnabled", SenderEnabled ? "true" : "false");
        // Nor does the daily reminder round run by the clock: the reminder tests run rounds for the day they choose.
        builder.UseSetting("Reminders:Enabled", "false");
        // Nor does the reading of stored files' text: the search tests run a pass themselves (FileTextFiller.RunOnceAsync).
        builder.UseSetting("FileText:BackfillEnabled", "false");
        // The test server's own name, the browser tests' address and the name the HTTPS tests use; any other Host is refused (400).
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1;platform.test");
        // Tests sign in far more often than people do; the limit itself has its own test.
        builder.UseSetting("Security:LoginPermitsPerMinute", LoginPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}

/// <summary>Counts the statements EF Core sends, so a test can prove a page's count does not grow with the data.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
