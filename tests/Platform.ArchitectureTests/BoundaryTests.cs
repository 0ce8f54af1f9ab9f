using System.Reflection;
using NetArchTest.Rules;
using Platform.Audit;
using Platform.Committees;
using Platform.Core.Tenancy;
using Platform.Meetings;
using Platform.Reporting;
using Platform.Sdk;
using Platform.Tasks;

namespace Platform.ArchitectureTests;

/// <summary>
/// The Sdk references nothing of ours; modules reference neither the host nor packs nor each other's internals.
/// Every rule is also run against an assembly that breaks it, so a rule that can no longer fail is noticed.
/// </summary>
public sealed class BoundaryTests
{
    private static readonly Assembly Sdk = typeof(IProvincePack).Assembly;
    private static readonly Assembly Core = typeof(CurrentProvince).Assembly;
    private static readonly Assembly Committees = typeof(CommitteesModule).Assembly;
    private static readonly Assembly Audit = typeof(AuditModule).Assembly;
    private static readonly Assembly Meetings = typeof(MeetingsModule).Assembly;
    private static readonly Assembly Tasks = typeof(TasksModule).Assembly;
    private static readonly Assembly Reporting = typeof(ReportingModule).Assembly;
    private static readonly Assembly Web = typeof(Platform.Web.Packs.PackFailurePolicy).Assembly;
    private static readonly Assembly Identity = typeof(Platform.Identity.IdentityModule).Assembly;

