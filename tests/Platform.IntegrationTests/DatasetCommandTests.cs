using Npgsql;
using Platform.Core.Localization;
using Platform.Testing;
using Platform.Web.Commands;
using Platform.Web.Dataset;

namespace Platform.IntegrationTests;

/// <summary>The load-test dataset command: what it writes is consistent with what the app writes, and it runs once.</summary>
public sealed class DatasetCommandTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Generates_a_year_of_consistent_data_once()
    {
        using var first = new StringWriter();
        Assert.Equal(0, await DatasetCommand.RunAsync(host.Services, ["dataset", "--province", "son-la", "--years", "1"], first));
        Assert.Contains("tasks ", first.ToString(), StringComparison.Ordinal);

        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select t.title, t.expected_output, t.source_label, t.search_text,
                   (select count(*) from tasks.updates u where u.task_id = t.id)::int,
                   t.due <> t.original_due, (select count(*) from tasks.extensions x where x.task_id = t.id and x.status = 1)::int
            from tasks.tasks t where t.province = 'son-la' and t.assigned_by = $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = LoadTestDataset.Author });
        await using var reader = await command.ExecuteReaderAsync();
        var tasks = 0;
        while (await reader.ReadAsync())
        {
            tasks++;
            var (title, output, label) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            // What TaskCommands stores for the search, character for character.
            Assert.Equal(VietnameseText.Fold($"{title} {output} {label}"), reader.GetString(3));
            Assert.InRange(reader.GetInt32(4), 1, 3);
            Assert.Equal(reader.GetBoolean(5) ? 1 : 0, reader.GetInt32(6));
        }

        Assert.InRange(tasks, 5_000, 8_000);

        using var second = new StringWriter();
        Assert.Equal(1, await DatasetCommand.RunAsync(host.Services, ["dataset", "--province", "son-la", "--years", "1"], second));
        Assert.Equal(tasks, await host.Database.ScalarAsync<long>(
            $"select count(*) from tasks.tasks where province = 'son-la' and assigned_by = '{LoadTestDataset.Author}'"));
    }

    [Theory]
    [InlineData("--province", "nowhere")]
    [InlineData("--province", "son-la", "--years", "0")]
    [InlineData("--province", "son-la", "--what", "1")]
    [InlineData("--years", "1")] // two provinces are loaded: which one?
    public async Task Refuses_wrong_arguments(params string[] arguments)
    {
        using var output = new StringWriter();
        Assert.Equal(2, await DatasetCommand.RunAsync(host.Services, ["dataset", .. arguments], output));
        Assert.Contains("usage", output.ToString(), StringComparison.Ordinal);
    }
}
