using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Clients;
using Platform.Core.Api;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The read API for national systems: a token scoped to Sơn La reads Sơn La and gets 404 for every Đắk Lắk id and
/// route; unknown, expired and revoked tokens get 401; the OpenAPI document lists every route the app maps, and each
/// route's actual response matches its schema there; paging by cursor returns each item once in a stable order; ETags
/// answer 304; a list reads a constant number of statements; every call is audited and the client's last use noted.
/// </summary>
public sealed partial class ApiTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    internal static async Task<string> IssueAsync(PlatformFactory host, string[] provinces, string[]? scopes = null, string? name = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var (outcome, token) = await scope.ServiceProvider.GetRequiredService<ApiClients>().IssueAsync(
            new ClientRequest(name ?? "Hệ thống thử " + Guid.NewGuid().ToString("N")[..8], provinces, scopes ?? [ApiScopes.Read], DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)),
            "test", CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Values));
        return token!;
    }

    internal static HttpClient Client(PlatformFactory host, string? token)
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Every /api/v1 route the app maps, as its template (the document itself aside).</summary>
    internal static List<string> Routes(PlatformFactory host) =>
    [
        .. host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => t.StartsWith("/api/v1/", StringComparison.Ordinal) && !t.EndsWith(".json", StringComparison.Ordinal))
            .Distinct()
            .Order(),
    ];

    /// <summary>The table whose ids fill <c>{id}</c> after a route's segment.</summary>
    private static string TableOf(string template) => template switch
    {
        _ when template.Contains("/cuoc-hop/", StringComparison.Ordinal) => "meetings.meetings",
        _ when template.Contains("/nhiem-vu/", StringComparison.Ordinal) => "tasks.tasks",
        _ when template.Contains("/thong-bao-ket-luan/", StringComparison.Ordinal) => "meetings.notices",
        _ when template.Contains("/bao-cao/", StringComparison.Ordinal) => "reporting.submissions",
        _ => throw new InvalidOperationException($"No sample ids for {template}: add its table."),
    };

    private async Task<string> FillAsync(string template, string province, string? id = null)
    {
        if (template.Contains("{id", StringComparison.Ordinal) && id is null)
        {
            var filter = TableOf(template) switch
            {
                "meetings.notices" => " and status = 2",
                "reporting.submissions" => " and status <> 0",
                _ => "",
            };
            id = (await host.Database.ScalarAsync<Guid>($"select id from {TableOf(template)} where province = '{province}'{filter} order by id limit 1")).ToString();
        }

        return Parameter().Replace(template, m => m.Groups[1].Value switch
        {
            "province" => province,
            "id" => id!,
            var name => throw new InvalidOperationException($"Cannot fill {{{name}}} in {template}."),
        });
    }

    /// <summary>
    /// The demo may hold conclusion notices and reports only as drafts; one of each province is issued (submitted) so
    /// the routes that show only issued notices and submitted reports return one.
    /// </summary>
    private async Task IssueANoticeAsync()
    {
        _ = host.Services;
        foreach (var province in new[] { "son-la", "dak-lak" })
        {
            await host.Database.ExecuteAsync($"""
                update meetings.notices set status = 2, issued_at = coalesce(issued_at, now()), issued_by = coalesce(issued_by, 'test')
                where id = (select id from meetings.notices where province = '{province}' order by id limit 1);
                insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                                   full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
                select gen_random_uuid(), '{province}', 0, 2019, 1, 'thanh-vien', 0, 'api-test', 1, 1, 'Kết quả đạt được.', 'test', now(), 'test', now(), date '2019-04-05'
                where not exists (select from reporting.submissions where province = '{province}' and status <> 0);
                """);
        }
    }

    [Fact]
    public async Task A_token_for_Son_La_reads_Son_La()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la"]));

        var provinces = JsonDocument.Parse(await client.GetStringAsync("/api/v1/tinh")).RootElement;
        Assert.Equal(["son-la"], provinces.EnumerateArray().Select(p => p.GetProperty("code").GetString()));

        var committee = JsonDocument.Parse(await client.GetStringAsync("/api/v1/tinh/son-la/uy-ban?ngay=2026-03-01")).RootElement;
        Assert.Equal("2026-03-01", committee.GetProperty("day").GetString());
        Assert.NotEmpty(committee.GetProperty("seats").EnumerateArray());
        Assert.Contains(committee.GetProperty("seats").EnumerateArray(), s => s.GetProperty("holder").ValueKind == JsonValueKind.String);

        var meetings = JsonDocument.Parse(await client.GetStringAsync("/api/v1/tinh/son-la/cuoc-hop")).RootElement;
        var meetingCount = await host.Database.ScalarAsync<long>("select count(*) from meetings.meetings where province = 'son-la'");
        Assert.Equal(Math.Min(meetingCount, ApiPaging.DefaultSize), meetings.GetProperty("items").GetArrayLength());

        var task = await host.Database.ScalarAsync<Guid>("select id from tasks.tasks where province = 'son-la' order by id limit 1");
        var one = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/tinh/son-la/nhiem-vu/{task}")).RootElement;
        Assert.Equal(task, one.GetProperty("id").GetGuid());
        Assert.Contains(one.GetProperty("progress").GetString(), new[] { "NotStarted", "InProgress", "Done", "Cancelled" });

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/tinh/son-la/uy-ban?ngay=01/03/2026")).StatusCode);
    }

    [Fact]
    public async Task A_token_for_Son_La_gets_404_for_every_Dak_Lak_id_and_every_Dak_Lak_route()
    {
        await IssueANoticeAsync();
        var client = Client(host, await IssueAsync(host, ["son-la"]));
        var leaks = new List<string>();
        foreach (var template in Routes(host).Where(t => t.Contains("{province}", StringComparison.Ordinal)))
        {
            // Đắk Lắk's own route, with a Đắk Lắk id.
            var theirs = await FillAsync(template, "dak-lak");
            await ExpectNotFoundAsync(client, theirs, leaks);
            if (template.Contains("{id", StringComparison.Ordinal))
            {
                // Every Đắk Lắk id of that kind, asked for under Sơn La's route.
                var ids = await IdsAsync(TableOf(template), "dak-lak");
                Assert.NotEmpty(ids);
                foreach (var id in ids)
                {
                    await ExpectNotFoundAsync(client, await FillAsync(template, "son-la", id), leaks);
                }
            }
        }

        // A province that does not exist answers the same.
        await ExpectNotFoundAsync(client, "/api/v1/tinh/khong-co/nhiem-vu", leaks);
        Assert.Empty(leaks);
    }

    private async Task<List<string>> IdsAsync(string table, string province)
    {
        var csv = await host.Database.ScalarAsync<string>($"select coalesce(string_agg(id::text, ',' order by id), '') from {table} where province = '{province}'");
        return [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static async Task ExpectNotFoundAsync(HttpClient client, string url, List<string> leaks)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.NotFound || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            leaks.Add($"{url} → {(int)response.StatusCode} {response.Content.Headers.ContentType}");
        }
    }

    [Fact]
    public async Task A_client_granted_both_provinces_reads_each_provinces_records_only_under_its_own_route()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la", "dak-lak"]));
        Assert.Equal(["dak-lak", "son-la"], JsonDocument.Parse(await client.GetStringAsync("/api/v1/tinh")).RootElement
            .EnumerateArray().Select(p => p.GetProperty("code").GetString()).Order());
        foreach (var (province, other) in new[] { ("son-la", "dak-lak"), ("dak-lak", "son-la") })
        {
            var ids = Ids(await client.GetStringAsync($"/api/v1/tinh/{province}/nhiem-vu?so={ApiPaging.MaxSize}"));
            var theirs = await IdsAsync("tasks.tasks", other);
            Assert.NotEmpty(ids);
            Assert.Empty(ids.Select(i => i.ToString()).Intersect(theirs));
            // A record of the other province is not found under this one's route, even for a client that may read both.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/tinh/{province}/nhiem-vu/{theirs[0]}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/tinh/{other}/nhiem-vu/{theirs[0]}")).StatusCode);
        }
    }

    [Fact]
    public async Task Unknown_expired_and_revoked_tokens_get_401_problem_details()
    {
        _ = host.Services;
        var expired = await IssueAsync(host, ["son-la"], name: "Hết hạn");
        await host.Database.ExecuteAsync("update api.clients set expires_at = now() - interval '1 minute' where name = 'Hết hạn'");
        var revoked = await IssueAsync(host, ["son-la"], name: "Thu hồi");
        var revokedId = await host.Database.ScalarAsync<Guid>("select id from api.clients where name = 'Thu hồi'");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ApiClients>().RevokeAsync(revokedId, "test", CancellationToken.None)).Succeeded);
        }

        foreach (var token in new[] { null, "pk_not-a-token", expired, revoked })
        {
            var response = await Client(host, token).GetAsync("/api/v1/tinh/son-la/nhiem-vu");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("Chưa xác thực", problem.GetProperty("title").GetString());
            Assert.Equal("Not authenticated", problem.GetProperty("title_en").GetString());
        }

        // A signed-in administrator's session counts for nothing on the API.
        var admin = await host.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/tinh")).StatusCode);
    }

    [Fact]
    public async Task The_document_parses_and_lists_every_route_the_app_maps_with_its_responses()
    {
        _ = host.Services;
        var response = await Client(host, null).GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        var mapped = Routes(host).Select(t => ConstraintOf().Replace(t, "{$1}")).Order().ToList();
        Assert.Equal(mapped, documented);
        Assert.Contains("/api/v1/tinh/{province}/uy-ban", documented);
        Assert.Contains("/api/v1/tinh/{province}/thong-bao-ket-luan/{id}", documented);

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            var codes = responses.EnumerateObject().Select(r => r.Name).ToHashSet();
            var expected = path.Name.Contains("{province}", StringComparison.Ordinal) ? new[] { "200", "304", "401", "404", "429" } : ["200", "304", "401", "429"];
            Assert.True(expected.All(codes.Contains), $"{path.Name} documents {string.Join(",", codes)}");
            foreach (var error in new[] { "401", "429" })
            {
                Assert.True(responses.GetProperty(error).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path.Name} {error}");
            }
        }
    }

    [Fact]
    public async Task Every_routes_response_matches_its_schema_in_the_document()
    {
        await IssueANoticeAsync();
        var client = Client(host, await IssueAsync(host, ["son-la"], [ApiScopes.Read, ApiScopes.ReadText]));
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var faults = new List<string>();
        foreach (var template in Routes(host))
        {
            var url = await FillAsync(template, "son-la");
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
            var schema = document.RootElement.GetProperty("paths").GetProperty(ConstraintOf().Replace(template, "{$1}"))
                .GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ApiSchema.Check(body.RootElement, schema, document.RootElement, url, faults);
        }

        Assert.Empty(faults);
    }

    [Fact]
    public async Task Negative_control_a_response_that_drifts_from_its_schema_is_caught()
    {
        await IssueANoticeAsync();
        var client = Client(host, await IssueAsync(host, ["son-la"]));
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var schema = document.RootElement.GetProperty("paths").GetProperty("/api/v1/tinh/{province}/nhiem-vu/{id}")
            .GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var url = await FillAsync("/api/v1/tinh/{province}/nhiem-vu/{id:guid}", "son-la");
        var body = await client.GetStringAsync(url);

        var faults = new List<string>();
        ApiSchema.Check(JsonDocument.Parse(body).RootElement, schema, document.RootElement, "as served", faults);
        Assert.Empty(faults);

        foreach (var drifted in new[]
        {
            body.Replace("\"title\":", "\"name\":", StringComparison.Ordinal),      // renamed
            body.Replace("\"overdue\":false", "\"overdue\":\"no\"", StringComparison.Ordinal)
                .Replace("\"overdue\":true", "\"overdue\":\"yes\"", StringComparison.Ordinal), // retyped
        })
        {
            var found = new List<string>();
            ApiSchema.Check(JsonDocument.Parse(drifted).RootElement, schema, document.RootElement, "drifted", found);
            Assert.NotEmpty(found);
        }
    }

    [Fact]
    public async Task Paging_by_cursor_returns_each_item_once_in_a_stable_order()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la"]));
        foreach (var list in new[] { "nhiem-vu", "cuoc-hop" })
        {
            var all = Ids(await client.GetStringAsync($"/api/v1/tinh/son-la/{list}?so={ApiPaging.MaxSize}"));
            Assert.True(all.Count > 3, $"{list}: the demo has {all.Count}");
            var paged = new List<Guid>();
            string? next = null;
            var pages = 0;
            do
            {
                var page = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/tinh/son-la/{list}?so=2" + (next is null ? "" : "&sau=" + next))).RootElement;
                paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
                next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
                Assert.True(++pages <= all.Count, "paging does not end");
            }
            while (next is not null);

            Assert.Equal(all, paged);
            Assert.Equal(all.Count, all.Distinct().Count());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/tinh/son-la/nhiem-vu?sau=not-ours")).StatusCode);
    }

    private static List<Guid> Ids(string page) =>
        [.. JsonDocument.Parse(page).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task An_unchanged_response_is_304_for_its_etag_and_a_change_gives_a_new_one()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la"]));
        var first = await client.GetAsync("/api/v1/tinh/son-la/nhiem-vu?so=3");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tinh/son-la/nhiem-vu?so=3");
        again.Headers.IfNoneMatch.Add(tag);
        var cached = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Empty(await cached.Content.ReadAsByteArrayAsync());

        var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tinh/son-la/nhiem-vu?so=4");
        other.Headers.IfNoneMatch.Add(tag);
        var changed = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_list_reads_the_same_number_of_statements_for_a_small_and_a_large_page()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la"]));
        foreach (var list in new[] { "nhiem-vu", "cuoc-hop", "thong-bao-ket-luan", "bao-cao" })
        {
            await client.GetAsync($"/api/v1/tinh/son-la/{list}?so=1"); // warm up, and the client's first use noted
            host.Sql.Reset();
            var small = await client.GetAsync($"/api/v1/tinh/son-la/{list}?so=1");
            var smallCount = host.Sql.Count;
            host.Sql.Reset();
            var large = await client.GetAsync($"/api/v1/tinh/son-la/{list}?so={ApiPaging.MaxSize}");
            var largeCount = host.Sql.Count;
            Assert.Equal(HttpStatusCode.OK, small.StatusCode);
            Assert.Equal(HttpStatusCode.OK, large.StatusCode);
            Assert.True(smallCount > 0, "the counter is not wired to the host");
            Assert.Equal(smallCount, largeCount);
        }

        Assert.True(Ids(await client.GetStringAsync($"/api/v1/tinh/son-la/nhiem-vu?so={ApiPaging.MaxSize}")).Count > 1, "the large page must hold more than the small one");
    }

    [Fact]
    public async Task A_reports_text_is_read_only_with_the_read_text_scope()
    {
        await IssueANoticeAsync();
        var id = await host.Database.ScalarAsync<Guid>("select id from reporting.submissions where province = 'son-la' and status <> 0 order by id limit 1");
        var metadataOnly = JsonDocument.Parse(await Client(host, await IssueAsync(host, ["son-la"])).GetStringAsync($"/api/v1/tinh/son-la/bao-cao/{id}")).RootElement;
        Assert.Equal(id, metadataOnly.GetProperty("submission").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, metadataOnly.GetProperty("text").ValueKind);

        var withText = JsonDocument.Parse(await Client(host, await IssueAsync(host, ["son-la"], [ApiScopes.Read, ApiScopes.ReadText])).GetStringAsync($"/api/v1/tinh/son-la/bao-cao/{id}")).RootElement;
        Assert.Equal(JsonValueKind.Object, withText.GetProperty("text").ValueKind);

        // The list never carries the text.
        var list = await Client(host, await IssueAsync(host, ["son-la"], [ApiScopes.Read, ApiScopes.ReadText])).GetStringAsync("/api/v1/tinh/son-la/bao-cao");
        Assert.DoesNotContain("\"results\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Obligations_are_those_of_the_provinces_own_regulation()
    {
        _ = host.Services;
        var client = Client(host, await IssueAsync(host, ["son-la", "dak-lak"]));
        foreach (var province in new[] { "son-la", "dak-lak" })
        {
            var body = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/tinh/{province}/bao-cao/nghia-vu?ky=Q1-2026")).RootElement;
            Assert.Equal("Q1-2026", body.GetProperty("period").GetString());
            var stages = host.Services.GetRequiredService<Platform.Core.Tenancy.IProvinceCatalog>().Find(province)!.Reporting.Stages;
            var obligations = body.GetProperty("obligations").EnumerateArray().ToList();
            Assert.NotEmpty(obligations);
            // Each obligation names its stage of this province's chain, and the article of this province's regulation.
            Assert.All(obligations, o => Assert.Contains(stages, s => s.Key == o.GetProperty("stageKey").GetString() && s.Article.ToString() == o.GetProperty("article").GetString()));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/tinh/son-la/bao-cao/nghia-vu?ky=quy-1")).StatusCode);
    }

    [Fact]
    public async Task Every_call_is_audited_and_the_clients_last_use_is_noted()
    {
        _ = host.Services;
        var name = "Nhật ký " + Guid.NewGuid().ToString("N")[..6];
        var client = Client(host, await IssueAsync(host, ["son-la"], name: name));
        var id = await host.Database.ScalarAsync<Guid>($"select id from api.clients where name = '{name}'");
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from api.clients where id = '{id}' and last_used_at is not null"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tinh/son-la/nhiem-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/tinh/dak-lak/nhiem-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/tinh/son-la/nhiem-vu/{Guid.NewGuid()}")).StatusCode);

        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'api.read' and entity_id = '{id}' and province = 'son-la' and after->>'status' = '200' and after->>'route' like '%nhiem-vu'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'api.read' and entity_id = '{id}' and province is null and after->>'status' = '404' and after->>'province' = 'dak-lak'"));
        // A 404 the handler decides is recorded as such too.
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'api.read' and entity_id = '{id}' and after->>'status' = '404' and after->>'province' = 'son-la'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from api.clients where id = '{id}' and last_used_at is not null"));
    }

    [Fact]
    public async Task The_administrator_issues_a_token_shown_once_and_revokes_it()
    {
        _ = host.Services;
        var admin = await host.SignInAsync("admin");
        var name = "Bộ KH&CN " + Guid.NewGuid().ToString("N")[..6];
        var issued = await Forms.SubmitAsync(admin, "/admin/api", "#Name", new Dictionary<string, string> { ["Name"] = name, ["Chosen"] = "son-la" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await issued.Content.ReadAsStringAsync();
        var token = TokenIn().Match(page).Value;
        Assert.StartsWith("pk_", token, StringComparison.Ordinal);
        Assert.Equal(ApiClients.Hash(token), await host.Database.ScalarAsync<string>($"select token_hash from api.clients where name = '{name.Replace("'", "''", StringComparison.Ordinal)}'"));
        Assert.Equal(HttpStatusCode.OK, (await Client(host, token).GetAsync("/api/v1/tinh/son-la/nhiem-vu")).StatusCode);

        // Listed with its last use, never with the token again.
        var list = await admin.GetStringAsync("/admin/api");
        Assert.Contains(WebUtility.HtmlEncode(name), list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        var id = await host.Database.ScalarAsync<Guid>($"select id from api.clients where token_hash = '{ApiClients.Hash(token)}'");
        var revoked = await Forms.PostAsync(admin, "/admin/api", $"/admin/api?handler=Revoke&id={id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(host, token).GetAsync("/api/v1/tinh/son-la/nhiem-vu")).StatusCode);

        // Reachable from the administrator's home page.
        Assert.Contains("href=\"/admin/api\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);

        // Only the system administrator manages clients.
        var secretary = await host.SignInAsync("son-la.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await secretary.GetAsync("/admin/api")).StatusCode);
    }

    [Fact]
    public async Task Long_after_signing_in_the_administrator_must_confirm_who_they_are_before_issuing_or_revoking()
    {
        await using var hosts = new Hosts();
        var twoFactor = await hosts.StartAsync(new TwoFactorTests.TwoFactorHost());
        var start = DateTimeOffset.UtcNow.AddDays(2);
        twoFactor.Clock.Now = start;
        var admin = (await TwoFactorTests.EnrolAsync(twoFactor, "admin")).Client;
        var issue = await Forms.OpenAsync(admin, "/admin/api", "#Name");
        var kept = await IssueAsync(twoFactor, ["son-la"], name: "Giữ lại");
        var keptId = await twoFactor.Database.ScalarAsync<Guid>("select id from api.clients where name = 'Giữ lại'");

        twoFactor.Clock.Now = start.AddMinutes(10);
        var refused = await issue.SendAsync(admin, new Dictionary<string, string> { ["Name"] = "Quá muộn", ["Chosen"] = "son-la" });
        var refusedRevoke = await Forms.PostAsync(admin, "/admin/api", $"/admin/api?handler=Revoke&id={keptId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("cần xác nhận lại danh tính", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refusedRevoke.StatusCode);
        Assert.Equal(0L, await twoFactor.Database.ScalarAsync<long>("select count(*) from api.clients where name = 'Quá muộn'"));
        Assert.Equal(HttpStatusCode.OK, (await Client(twoFactor, kept).GetAsync("/api/v1/tinh")).StatusCode);
    }

    [Fact]
    public async Task The_reference_page_is_drawn_from_the_document_without_signing_in()
    {
        _ = host.Services;
        var response = await Client(host, null).GetAsync("/api/tai-lieu");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var route in Routes(host))
        {
            Assert.Contains(WebUtility.HtmlEncode(ConstraintOf().Replace(route, "{$1}")), page, StringComparison.Ordinal);
        }

        Assert.Contains("ApiTask", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"http", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after()
    {
        await using var hosts = new Hosts();
        var slow = await hosts.StartAsync(new LowRateHost());
        var client = Client(slow, await IssueAsync(slow, ["son-la"]));
        var other = Client(slow, await IssueAsync(slow, ["son-la"]));
        for (var i = 0; i < LowRateHost.PerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tinh")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/tinh");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // Per client: another client is not held back.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/tinh")).StatusCode);
    }

    /// <summary>A host whose clients may call three times a minute.</summary>
    public sealed class LowRateHost : PlatformFactory
    {
        public const int PerMinute = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:RequestsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"\{(\w+)\??(?::[^}]*)?\}")]
    private static partial Regex Parameter();

    /// <summary>A route parameter with its constraint, as the document writes it without: <c>{id:guid}</c> → <c>{id}</c>.</summary>
    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex ConstraintOf();

    [GeneratedRegex(@"pk_[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenIn();
}

/// <summary>
/// Checks a JSON value against an OpenAPI 3.1 schema as far as a contract needs: references, alternatives (oneOf,
/// anyOf), types (a list of them allowed), each required property present, no property the schema does not declare,
/// and arrays' items.
/// </summary>
internal static class ApiSchema
{
    public static void Check(JsonElement value, JsonElement schema, JsonElement document, string path, List<string> faults)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            Check(value, target, document, path, faults);
            return;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var options))
            {
                if (!options.EnumerateArray().Any(o => Faults(value, o, document, path).Count == 0))
                {
                    faults.Add($"{path}: matches none of its {keyword}");
                }

                return;
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            var kind = value.ValueKind switch
            {
                JsonValueKind.Null => "null",
                JsonValueKind.String => "string",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
                _ => "undefined",
            };
            if (!allowed.Contains(kind) && !(kind == "integer" && allowed.Contains("number")))
            {
                faults.Add($"{path}: {kind}, the document says {string.Join("|", allowed)}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    faults.Add($"{path}: {name} is missing");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var inner))
                {
                    Check(property.Value, inner, document, $"{path}.{property.Name}", faults);
                }
                else if (!schema.TryGetProperty("additionalProperties", out _))
                {
                    faults.Add($"{path}: {property.Name} is not in the document");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, document, $"{path}[{i++}]", faults);
            }
        }
    }

    private static List<string> Faults(JsonElement value, JsonElement schema, JsonElement document, string path)
    {
        var found = new List<string>();
        Check(value, schema, document, path, found);
        return found;
    }
}
