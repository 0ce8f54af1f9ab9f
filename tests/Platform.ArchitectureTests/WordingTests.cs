using System.Reflection;
using Platform.Api;
using Platform.Audit;
using Platform.Committees;
using Platform.Consultations;
using Platform.Indices;
using Platform.Inspections;
using Platform.Proposals;
using Platform.Commendations;
using Platform.Core.Localization;
using Platform.Meetings;
using Platform.Reporting;
using Platform.Tasks;
using Platform.Testing;

namespace Platform.ArchitectureTests;

/// <summary>
/// Every Vietnamese text a module's pages and code look up (<c>T["…"]</c>, <c>T.Format("…", …)</c>, a localizer
/// named <c>t</c> in code) has its English in that module's own dictionary or the small shared one: each module reads
/// its own wording, so a text translated in another module's dictionary does not count. The packs' pages are checked
/// the same way against the dictionary each pack states (Platform.Packs.Tests).
/// </summary>
public sealed class WordingTests
{
    private static readonly Assembly Web = typeof(Platform.Web.Packs.PackFailurePolicy).Assembly;

    /// <summary>Each module's source folder and assembly; the host's is the shared wording's.</summary>
    public static TheoryData<string> Modules() =>
    [
        "src/Platform.Web",
        "src/Modules/Platform.Committees",
        "src/Modules/Platform.Meetings",
        "src/Modules/Platform.Tasks",
        "src/Modules/Platform.Consultations",
        "src/Modules/Platform.Indices",
        "src/Modules/Platform.Api",
        "src/Modules/Platform.Inspections",
        "src/Modules/Platform.Proposals",
        "src/Modules/Platform.Commendations",
        "src/Modules/Platform.Reporting",
        "src/Modules/Platform.Audit",
        "src/Modules/Platform.Identity",
        "src/Modules/Platform.Notifications",
        "src/Modules/Platform.National",
    ];

    private static Assembly AssemblyOf(string folder) => Path.GetFileName(folder) switch
    {
        "Platform.Web" => Web,
        "Platform.Committees" => typeof(CommitteesModule).Assembly,
        "Platform.Meetings" => typeof(MeetingsModule).Assembly,
        "Platform.Tasks" => typeof(TasksModule).Assembly,
        "Platform.Consultations" => typeof(ConsultationsModule).Assembly,
        "Platform.Indices" => typeof(IndicesModule).Assembly,
        "Platform.Api" => typeof(ApiModule).Assembly,
        "Platform.Inspections" => typeof(InspectionsModule).Assembly,
        "Platform.Proposals" => typeof(ProposalsModule).Assembly,
        "Platform.Commendations" => typeof(CommendationsModule).Assembly,
        "Platform.Reporting" => typeof(ReportingModule).Assembly,
        "Platform.Audit" => typeof(AuditModule).Assembly,
        "Platform.Identity" => typeof(Platform.Identity.IdentityModule).Assembly,
        "Platform.Notifications" => typeof(Platform.Notifications.NotificationsModule).Assembly,
        "Platform.National" => typeof(Platform.National.NationalModule).Assembly,
        var other => throw new ArgumentOutOfRangeException(nameof(folder), other, "Unknown module."),
    };

    /// <summary>The Vietnamese keys an assembly's dictionaries translate (its <see cref="ITextSource"/> classes).</summary>
    private static HashSet<string> Dictionary(Assembly assembly) =>
    [
        .. assembly.GetTypes()
            .Where(t => typeof(ITextSource).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => ((ITextSource)Activator.CreateInstance(t, nonPublic: true)!).English)
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => p.Key),
    ];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_text_a_module_looks_up_has_its_English_in_the_modules_own_dictionary(string module)
    {
        var folder = Path.Combine(Repository.Root, module);
        var known = Dictionary(AssemblyOf(module));
        known.UnionWith(Dictionary(Web));

        var missing = WordingKeys.InFolder(folder)
            .Where(k => !known.Contains(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} texts of {module} have no English:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void The_scan_finds_the_keys_of_every_form_and_the_dictionaries_are_the_modules_own()
    {
        // Negative control: the forms the scan must see, and a key only another module translates is not known here.
        var keys = WordingKeys.In("""
            <h1>@T["Tiêu đề"]</h1> @T["Số {0}, ngày {1}", n, "không phải khóa"] @T.Format("Trang {0}/{1}", 1, 2) @T[ok ? "Có" : "Không"]
            var s = t["Đã lưu."]; var f = t.Format("Còn {0} ngày", 3); var x = items[0]; @T[Model.Label]
            """);
        Assert.Equal(["Tiêu đề", "Số {0}, ngày {1}", "Trang {0}/{1}", "Có", "Không", "Đã lưu.", "Còn {0} ngày"], keys);

        var audit = Dictionary(typeof(AuditModule).Assembly);
        var tasks = Dictionary(typeof(TasksModule).Assembly);
        Assert.Contains("Nhiệm vụ", tasks);
        Assert.DoesNotContain("Nhiệm vụ", audit);
    }
}
