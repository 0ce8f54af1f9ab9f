using System.Globalization;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>
/// The load-test dataset (<c>Platform.Benchmarks dataset --province son-la [--dataset-years 5]</c>, see
/// <see cref="DatasetRun"/>): fills one province of a test or benchmark database with <see cref="LoadTestDataset"/> and
/// prints what it made. Never for production: the rows are written with bulk SQL and are not audited. It runs only when
/// <c>Demo:Load</c> is true (the setting that already marks a demo or test install, whose demo accounts share a
/// published password) and refuses a province that holds real (non-demo) people or was already filled. It runs in a
/// started host, after the host has migrated the database and loaded the demo data.
/// </summary>
internal static class DatasetCommand
{
    public const int DefaultYears = 5;

    public const int MaxYears = 20;

    /// <summary>Exit codes: 0 made; 1 refused (real data, already filled); 2 wrong usage or not a demo install.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, string? provinceCode, int years, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var catalog = services.GetRequiredService<IProvinceCatalog>();
        if (Problem(catalog, ref provinceCode, years) is { } problem)
        {
            await output.WriteLineAsync(problem);
            await output.WriteLineAsync($"Cách dùng / usage: dataset --province <mã tỉnh / code> [--dataset-years 1..{MaxYears}, mặc định / default {DefaultYears}]");
            return 2;
        }

        if (!services.GetRequiredService<IConfiguration>().GetValue("Demo:Load", false))
        {
            await output.WriteLineAsync(
                "Từ chối: chỉ chạy trên cơ sở dữ liệu thử (Demo:Load=true); dữ liệu sinh ra không được ghi nhật ký kiểm toán. / " +
                "Refused: runs only on a test database (Demo:Load=true); the rows it writes are not audited.");
            return 2;
        }

        var province = catalog.Find(provinceCode!)!;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var dataset = new LoadTestDataset(
            services.GetRequiredKeyedService<NpgsqlDataSource>(Database.Owner), services.GetRequiredService<IWorkingCalendar>());
        var result = await dataset.GenerateAsync(province, years, now, ct);
        if (result.Refusal is not null)
        {
            await output.WriteLineAsync("Từ chối / refused: " + result.Refusal);
            return 1;
        }

        await output.WriteLineAsync(Describe(province.Name, province.Code.Value, years, result));
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

    /// <summary>What is wrong with the request, or null; with a single province loaded, the province may be left out.</summary>
    private static string? Problem(IProvinceCatalog catalog, ref string? code, int years)
    {
        if (years is < 1 or > MaxYears)
        {
            return $"Số năm không hợp lệ / years out of range: {years}";
        }

        code = code is { Length: > 0 } ? code : catalog.Provinces.Count == 1 ? catalog.Provinces[0].Code.Value : "";
        if (catalog.Find(code) is null)
        {
            return code.Length == 0
                ? "Hãy chọn tỉnh / choose a province: --province " + string.Join(" | ", catalog.Provinces.Select(p => p.Code.Value))
                : $"Không có tỉnh / no such province: {code}";
        }

        return null;
    }
}