    private static TestResult MustNotDependOn(Assembly assembly, params string[] namespaces) =>
        Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(namespaces).GetResult();

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);

    [Fact]
    public void The_Sdk_references_nothing_of_ours()
    {
        var result = MustNotDependOn(Sdk, "Platform.Core", "Platform.Web", "Platform.Committees", "Platform.Meetings", "Platform.Tasks", "Platform.Reporting", "Platform.Audit", "Platform.Packs");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Negative_control_a_module_does_depend_on_the_core()
    {
        Assert.False(MustNotDependOn(Committees, "Platform.Core").IsSuccessful);
    }

    [Theory]
    [InlineData("Committees")]
    [InlineData("Meetings")]
    [InlineData("Tasks")]
    [InlineData("Reporting")]
    [InlineData("Audit")]
    public void Modules_reference_neither_the_host_nor_packs(string module)
    {
        var result = MustNotDependOn(module switch { "Audit" => Audit, "Meetings" => Meetings, "Tasks" => Tasks, "Reporting" => Reporting, _ => Committees }, "Platform.Web", "Platform.Packs");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_audit_and_committees_modules_know_nothing_of_each_other()
    {
        // Committees' saves are audited through the core's interceptor, not by calling the Audit module.
        var audit = MustNotDependOn(Audit, "Platform.Committees");
        var committees = MustNotDependOn(Committees, "Platform.Audit");
        Assert.True(audit.IsSuccessful, Failing(audit));
        Assert.True(committees.IsSuccessful, Failing(committees));
    }

    [Fact]
    public void The_meetings_module_reads_the_committee_only_through_its_contracts()
    {
        // Who sits on the committee comes through Platform.Committees.Contracts; its tables and pages stay its own.
        var result = MustNotDependOn(Meetings, "Platform.Committees.Persistence", "Platform.Committees.Structure", "Platform.Committees.Appointments", "Platform.Committees.Pages", "Platform.Audit");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Negative_control_the_meetings_module_does_use_the_committee_contracts()
    {
        Assert.False(MustNotDependOn(Meetings, "Platform.Committees.Contracts").IsSuccessful);
    }

    [Fact]
    public void The_identity_module_checks_seats_and_agencies_only_through_the_committee_contracts()
    {
        // Linking an account to a seat or an agency reads ICommitteeDirectory; Identity knows no other module.
        var result = MustNotDependOn(
            Identity,
            "Platform.Committees.Persistence", "Platform.Committees.Structure", "Platform.Committees.Appointments", "Platform.Committees.Pages",
            "Platform.Meetings", "Platform.Tasks", "Platform.Reporting", "Platform.Audit");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Negative_control_the_identity_module_does_use_the_committee_contracts()
    {
        Assert.False(MustNotDependOn(Identity, "Platform.Committees.Contracts").IsSuccessful);
    }

    [Fact]
    public void The_committees_module_knows_nothing_of_meetings()
    {
        var result = MustNotDependOn(Committees, "Platform.Meetings", "Platform.Tasks");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_meetings_module_knows_nothing_of_tasks()
    {
        var result = MustNotDependOn(Meetings, "Platform.Tasks");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_tasks_module_reads_other_modules_only_through_their_contracts()
    {
        var result = MustNotDependOn(
            Tasks,
            "Platform.Committees.Persistence", "Platform.Committees.Structure", "Platform.Committees.Appointments", "Platform.Committees.Pages",
            "Platform.Meetings.Persistence", "Platform.Meetings.Model", "Platform.Meetings.Services", "Platform.Meetings.Rules", "Platform.Meetings.Pages",
            "Platform.Audit");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_reporting_module_reads_the_committee_only_through_its_contracts()
    {
        // The seats that exist in a period (added, split or ended by decision) come through Platform.Committees.Contracts.
        var result = MustNotDependOn(
            Reporting,
            "Platform.Committees.Persistence", "Platform.Committees.Structure", "Platform.Committees.Appointments", "Platform.Committees.Roster", "Platform.Committees.Pages",
            "Platform.Meetings", "Platform.Tasks", "Platform.Audit");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Negative_control_the_reporting_module_does_use_the_committee_contracts()
    {
        Assert.False(MustNotDependOn(Reporting, "Platform.Committees.Contracts").IsSuccessful);
    }

    [Fact]
    public void Negative_control_the_reporting_module_does_use_the_cores_deadline_engine()
    {
        Assert.False(MustNotDependOn(Reporting, "Platform.Core.Reporting").IsSuccessful);
    }

    [Fact]
    public void Negative_control_the_tasks_module_does_read_issued_notices()
    {
        Assert.False(MustNotDependOn(Tasks, "Platform.Meetings.Contracts").IsSuccessful);
    }

    [Fact]
    public void Negative_control_the_audit_module_does_implement_the_cores_audit_contracts()
    {
        Assert.False(MustNotDependOn(Audit, "Platform.Core.Auditing").IsSuccessful);
    }

    [Theory]
    [InlineData("Platform.Committees")]
    [InlineData("Platform.Audit")]
    public void Negative_control_the_host_does_depend_on_a_module(string module)
    {
        Assert.False(MustNotDependOn(Web, module).IsSuccessful);
    }

    [Fact]
    public void The_core_knows_no_module()
    {
        var result = MustNotDependOn(Core, "Platform.Committees", "Platform.Meetings", "Platform.Tasks", "Platform.Reporting", "Platform.Audit", "Platform.Web", "Platform.Packs");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_host_uses_a_module_only_through_its_public_face()
    {
        // Razor's generated page classes of the module are compiled into the module; the host's own types may
        // only name the module's registration, never its persistence or internals.
        var result = Types.InAssembly(Web).ShouldNot()
            .HaveDependencyOnAny(
                "Platform.Committees.Persistence", "Platform.Committees.Structure", "Platform.Committees.Appointments",
                "Platform.Meetings.Persistence", "Platform.Meetings.Model", "Platform.Meetings.Services", "Platform.Meetings.Rules",
                "Platform.Tasks.Persistence", "Platform.Tasks.Model", "Platform.Tasks.Services", "Platform.Tasks.Rules",
                "Platform.Reporting.Persistence", "Platform.Reporting.Model", "Platform.Reporting.Services",
                "Platform.Audit.Persistence", "Platform.Audit.Trail", "Platform.Audit.Log")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void A_modules_public_surface_is_its_registration_and_form_contracts()
    {
        Assert.Equal(
            [
                "Platform.Committees.Acting.ActingForm",
                "Platform.Committees.Appointments.AppointmentAction",
                "Platform.Committees.Appointments.AppointmentForm",
                "Platform.Committees.Appointments.AppointmentResult",
                "Platform.Committees.CommitteesModule",
                "Platform.Committees.Contracts.AgencyEntry",
                "Platform.Committees.Contracts.ICommitteeDirectory",
                "Platform.Committees.Contracts.RosterSeat",
                "Platform.Committees.Contracts.SeatHolder",
                "Platform.Committees.Roster.RosterAction",
                "Platform.Committees.Roster.RosterForm",
            ],
            Exposed(Committees));
        Assert.Equal(
            [
                "Platform.Meetings.Contracts.IConclusionNotices",
                "Platform.Meetings.Contracts.IssuedItem",
                "Platform.Meetings.Contracts.IssuedNotice",
                "Platform.Meetings.MeetingsModule",
            ],
            Exposed(Meetings));
        Assert.Equal(["Platform.Tasks.TasksModule"], Exposed(Tasks));
        Assert.Equal(["Platform.Reporting.ReportingModule"], Exposed(Reporting));
        Assert.Equal(["Platform.Audit.AuditModule"], Exposed(Audit));
    }

    private static List<string?> Exposed(Assembly module) => module.GetExportedTypes()
        // Razor's generated documents and EF's generated migrations are public by generation, not by design.
        .Where(t => !t.FullName!.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal))
        .Where(t => !t.Namespace!.EndsWith(".Persistence.Migrations", StringComparison.Ordinal))
        .Select(t => t.FullName)
        .Order()
        .ToList();

    [Fact]
    public void Negative_control_the_Sdk_exposes_more_than_one_type()
    {
        Assert.True(Sdk.GetExportedTypes().Length > 4);
    }
}
