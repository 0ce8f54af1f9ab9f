using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Platform.Api.Pages.Reference;

/// <summary>
/// The API's reference, drawn on the server from the same OpenAPI document <c>/api/v1/openapi.json</c> serves: each
/// route with its parameters and responses, then each schema with its properties. Readable without signing in, as the
/// document is; no script, nothing from another site.
/// </summary>
[AllowAnonymous]
internal sealed class ApiReferenceModel(IServiceProvider services) : PageModel
{
    public string DocumentPath => ApiModule.DocumentPath;

    public string? Description { get; private set; }

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public IReadOnlyList<Schema> Schemas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiModule.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(ct);
        using var json = JsonDocument.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, ct));
        var root = json.RootElement;
        Description = root.GetProperty("info").TryGetProperty("description", out var d) ? d.GetString() : null;
        var operations = new List<Operation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new Parameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("required", out var r) && r.GetBoolean(),
                        p.TryGetProperty("schema", out var s) ? TypeOf(s) : "")).ToList()
                    : [];
                var responses = op.Value.GetProperty("responses").EnumerateObject().Select(r => new Reply(
                    r.Name,
                    r.Value.TryGetProperty("description", out var rd) ? rd.GetString() ?? "" : "",
                    r.Value.TryGetProperty("content", out var c) && c.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } first &&
                    first.Value.TryGetProperty("schema", out var rs) ? TypeOf(rs) : "")).ToList();
                operations.Add(new Operation(
                    op.Name.ToUpperInvariant(), path.Name,
                    op.Value.TryGetProperty("summary", out var sum) ? sum.GetString() : null,
                    op.Value.TryGetProperty("description", out var desc) ? desc.GetString() : null,
                    parameters, responses));
            }
        }

        Operations = [.. operations.OrderBy(o => o.Path, StringComparer.Ordinal)];
        if (root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas))
        {
            Schemas = [.. schemas.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new Schema(
                s.Name,
                s.Value.TryGetProperty("properties", out var props)
                    ? [.. props.EnumerateObject().Select(p => new Property(
                        p.Name, TypeOf(p.Value),
                        s.Value.TryGetProperty("required", out var req) && req.EnumerateArray().Any(x => x.GetString() == p.Name)))]
                    : []))];
        }
    }

    /// <summary>A schema's type as a reader names it: a referenced schema's name, an array's item, a nullable type with "?".</summary>
    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return string.Join(" | ", oneOf.EnumerateArray().Select(TypeOf));
        }

        var type = schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? string.Join(" | ", t.EnumerateArray().Select(x => x.GetString())) : t.GetString() ?? ""
            : "object";
        if (type.Contains("array", StringComparison.Ordinal) && schema.TryGetProperty("items", out var items))
        {
            type = type.Replace("array", TypeOf(items) + "[]", StringComparison.Ordinal);
        }

        return schema.TryGetProperty("format", out var format) ? $"{type} ({format.GetString()})" : type;
    }

    internal sealed record Operation(string Method, string Path, string? Summary, string? Description, IReadOnlyList<Parameter> Parameters, IReadOnlyList<Reply> Responses);

    internal sealed record Parameter(string Name, string In, bool Required, string Type);

    internal sealed record Reply(string Status, string Description, string Type);

    internal sealed record Schema(string Name, IReadOnlyList<Property> Properties);

    internal sealed record Property(string Name, string Type, bool Required);
}
