using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The host for the meeting tests: a clock the tests set, so "12 hours before the meeting" is exact, and accounts for
/// the seats the demo gives no account to (a deputy who chairs, a department head, a deputy director).
/// </summary>
public class MeetingHost : PlatformFactory
{
    public AuditLogPageTests.SettableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        // The tests move the clock across days; the session must outlive that.
        builder.UseSetting("Security:AbsoluteTimeoutHours", "100000");
        builder.UseSetting("Security:IdleTimeoutMinutes", "10000000");
    }

    /// <summary>A client signed in as the holder of <paramref name="seatKey"/>, whose account is made the first time it is asked for.</summary>
    public async Task<HttpClient> SignInHoldingAsync(string province, string seatKey, ProvinceRole role = ProvinceRole.Leader)
    {
        var userName = $"{province}.{seatKey}";
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var account = new Account { UserName = userName, DisplayName = $"Người giữ {seatKey} (thử)", LockoutEnabled = true };
                var created = await users.CreateAsync(account, Testing.DemoAccounts.Password);
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
                var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
                db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Province = province, Role = Roles.Of(role), SeatKey = seatKey });
                await db.SaveChangesAsync();
            }
        }

        return await SignInAsync(userName);
    }

    /// <summary>
    /// A client signed in as a focal point of <paramref name="agencyKey"/>: a member of the province holding no seat,
    /// whose grant is linked to the agency (<see cref="AgencyClaims"/> at sign-in), made the first time it is asked for.
    /// </summary>
    public async Task<HttpClient> SignInForAgencyAsync(string province, string agencyKey)
    {
        var userName = $"{province}.staff.{agencyKey}";
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var account = new Account { UserName = userName, DisplayName = $"Đầu mối {agencyKey} (thử)", LockoutEnabled = true };
                var created = await users.CreateAsync(account, Testing.DemoAccounts.Password);
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
                var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
                // Linked as a province administrator links it: the grant names the agency, and sign-in turns it into
                // the agency claim (AccountClaims).
                db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Province = province, Role = Roles.Of(ProvinceRole.Member), AgencyKey = agencyKey });
                await db.SaveChangesAsync();
            }
        }

        return await SignInAsync(userName);
    }
}
