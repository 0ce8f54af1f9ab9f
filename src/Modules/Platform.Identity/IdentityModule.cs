using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Core.Security;
using Platform.Core.Settings;
using Platform.Core.Tenancy;
using Platform.Identity.Access;
using Platform.Identity.Accounts;
using Platform.Identity.Passwords;
using Platform.Identity.Persistence;
using Platform.Identity.Sessions;
using Platform.Identity.SignIn;
using Platform.Identity.TwoFactor;
using Platform.Sdk.Structure;

namespace Platform.Identity;

/// <summary>The Identity module's public face: accounts, sign-in, roles per province and the policies pages use.</summary>
public static class IdentityModule
{
    /// <summary>The rate-limiting policy of the sign-in page.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>Adds accounts, sign-in with its throttle, server-side sessions and timeouts, the province policies and the page conventions.</summary>
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        // Read now, as the cookie and the rate limiter are configured with them; a wrong value stops the start.
        var settings = configuration.ReadSettings<SessionSettings>(SessionSettings.Section);
        services.AddSettings<SessionSettings>(configuration, SessionSettings.Section);
        services.AddSettings<AccountSettings>(configuration, AccountSettings.Section);
        services.AddSettings<DemoOptions>(configuration, DemoOptions.Section);
        var idle = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
        var absolute = TimeSpan.FromHours(settings.AbsoluteTimeoutHours);
        var loginPermits = settings.LoginPermitsPerMinute;

        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddModuleServices(typeof(IdentityModule).Assembly);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpActor>();
        services.AddSingleton<IProvinceAccess, ClaimsProvinceAccess>();
        services.AddScoped<DemoAccounts>();
        // After the database start-up the host registered first: demo accounts follow Demo:Load.
        services.AddHostedService<DemoAccountSwitch>();
        services.AddScoped<IModuleDatabase, IdentityDatabase>();
        services.AddSingleton<ITextSource, IdentityTexts>();
        services.AddSingleton(new SessionLimits(idle, absolute));
        services.AddSingleton(settings.SignInThrottle);
        services.AddSingleton<TwoFactorRule>();
        services.AddScoped<RecentAuthentication>();
        services.AddScoped<IRecentAuthentication>(sp => sp.GetRequiredService<RecentAuthentication>());

        services.AddIdentity<Account, IdentityRole<Guid>>(o =>
            {
                // Length and a list of common passwords, not composition rules, make a password hard to guess.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<AccountSignIn>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name);

        // Every request re-reads the account: a disabled account or a reset password ends sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    SessionClaims.CarryOver(context.CurrentPrincipal, identity);
                }

                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/error/403";
            o.Cookie.Name = "Platform.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                if (context.Principal?.FindFirstValue(Roles.SignedInAtClaim) is { } value &&
                    long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) &&
                    DateTimeOffset.FromUnixTimeSeconds(seconds) + absolute < context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
                {
                    // The absolute limit: a session ends after this long, however active.
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            // Signing out ends the session on the server too: a copy of the cookie is refused from then on.
            o.Events.OnSigningOut = context =>
                context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().EndAsync(context.HttpContext.User);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ProvinceReader, p => p.RequireAuthenticatedUser().AddRequirements(
                new ProvinceRoleRequirement(Roles.ProvinceRoles, Roles.NationalRoles)))
            .AddPolicy(Policies.Secretariat, p => p.RequireAuthenticatedUser().AddRequirements(
                new ProvinceRoleRequirement([Roles.Of(ProvinceRole.Secretariat)], [])))
            .AddPolicy(Policies.Leader, p => p.RequireAuthenticatedUser().AddRequirements(
                new ProvinceRoleRequirement([Roles.Of(ProvinceRole.Leader)], [])))
            .AddPolicy(Policies.ProvinceAdmin, p => p.RequireAuthenticatedUser().AddRequirements(
                new ProvinceRoleRequirement([Roles.ProvinceAdmin], [Roles.SystemAdmin])))
            .AddPolicy(Policies.SystemAdmin, p => p.RequireAuthenticatedUser().AddRequirements(
                new ProvinceRoleRequirement([], [Roles.SystemAdmin])));
        services.AddScoped<IAuthorizationHandler, ProvinceRoleHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProvinceAwareResultHandler>();
        services.AddOptions<RazorPagesOptions>()
            .Configure<IProvinceCatalog>((o, catalog) =>
            {
                o.Conventions.Add(new ProvincePagesConvention(catalog));
                // Signing out stays possible for an account held at the second factor's enrolment.
                o.Conventions.AddPageApplicationModelConvention("/Account/Logout", m => m.EndpointMetadata.Add(new AllowedBeforeEnrolmentAttribute()));
            });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The refusal says when to come back; the error page says why, in the user's language.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPermits, Window = TimeSpan.FromMinutes(1) }));
        });

        return services;
    }
}

/// <summary>Migrates the identity schema and creates the demo accounts when asked.</summary>
internal sealed class IdentityDatabase(AccountsDbContext db, DemoAccounts demo, IServiceProvider services) : IModuleDatabase
{
    public string Module => "identity";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        demo.LoadAsync(province, cancellationToken);
}
