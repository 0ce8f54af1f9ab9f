using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Settings;
using Platform.Sdk;
using Platform.Sdk.Structure;
using Platform.Web.Packs;

namespace Platform.Web.Commands;

/// <summary>
/// <c>pack validate &lt;folder&gt;</c>: loads one built pack folder as the host would — manifest, Sdk range, assembly,
/// definition, page routes — without starting the site or touching a database, and prints its structure, its rules
/// with their articles and the deadlines of the next four periods of each kind its chain uses (through
/// <see cref="DeadlineChain"/> and the configured working calendar, as the host computes them), or each fault with its
/// file and member. Exit codes: 0 the pack loads; 1 it is refused; 2 wrong usage.
/// </summary>
internal static class PackCommand
{
    public const int PeriodsShown = 4;

    public static bool Matches(string[] args) => args is ["pack", ..];

    public static int Run(string[] args, TextWriter output, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["pack", "validate", var folder, ..])
        {
            output.WriteLine("Cách dùng / usage: pack validate <thư mục gói đã build / built pack folder>");
            return 2;
        }

        // The same configuration sources as the web host (appsettings, environment, the remaining arguments), for the
        // operator's working-calendar corrections.
        var configuration = Host.CreateApplicationBuilder(args[3..]).Configuration;
        WorkingCalendarOptions corrections;
        try
        {
            corrections = configuration.ReadSettings<WorkingCalendarOptions>(WorkingCalendarOptions.Section);
        }
        catch (OptionsValidationException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }

        var calendar = new VietnameseWorkingCalendar(Options.Create(corrections));
        var (pack, failure) = PackLoader.LoadFolder(Path.GetFullPath(folder));
        if (failure is not null)
        {
            Refusal(failure, output);
            return 1;
        }

        Describe(pack!, calendar, today ?? VietnamTime.Today(TimeProvider.System), output);
        return 0;
    }

    private static void Refusal(PackFailure failure, TextWriter output)
    {
        output.WriteLine($"Gói bị từ chối / The pack is refused: {failure.Path}");
        foreach (var fault in failure.Faults.Count > 0 ? failure.Faults : [failure.Reason])
        {
            var member = failure.Member.Length > 0 ? $", {failure.Member}" : "";
            output.WriteLine($" - {failure.File}{member}: {fault}");
        }
    }

    private static void Describe(LoadedPack pack, IWorkingCalendar calendar, DateOnly today, TextWriter output)
    {
        var d = pack.Definition;
        var m = pack.Manifest;
        output.WriteLine($"Gói hợp lệ / The pack loads: {m.Id} {m.Version} — {d.Name} ({d.Code}), Sdk {m.SupportedSdk}, máy chủ / host Sdk {SdkInfo.Version.ToString(3)}");
        output.WriteLine($"{d.Committee.ShortName}: {d.Committee.FullName}");
        output.WriteLine($"Quy chế / Regulation: {Decision(d.Committee.Regulation)}; thành lập / founded: {Decision(d.Committee.Founding)}");

        output.WriteLine();
        output.WriteLine("Cơ cấu / Structure");
        output.WriteLine($"  cơ quan / agencies {d.Agencies.Count}, lĩnh vực / portfolios {d.Portfolios.Count}, chỉ số / indices {d.Indices.Count}");
        foreach (var body in d.Bodies.OrderBy(b => b.Order))
        {
            var general = body.IsGeneral ? ", chung / general" : "";
            output.WriteLine($"  {body.Kind}{general} {body.Key}: {body.Name} — {body.Article.ToVietnamese()}, {body.Duties.Count} nhiệm vụ / duties");
        }

        foreach (var seat in d.Seats.OrderBy(s => s.Role).ThenBy(s => s.Order))
        {
            output.WriteLine($"  {seat.Role} {seat.Key}: {seat.Office} — {seat.Article.ToVietnamese()}, {seat.Duties.Count} nhiệm vụ / duties");
        }

        output.WriteLine();
        output.WriteLine("Quy định và điều khoản / Rules and their articles");
        var rules = Citations.Of(d).Where(c => !c.Member.StartsWith("Seats", StringComparison.Ordinal)
            && !c.Member.StartsWith("Bodies", StringComparison.Ordinal) && !c.Member.StartsWith("Indices", StringComparison.Ordinal)).ToList();
        if (rules.Count == 0)
        {
            output.WriteLine("  (gói không khai báo quy định họp, nhiệm vụ, báo cáo / the pack states no meeting, task or reporting rules)");
        }

        foreach (var rule in rules)
        {
            output.WriteLine($"  {rule.Member}: {rule.Article.ToVietnamese()}");
        }

        output.WriteLine();
        output.WriteLine($"Hạn báo cáo {PeriodsShown} kỳ tới / Deadlines of the next {PeriodsShown} periods (từ / from {Day(today)})");
        var kinds = d.Reporting.Stages.SelectMany(s => s.Periods).Distinct().Order().ToList();
        if (kinds.Count == 0)
        {
            output.WriteLine("  (gói không khai báo báo cáo định kỳ / the pack states no periodic reports)");
        }

        foreach (var kind in kinds)
        {
            var period = Period.Containing(kind, today);
            for (var i = 0; i < PeriodsShown; i++, period = period.Next())
            {
                foreach (var stage in DeadlineChain.For(d, period, calendar).GroupBy(o => o.Stage.Key))
                {
                    var first = stage.First();
                    var nominal = first.Nominal == first.Due ? "" : $" (quy chế / regulation: {Day(first.Nominal)})";
                    output.WriteLine($"  {period.Label}  {stage.Key}  hạn / due {Day(first.Due)}{nominal}  {stage.Count()} bên nộp / submitters — {first.Stage.Article.ToVietnamese()}");
                }
            }
        }
    }

    private static string Decision(DecisionRef decision) =>
        $"{decision.Number ?? "(dự thảo / draft)"}{(decision.Date is { } date ? " ngày " + Day(date) : "")}";

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
