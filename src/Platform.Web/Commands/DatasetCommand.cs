using System.Globalization;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Web.Dataset;

namespace Platform.Web.Commands;

/// <summary>
/// <c>Platform.Web dataset --province son-la [--years 5]</c>: fills one province of a test or benchmark database with a
/// load-test dataset (<see cref="LoadTestDataset"/>) and prints what it made. Never for production: the rows are
/// written with bulk SQL and are not audited. It runs only when <c>Demo:Load</c> is true (the setting that already
/// marks a demo or test install, whose demo accounts share a published password) and refuses a province that holds
/// real (non-demo) people or was already filled. It migrates and loads the demo data first, as a start of the host would.
/// </summary>
internal static class DatasetCommand
{
    public const string Name = "dataset";

    public const int DefaultYears = 5;

    public const int MaxYears = 20;

    /// <summary>Exit codes: 0 made; 1 refused (real data, already filled); 2 wrong usage or not a demo install.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var catalog = services.GetRequiredService<IProvinceCatalog>();
        if (!TryParse(args, catalog, out var code, out var years, out var usage))
        {
            await output.WriteLineAsync(usage);
            await output.WriteLineAsync($"Cách dùng / usage: {Name} --province <mã tỉnh / code> [--years 1..{MaxYears}, mặc định / default {DefaultYears}]");
            return 2;
        }

        if (!services.GetRequiredService<IConfiguration>().GetValue("Demo:Load", false))
        {
            await output.WriteLineAsync(
                "Từ chối: chỉ chạy trên cơ sở dữ liệu thử (Demo:Load=true); dữ liệu sinh ra không được ghi nhật ký kiểm toán. / " +
                "Refused: runs only on a test database (Demo:Load=true); the rows it writes are not audited.");
            return 2;
        }

        var province = catalog.Find(code)!;
        await services.GetRequiredService<DatabaseStartup>().StartAsync(ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var dataset = new LoadTestDataset(
            services.GetRequiredKeyedService<NpgsqlDataSource>(Database.Owner), services.GetRequiredService<IWorkingCalendar>());
        var result = await dataset.GenerateAsync(province, years, now, ct);
        if (result.Refusal is not null)
        {
            await output.WriteLineAsync("Từ chối / refused: " + result.Refusal);
            return 1;
        }

        await output.WriteLineAsync(Describe(province.Name, code, years, result));
        return 0;
    }

    /// <summary>What was made, as the command prints it.</summary>
    public static string Describe(string name, string code, int years, DatasetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
        string N(string what) => Count(result[what]);
        return string.Join(Environment.NewLine,
            $"Đã sinh dữ liệu thử tải cho {name} ({code}), {years} năm. / " +
            $"Generated a load-test dataset for {name} ({code}), {years} year{(years == 1 ? "" : "s")}:",
            $"  meetings {N("meetings")} (held), invitations {N("invitations")}, conclusion notices {N("notices")} " +
            $"with {N("notice items")} items and {N("notice recipients")} recipients",
            $"  annual plans {N("plans")} with {N("plan items")} items",
            $"  tasks {N("tasks")}: from conclusions {N("from conclusions")}, from plans {N("from plans")}, direct {N("direct")}",
            $"  states today: done on time {N("done on time")}, done late {N("done late")}, overdue {N("overdue")}, " +
            $"open {N("open")}, cancelled {N("cancelled")}; extended {N("extended")}",
            $"  history entries {N("history entries")}, extension requests {N("extension requests")}",
            $"  reports {N("reports")} submitted ({string.Join(", ", result.ReportsByStage.Select(s => $"{s.Stage} {Count(s.Count)}"))}), " +
            $"late {N("late reports")}; compiled {N("compiled reports")} from {N("compiled sources")} sources; " +
            $"with a summary {N("reports with a summary")}; {N("report words")} words",
            $"  in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s, one transaction; " +
            $"author \"{LoadTestDataset.Author}\"; not audited.");
    }

    private static bool TryParse(string[] args, IProvinceCatalog catalog, out string code, out int years, out string problem)
    {
        (code, years, problem) = (catalog.Provinces.Count == 1 ? catalog.Provinces[0].Code.Value : "", DefaultYears, "");
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                // Configuration for the host, as for the web server: --ConnectionStrings:PlatformOwner "…" or --Key=value.
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('='):
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains(':') && value is not null:
                    i++;
                    break;
                case "--province" when value is not null:
                    code = value;
                    i++;
                    break;
                case "--years" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= MaxYears:
                    years = y;
                    i++;
                    break;
                default:
                    problem = $"Tham số không hợp lệ / unexpected argument: {args[i]}";
                    return false;
            }
        }

        if (catalog.Find(code) is null)
        {
            problem = code.Length == 0
                ? "Hãy chọn tỉnh / choose a province: --province " + string.Join(" | ", catalog.Provinces.Select(p => p.Code.Value))
                : $"Không có tỉnh / no such province: {code}";
            return false;
        }

        return true;
    }
}
