using System.Net;
using Platform.Benchmarks.Hosting.Dataset;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.IntegrationTests;

/// <summary>
/// The task pages and the home page's tasks panel issue as many SQL statements for a province with a year of generated
/// data (thousands of tasks, their history and extensions) as for the demo's few tasks: counts are grouped, lists are
/// paged and searched in the database.
/// </summary>
public sealed class TaskStatementCountTests(PlatformFactory host, ITestOutputHelper log) : IClassFixture<PlatformFactory>
{
    private static readonly string[] Pages =
    [
        "/son-la/tasks/dashboard",
        "/son-la/tasks",
        "/son-la/tasks?tinh-trang=Overdue&tim=bao cao",
        "/son-la/tasks?pham-vi=cua-toi",
        "/son-la/tasks/{task}",
        "/son-la",
    ];

    // The member's agency has tasks of its own ("my tasks", the home panel's lists); the leader holds the head's seat,
    // which decides extensions (the home panel's pending requests).
    private static readonly string[] Users = ["son-la.member", "son-la.leader"];

    [Fact]
    public async Task Task_pages_read_thousands_of_tasks_with_as_many_statements_as_a_few()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in Users)
        {
            clients[user] = await host.SignInAsync(user);
        }

        var task = await host.Database.ScalarAsync<Guid>("select id from tasks.tasks where province = 'son-la' order by due, id limit 1");
        var tasksBefore = await CountTasksAsync();
        var before = await CountAllAsync(clients, task);

        // Two years: the first has an annual plan of its own (this year's is the demo's), hence series of tasks.
        using var printed = new StringWriter();
        var exit = await DatasetCommand.RunAsync(host.Services, "son-la", 2, printed);
        Assert.True(exit == 0, printed.ToString());
        var after = await CountAllAsync(clients, task);

        Assert.True(await CountTasksAsync() - tasksBefore > 10_000, printed.ToString());
        Assert.All(before, b => Assert.True(b.Value > 0, $"{b.Key} read nothing: the counter is not wired to the host"));
        log.WriteLine($"Statements per page, before and after {await CountTasksAsync() - tasksBefore} more tasks:");
        log.WriteLine(Describe(after));
        Assert.Equal(Describe(before), Describe(after));

        // A generated task with an extension and a full history reads as many as the demo's; a task of a monthly series
        // (twelve tasks) as many as one of a quarterly series (four).
        var extended = await GeneratedAsync("t.series_id is null and t.due <> t.original_due and (select count(*) from tasks.updates u where u.task_id = t.id) = 3");
        var monthly = await GeneratedAsync("t.recurrence = 1");
        var quarterly = await GeneratedAsync("t.recurrence = 3");
        foreach (var client in clients.Values)
        {
            Assert.Equal(await CountAsync(client, $"/son-la/tasks/{task}"), await CountAsync(client, $"/son-la/tasks/{extended}"));
            Assert.Equal(await CountAsync(client, $"/son-la/tasks/{quarterly}"), await CountAsync(client, $"/son-la/tasks/{monthly}"));
        }
    }

    private Task<Guid> GeneratedAsync(string condition) => host.Database.ScalarAsync<Guid>(
        $"select t.id from tasks.tasks t where t.province = 'son-la' and t.assigned_by = '{LoadTestDataset.Author}' and {condition} limit 1");

    private Task<long> CountTasksAsync() => host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where province = 'son-la'");

    private async Task<SortedDictionary<string, int>> CountAllAsync(Dictionary<string, HttpClient> clients, Guid task)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (user, client) in clients)
        {
            foreach (var page in Pages)
            {
                counts[$"{user} {page}"] = await CountAsync(client, page.Replace("{task}", task.ToString(), StringComparison.Ordinal));
            }
        }

        return counts;
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }

    private static string Describe(SortedDictionary<string, int> counts) =>
        string.Join(Environment.NewLine, counts.Select(c => $"{c.Value,3}  {c.Key}"));
}
