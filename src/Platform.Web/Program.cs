using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Platform.Api;
using Platform.Audit;
using Platform.Committees;
using Platform.Consultations;
using Platform.Indices;
using Platform.National;
using Platform.Inspections;
using Platform.Proposals;
using Platform.Commendations;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Links;
using Platform.Core.Localization;
using Platform.Core.Persistence;
using Platform.Core.Submissions;
using Platform.Core.Tenancy;
using Platform.Identity;
using Platform.Meetings;
using Platform.Notifications;
using Platform.Reporting;
using Platform.Tasks;
using Platform.Web;
using Platform.Web.Commands;
using Platform.Web.Localization;
using Platform.Web.Packs;
using Platform.Web.Security;
using Platform.Web.Tenancy;

// `dotnet Platform.Web.dll audit verify`: checks the audit trail's chains and exits; no web server starts.
if (AuditCommand.Matches(args))
{
    return await AuditCommand.RunAsync(args);
}

// `dotnet Platform.Web.dll pack validate <folder>`: loads one built pack as the host would and prints what it states,
// or each fault; no web server starts and no database is touched.
if (PackCommand.Matches(args))
{
    return PackCommand.Run(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
// First of the hosted services: the schemas must exist before anything (the data-protection key ring) reads them.
builder.Services.AddHostSettings(builder.Configuration);
builder.Services.AddSingleton<DatabaseStartup>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
var cookies = SiteCookies.From(builder.Configuration);
builder.AddPathPrefix();

builder.AddWebHardening(cookies);
// Input hardening: body and form limits, TRACE, NUL characters, malformed forms and over-long text answered with a message.
builder.AddRequestLimits();
builder.Services.AddPublicSite(builder.Configuration);
var mvc = builder.Services.AddRazorPages();
if (builder.AddProvincePacks(mvc) is null)
{
    // Plugins:OnFailure=Stop and a pack is broken: each one has been logged on its own line; no stack trace to add.
    return 1;
}

builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[ProvinceMiddleware.RouteKey] = typeof(ProvinceRouteConstraint));
// Razor would otherwise write every Vietnamese letter as an &#x…; entity.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.Configure<RequestLocalizationOptions>(o =>
{
    CultureInfo[] cultures = [new("vi-VN"), new("en-GB")];
    o.DefaultRequestCulture = new RequestCulture("vi-VN");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = cookies.Culture }];
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<CurrentProvince>();
// The wording: IStringLocalizer over one dictionary per module and per pack, plus the host's shared one.
builder.Services.AddWording<HostTexts>();
builder.Services.AddPlatformDatabase(builder.Configuration);
builder.Services.AddPlatformDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddWorkingCalendar(builder.Configuration);
builder.Services.AddCommitteesModule();
builder.Services.AddMeetingsModule();
builder.Services.AddTasksModule();
builder.Services.AddConsultationsModule();
builder.Services.AddIndicesModule();
builder.Services.AddInspectionsModule();
builder.Services.AddProposalsModule();
builder.Services.AddCommendationsModule();
builder.Services.AddReportingModule();
builder.Services.AddNotificationsModule();
builder.Services.AddNationalModule();
builder.Services.AddFileTextBackfill();
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.ConfigureApplicationCookie(o =>
{
    o.Cookie.Name = cookies.Session;
    o.Cookie.SecurePolicy = cookies.SecurePolicy;
});
builder.Services.ConfigureExternalCookie(o =>
{
    o.Cookie.Name = cookies.External;
    o.Cookie.SecurePolicy = cookies.SecurePolicy;
});
builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
    Microsoft.AspNetCore.Identity.IdentityConstants.TwoFactorUserIdScheme,
    o =>
    {
        o.Cookie.Name = cookies.TwoFactor;
        o.Cookie.SecurePolicy = cookies.SecurePolicy;
    });
builder.Services.AddAuditModule();
// A form sent twice (a double click, a browser's retry) runs its handler once: a key per rendered form, claimed per user.
builder.Services.AddOncePerSubmission();
// A database out of reach answers 503 with Retry-After (DatabaseOutage); /healthz says the process lives, /readyz that
// it can reach the database — what a reverse proxy or an orchestrator asks before sending it requests.
builder.Services.AddExceptionHandler<DatabaseOutage>();
builder.Services.AddSingleton<Platform.Web.Operations.DatabaseStatus>();
builder.Services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: ["ready"]);
// The read API for national systems (/api/v1): after the modules that map their routes on it.
builder.Services.AddApiModule();

var app = builder.Build();

// Every setting is checked here, before the pipeline is built or anything starts, so that a wrong one stops the start
// with the message naming it (Settings.cs) and nothing is left half-started. The host checks again when it starts;
// the check is cheap and the same.
app.Services.GetService<IStartupValidator>()?.Validate();

app.UseSecurityHeaders();
app.UsePathPrefix();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseRequestLocalization();
app.UseMiddleware<ProvinceMiddleware>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRequestGuard();
app.MapRazorPages();
app.MapHealthChecks("/healthz", new() { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();
app.MapPlatformApi();

if (args is [AdminCommand.Name, ..])
{
    return await AdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}

await app.RunAsync();
return 0;
