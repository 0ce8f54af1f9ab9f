using System.Reflection;
using NetArchTest.Rules;
using Platform.Api;
using Platform.Audit;
using Platform.Committees;
using Platform.Consultations;
using Platform.Indices;
using Platform.Inspections;
using Platform.Proposals;
using Platform.Commendations;
using Platform.Core.Tenancy;
using Platform.Meetings;
using Platform.National;
using Platform.Reporting;
using Platform.Sdk;
using Platform.Tasks;

namespace Platform.ArchitectureTests;

/// <summary>
/// The Sdk references nothing of ours; modules (Identity among them) reference neither the host nor packs nor each
/// other's internals.
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
    private static readonly Assembly Consultations = typeof(ConsultationsModule).Assembly;
    private static readonly Assembly Indices = typeof(IndicesModule).Assembly;
    private static readonly Assembly Api = typeof(ApiModule).Assembly;
    private static readonly Assembly Inspections = typeof(InspectionsModule).Assembly;
    private static readonly Assembly Proposals = typeof(ProposalsModule).Assembly;
    private static readonly Assembly Commendations = typeof(CommendationsModule).Assembly;
    private static readonly Assembly Notifications = typeof(Platform.Notifications.NotificationsModule).Assembly;
    private static readonly Assembly National = typeof(NationalModule).Assembly;
    private static readonly Assembly Web = typeof(Platform.Web.Packs.PackFailurePolicy).Assembly;
    private static readonly Assembly Identity = typeof(Platform.Identity.IdentityModule).Assembly;

    private static TestResult MustNotDependOn(Assembly assembly, params string[] namespaces) =>
        Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(namespaces).GetResult();

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);

    [Fact]
    public void The_Sdk_references_nothing_of_ours()
    {
        var result = MustNotDependOn(Sdk, "Platform.Core", "Platform.Web", "Platform.Committees", "Platform.Meetings", "Platform.Tasks", "Platform.Consultations", "Platform.Indices", "Platform.Api", "Platform.Inspections", "Platform.Proposals", "Platform.Commendations", "Platform.Reporting", "Platform.Audit", "Platform.Identity", "Platform.Packs");
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
    [InlineData("Consultations")]
    [InlineData("Indices")]
    [InlineData("Api")]
    [InlineData("Inspections")]
    [InlineData("Proposals")]
    [InlineData("Commendations")]
    [InlineData("Notifications")]
    [InlineData("Reporting")]
    [InlineData("Audit")]
    [InlineData("Identity")]
    [InlineData("National")]
    public void Modules_reference_neither_the_host_nor_packs(string module)
    {
        var result = MustNotDependOn(Module(module), "Platform.Web", "Platform.Packs");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static Assembly Module(string name) => name switch
    {
        "Audit" => Audit,
        "Meetings" => Meetings,
        "Tasks" => Tasks,
        "Consultations" => Consultations,
        "Indices" => Indices,
        "Api" => Api,
        "Inspections" => Inspections,
        "Proposals" => Proposals,
        "Commendations" => Commendations,
        "Notifications" => Notifications,
        "Reporting" => Reporting,
        "Identity" => Identity,
        "National" => National,
        _ => Committees,
    };

    [Theory]
    [InlineData("Committees")]
    [InlineData("Meetings")]
    [InlineData("Tasks")]
    [InlineData("Consultations")]
    [InlineData("Indices")]
    [InlineData("Api")]
    [InlineData("Inspections")]
    [InlineData("Proposals")]
    [InlineData("Commendations")]
    [InlineData("Notifications")]
    [InlineData("Reporting")]
    [InlineData("Audit")]
    [InlineData("National")]
    public void No_module_knows_the_identity_module(string module)
    {
        // Who is signed in comes through the core's ICurrentActor and the policies; accounts stay Identity's own.
        var result = MustNotDependOn(Module(module), "Platform.Identity");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Negative_control_the_host_does_register_the_identity_module()
    {
        Assert.False(MustNotDependOn(Web, "Platform.Identity").IsSuccessful);
    }

    [Theory]
    [InlineData("Committees")]
    [InlineData("Meetings")]
    [InlineData("Tasks")]
    [InlineData("Consultations")]
    [InlineData("Indices")]
    [InlineData("Api")]
    [InlineData("Inspections")]
    [InlineData("Proposals")]
    [InlineData("Commendations")]
    [InlineData("Notifications")]
    [InlineData("Reporting")]
    [InlineData("Audit")]
    [InlineData("Identity")]
    public void A_modules_database_is_its_persistence_namespace_and_its_own_schema(string module)
    {
        // Platform.<Module>.Persistence holds the module's DbContexts, each with the module's name as its schema.
        Assert.Empty(DatabaseFaults(Module(module), module));
    }

    [Fact]
    public void Negative_control_the_cores_key_ring_context_is_not_named_as_a_modules_database()
    {
        Assert.NotEmpty(DatabaseFaults(Core, "Core"));
    }

    private static List<string> DatabaseFaults(Assembly assembly, string module)
    {
        var contexts = assembly.GetTypes().Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t)).ToList();
        return contexts.Count == 0
            ? ["no DbContext"]
            :
            [
                .. contexts.Where(c => c.Namespace != $"Platform.{module}.Persistence").Select(c => $"{c.FullName} is outside Platform.{module}.Persistence"),
                .. contexts.Where(c => c.GetField("Schema")?.GetRawConstantValue() as string != module.ToLowerInvariant())
                    .Select(c => $"{c.FullName}'s schema is not {module.ToLowerInvariant()}"),
            ];
    }

    [Fact]
    public void The_national_roll_up_reads_the_modules_only_through_the_cores_contract()
    {
        // The figures come from each module's INationalFigures, registered by scanning; the roll-up names no module.
        var result = MustNotDependOn(National, "Platform.Committees", "Platform.Meetings", "Platform.Tasks", "Platform.Consultations", "Platform.Indices", "Platform.Inspections", "Platform.Proposals", "Platform.Commendations", "Platform.Reporting", "Platform.Audit", "Platform.Identity", "Platform.Notifications");
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_core_knows_no_module()
    {
        var result = MustNotDependOn(Core, "Platform.Committees", "Platform.Meetings", "Platform.Tasks", "Platform.Consultations", "Platform.Indices", "Platform.Api", "Platform.Inspections", "Platform.Proposals", "Platform.Commendations", "Platform.Reporting", "Platform.Audit", "Platform.Identity", "Platform.National", "Platform.Web", "Platform.Packs");
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
                "Platform.Consultations.Persistence", "Platform.Consultations.Model", "Platform.Consultations.Services",
                "Platform.Indices.Persistence", "Platform.Indices.Model", "Platform.Indices.Services",
                "Platform.Api.Persistence", "Platform.Api.Clients", "Platform.Api.Endpoints",
                "Platform.Inspections.Persistence", "Platform.Inspections.Model", "Platform.Inspections.Services",
                "Platform.Proposals.Persistence", "Platform.Proposals.Model", "Platform.Proposals.Services",
                "Platform.Commendations.Persistence", "Platform.Commendations.Model", "Platform.Commendations.Services",
                "Platform.Reporting.Persistence", "Platform.Reporting.Model", "Platform.Reporting.Services",
                "Platform.Audit.Persistence", "Platform.Audit.Trail", "Platform.Audit.Log",
                "Platform.National.Services", "Platform.National.Pages",
                "Platform.Identity.Persistence", "Platform.Identity.Accounts", "Platform.Identity.Access", "Platform.Identity.Administration",
                "Platform.Identity.Passwords", "Platform.Identity.Sessions", "Platform.Identity.SignIn", "Platform.Identity.TwoFactor")
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
                "Platform.Committees.Contracts.BodyEntry",
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
                "Platform.Meetings.Contracts.IMeetingAttachments",
                "Platform.Meetings.Contracts.IMeetingRecords",
                "Platform.Meetings.Contracts.IssuedItem",
                "Platform.Meetings.Contracts.IssuedNotice",
                "Platform.Meetings.Contracts.MeetingHeading",
                "Platform.Meetings.Contracts.MeetingWrittenOpinion",
                "Platform.Meetings.MeetingsModule",
            ],
            Exposed(Meetings));
        Assert.Equal(
            [
                "Platform.Tasks.Contracts.AgencyOnTime",
                "Platform.Tasks.Contracts.AimedTaskState",
                "Platform.Tasks.Contracts.ConclusionItemToFollow",
                "Platform.Tasks.Contracts.ConclusionToFollow",
                "Platform.Tasks.Contracts.IndexAimCount",
                "Platform.Tasks.Contracts.IndexAimedTask",
                "Platform.Tasks.Contracts.IndexTaskToCreate",
                "Platform.Tasks.Contracts.ITaskAssignments",
                "Platform.Tasks.Contracts.ITaskRecords",
                "Platform.Tasks.TasksModule",
            ],
            Exposed(Tasks));
        Assert.Equal(["Platform.Consultations.ConsultationsModule"], Exposed(Consultations));
        Assert.Equal(["Platform.Indices.IndicesModule"], Exposed(Indices));
        Assert.Equal(["Platform.Api.ApiModule"], Exposed(Api));
        Assert.Equal(
            [
                "Platform.Inspections.Contracts.IInspectionRecords",
                "Platform.Inspections.Contracts.InspectionFinding",
                "Platform.Inspections.InspectionsModule",
            ],
            Exposed(Inspections));
        Assert.Equal(["Platform.Proposals.ProposalsModule"], Exposed(Proposals));
        Assert.Equal(["Platform.Commendations.CommendationsModule"], Exposed(Commendations));
        Assert.Equal(["Platform.Notifications.NotificationsModule"], Exposed(Notifications));
        Assert.Equal(
            [
                "Platform.Reporting.Contracts.AgencyPunctuality",
                "Platform.Reporting.Contracts.IReportingRecords",
                "Platform.Reporting.Contracts.ReportedFigure",
                "Platform.Reporting.ReportingModule",
            ],
            Exposed(Reporting));
        Assert.Equal(["Platform.Audit.AuditModule"], Exposed(Audit));
        Assert.Equal(["Platform.National.NationalModule"], Exposed(National));
        Assert.Equal(
            [
                "Platform.Identity.Administration.ImportLine",
                "Platform.Identity.Administration.OfficialRow",
                "Platform.Identity.IAccountCreation",
                "Platform.Identity.IdentityModule",
            ],
            Exposed(Identity));
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
