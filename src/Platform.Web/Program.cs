using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Platform.Committees;
using Platform.Core.Localization;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Web;
using Platform.Web.Benchmarks;
using Platform.Web.Localization;
using Platform.Web.Packs;
using Platform.Web.Tenancy;

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
app.MapBenchmarkBaseline();
app.MapRazorPages();

await app.PrepareDatabaseAsync();
await app.RunAsync();
