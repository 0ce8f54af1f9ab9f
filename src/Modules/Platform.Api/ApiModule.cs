using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Platform.Api.Endpoints;
using Platform.Api.Persistence;
using Platform.Core.Api;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Core.Settings;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Api;

/// <summary>The Api module's public face: its registration and the mapping of <c>/api/v1</c>.</summary>
public static class ApiModule
{
    /// <summary>The API's root path.</summary>
    public const string Root = "/api/v1";

    /// <summary>The OpenAPI document's stable address.</summary>
    public const string DocumentPath = "/api/v1/openapi.json";

    /// <summary>The OpenAPI document's name.</summary>
    public const string DocumentName = "v1";

    /// <summary>Adds the clients' schema, the token scheme, the rate limiter, the filters and the OpenAPI document.</summary>
    public static IServiceCollection AddApiModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ApiDbContext>(ApiDbContext.Schema);
        services.AddModuleServices(typeof(ApiModule).Assembly);
        services.AddScoped<IModuleDatabase, ApiDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, ApiTexts>();
        services.AddSettings<ApiSettings>(ApiSettings.Section);
        services.AddSingleton<ApiRateLimiter>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenScheme>(ApiTokenScheme.Name, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(ApiTokenScheme.Name, p => p
            .AddAuthenticationSchemes(ApiTokenScheme.Name)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiScopes.ClaimType, ApiScopes.Read));
        // Enumerations as their names, in the body and so in the document.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true && !d.RelativePath.EndsWith(".json", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Platform — API đọc dữ liệu / read API";
                document.Info.Version = "v1";
                document.Info.Description =
                    "Dữ liệu của các tỉnh mà ứng dụng được cấp quyền đọc. Xác thực: `Authorization: Bearer <mã truy cập>`. " +
                    "Lỗi theo RFC 9457: `title`, `detail` tiếng Việt; `title_en`, `detail_en` tiếng Anh. / " +
                    "Records of the provinces the client is granted. Authenticate with `Authorization: Bearer <token>`. " +
                    "Errors are RFC 9457 problem details: `title`, `detail` in Vietnamese; `title_en`, `detail_en` in English.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "Mã truy cập do quản trị hệ thống cấp / a token the system administrator issues",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>
    /// Maps <c>/api/v1</c>: the provinces the client may read, then each module's routes (<see cref="IApiEndpoints"/>)
    /// on <c>/api/v1/tinh/{province}</c>; and the OpenAPI document, readable without signing in.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPath).AllowAnonymous().ExcludeFromDescription();

        var api = app.MapGroup(Root)
            .RequireAuthorization(ApiTokenScheme.Name)
            .DisableAntiforgery()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []))
            .AddEndpointFilter<AuditFilter>()
            .AddEndpointFilter<RateLimitFilter>();

        api.MapGet("/tinh", Provinces)
            .AddEndpointFilter<ETagFilter>()
            .WithName("provinces")
            .WithSummary("Các tỉnh ứng dụng được đọc / The provinces the client may read");

        var province = api.MapGroup("/tinh/{province}")
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]))
            .AddEndpointFilter<ProvinceGate>()
            .AddEndpointFilter<ETagFilter>();
        var national = api.MapGroup("/quoc-gia")
            .AddEndpointFilter<ETagFilter>();
        foreach (var module in app.ServiceProvider.GetServices<IApiEndpoints>())
        {
            module.Map(province);
            module.MapNational(national);
        }

        return app;
    }

    private static Ok<ApiProvince[]> Provinces(HttpContext http, IProvinceCatalog catalog) =>
        TypedResults.Ok(catalog.Provinces
            .Where(p => http.User.HasClaim(ApiScopes.ProvinceClaimType, p.Code.Value))
            .Select(p => new ApiProvince(p.Code.Value, p.Name))
            .ToArray());
}

/// <summary>A province the client may read.</summary>
/// <param name="Code">Its code, as in <c>/api/v1/tinh/{code}</c> and the province's pages.</param>
/// <param name="Name">Its name.</param>
internal sealed record ApiProvince(string Code, string Name);

/// <summary>Migrates the api schema; clients are national, so there is nothing per province.</summary>
internal sealed class ApiDatabase(ApiDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "api";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
