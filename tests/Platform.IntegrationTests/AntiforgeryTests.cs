using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Another site cannot make an official's browser change anything: every page that accepts a POST checks the form's
/// antiforgery token, and reading a page never changes data.
/// </summary>
public sealed partial class AntiforgeryTests(AntiforgeryTests.RecordingHost host) : IClassFixture<AntiforgeryTests.RecordingHost>
{
    /// <summary>The host, recording every statement that writes, once asked to.</summary>
    public sealed class RecordingHost : PlatformFactory
    {
        public WriteRecorder Writes { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Writes));
        }
    }

    private sealed record PageInfo(string Path, CompiledPageActionDescriptor Page)
    {
        public bool AcceptsPost => Page.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_page_that_accepts_a_POST_checks_its_antiforgery_token()
    {
        var posting = (await PagesAsync()).Where(p => p.AcceptsPost).ToList();

        Assert.Contains(posting, p => p.Path == "/Language");
        Assert.Contains(posting, p => p.Path == "/Committee/ChangeSeat");
        // The error page renders failed POSTs re-executed by the exception handler: checking a token there would
        // turn every failed form into a 400.
        Assert.Equal(["/Error"], posting.Where(p => !ChecksAntiforgery(p.Page)).Select(p => p.Path));
    }

    [Fact]
    public async Task A_POST_without_its_token_is_refused()
    {
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.Seats.First(s => s.Role == SeatRole.Member).Key;
        FormUrlEncodedContent Form() => new([new("culture", "en-GB"), new("Form.PersonName", "Kẻ giả mạo")]);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/language", Form())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/son-la/seats/{seat}/replace", Form())).StatusCode);
        // The one exemption, as the page policy above says: the error page answers a POST without a token.
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.PostAsync("/error/500", Form())).StatusCode);
    }

    [Fact]
    public async Task Reading_every_page_of_the_site_changes_no_data()
    {
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        host.Writes.Start();

        var pages = await SiteCrawl.FromHomeAsync(client);

        Assert.Empty(host.Writes.Stop());
        // The walk reached the forms that change data, so their GET side was read too.
        Assert.Contains(pages, p => p.Url.EndsWith("/replace", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Url.EndsWith("/appoint", StringComparison.Ordinal) || p.Url.EndsWith("/end", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Negative_control_a_form_that_saves_is_recorded_as_writing()
    {
        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find("dak-lak")!.Seats.First(s => s.Role == SeatRole.Member).Key;
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        host.Writes.Start();

        await FormPost.SubmitAsync(client, $"/dak-lak/seats/{seat}/end", new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = "01/10/2025",
            ["Form.DecisionNumber"] = "310/QĐ-UBND",
            ["Form.DecisionDate"] = "30/09/2025",
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
        });

        Assert.NotEmpty(host.Writes.Stop());
    }

    /// <summary>Every page of the app, its handlers and filters as MVC compiled them.</summary>
    private async Task<List<PageInfo>> PagesAsync()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var loader = host.Services.GetRequiredService<PageLoader>();
        var pages = new Dictionary<string, PageInfo>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page && !pages.ContainsKey(page.ViewEnginePath))
            {
                pages[page.ViewEnginePath] = new PageInfo(page.ViewEnginePath, await loader.LoadAsync(page, endpoint.Metadata));
            }
        }

        Assert.NotEmpty(pages);
        return [.. pages.Values];
    }

    /// <summary>
    /// Whether the page's effective antiforgery policy validates: as in MVC, the policy filter that runs last (by
    /// order, then scope) decides.
    /// </summary>
    private static bool ChecksAntiforgery(CompiledPageActionDescriptor page) =>
        page.FilterDescriptors
            .OrderBy(f => f.Order)
            .ThenBy(f => f.Scope)
            .Select(f => f.Filter)
            .LastOrDefault(f => f is IAntiforgeryPolicy or AutoValidateAntiforgeryTokenAttribute or ValidateAntiForgeryTokenAttribute)
            is AutoValidateAntiforgeryTokenAttribute or ValidateAntiForgeryTokenAttribute;

    /// <summary>Records statements that write, between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public sealed partial class WriteRecorder : DbCommandInterceptor
    {
        private readonly List<string> _writes = [];
        private volatile bool _recording;

        public void Start()
        {
            lock (_writes)
            {
                _writes.Clear();
            }

            _recording = true;
        }

        public IReadOnlyList<string> Stop()
        {
            _recording = false;
            lock (_writes)
            {
                return [.. _writes];
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command)
        {
            if (_recording && Writing().IsMatch(command.CommandText))
            {
                lock (_writes)
                {
                    _writes.Add(command.CommandText);
                }
            }
        }

        [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|ALTER|DROP)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
        private static partial Regex Writing();
    }
}
