using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Platform.Audit;
using Platform.Committees;
using Platform.Core.Localization;
using Platform.Core.Persistence;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Web;
using Platform.Web.Localization;
using Platform.Web.Packs;
using Platform.Web.Tenancy;

// `dotnet Platform.Web.dll audit verify`: checks the audit trail's chains and exits; no web server starts.
if (AuditCommand.Matches(args))
{
    return await AuditCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

var mvc = builder.Services.AddRazorPages();
builder.AddProvincePacks(mvc);

builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[ProvinceMiddleware.RouteKey] = typeof(ProvinceRouteConstraint));
// Razor would otherwise write every Vietnamese letter as an &#x…; entity.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.Configure<RequestLocalizationOptions>(o =>
{
    CultureInfo[] cultures = [new("vi-VN"), new("en-GB")];
    o.DefaultRequestCulture = new RequestCulture("vi-VN");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders = [new CookieRequestCultureProvider()];
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<CurrentProvince>();
builder.Services.AddSingleton<Text>();
builder.Services.AddSingleton<ITextSource, HostTexts>();
builder.Services.AddPlatformDatabase(builder.Configuration);
builder.Services.AddCommitteesModule();
builder.Services.AddAuditModule();
// Until accounts exist every change is the system's; an actor registered by the identity module (the signed-in user) wins.
builder.Services.TryAddSingleton<ICurrentActor>(new SystemActor("system"));
builder.Services.AddHostedService<DatabaseStartup>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseRequestLocalization();
app.UseMiddleware<ProvinceMiddleware>();
app.UseAntiforgery();
app.MapRazorPages();

await app.RunAsync();
return 0;
