using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using Platform.Audit.Persistence;
using Platform.Committees.Persistence;
using Platform.Consultations.Persistence;
using Platform.Core.DataProtection;
using Platform.Core.Submissions;
using Platform.Core.Tenancy;
using Platform.Identity.Persistence;
using Platform.Indices.Persistence;
using Platform.Api.Persistence;
using Platform.Inspections.Persistence;
using Platform.Proposals.Persistence;
using Platform.Commendations.Persistence;
using Platform.Meetings.Persistence;
using Platform.Notifications.Persistence;
using Platform.Reporting.Persistence;
using Platform.Tasks.Persistence;

// Usage: dotnet run --project src/Tools/Platform.Migrations.Tool -- <module> <MigrationName>
// Writes the migration into the schema owner's migrations folder. Review it before committing.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: <module> <MigrationName>   modules: committees, meetings, tasks, consultations, indices, inspections, proposals, commendations, reporting, notifications, identity, audit, data-protection, submissions");
    return 2;
}

var repo = FindRepoRoot();
var (context, projectDir, rootNamespace, subNamespace) = args[0] switch
{
    "committees" => ((DbContext)new CommitteesDbContext(Options<CommitteesDbContext>(CommitteesDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Committees"), "Platform.Committees", "Persistence.Migrations"),
    "meetings" => ((DbContext)new MeetingsDbContext(Options<MeetingsDbContext>(MeetingsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Meetings"), "Platform.Meetings", "Persistence.Migrations"),
    "tasks" => ((DbContext)new TasksDbContext(Options<TasksDbContext>(TasksDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Tasks"), "Platform.Tasks", "Persistence.Migrations"),
    "consultations" => ((DbContext)new ConsultationsDbContext(Options<ConsultationsDbContext>(ConsultationsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Consultations"), "Platform.Consultations", "Persistence.Migrations"),
    "indices" => ((DbContext)new IndicesDbContext(Options<IndicesDbContext>(IndicesDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Indices"), "Platform.Indices", "Persistence.Migrations"),
    "inspections" => ((DbContext)new InspectionsDbContext(Options<InspectionsDbContext>(InspectionsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Inspections"), "Platform.Inspections", "Persistence.Migrations"),
    "proposals" => ((DbContext)new ProposalsDbContext(Options<ProposalsDbContext>(ProposalsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Proposals"), "Platform.Proposals", "Persistence.Migrations"),
    "commendations" => ((DbContext)new CommendationsDbContext(Options<CommendationsDbContext>(CommendationsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Commendations"), "Platform.Commendations", "Persistence.Migrations"),
    "reporting" => ((DbContext)new ReportingDbContext(Options<ReportingDbContext>(ReportingDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Reporting"), "Platform.Reporting", "Persistence.Migrations"),
    "notifications" => ((DbContext)new NotificationsDbContext(Options<NotificationsDbContext>(NotificationsDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Notifications"), "Platform.Notifications", "Persistence.Migrations"),
    "identity" => ((DbContext)new AccountsDbContext(Options<AccountsDbContext>(AccountsDbContext.Schema)),
        Path.Combine(repo, "src/Modules/Platform.Identity"), "Platform.Identity", "Persistence.Migrations"),
    "data-protection" => (new KeyRingDbContext(Options<KeyRingDbContext>(KeyRingDbContext.Schema)),
        Path.Combine(repo, "src/Platform.Core"), "Platform.Core", "DataProtection.Migrations"),
    "submissions" => (new SubmissionsDbContext(Options<SubmissionsDbContext>(SubmissionsDbContext.Schema)),
        Path.Combine(repo, "src/Platform.Core"), "Platform.Core", "Submissions.Migrations"),
    "api" => (new ApiDbContext(Options<ApiDbContext>(ApiDbContext.Schema)),
        Path.Combine(repo, "src/Modules/Platform.Api"), "Platform.Api", "Persistence.Migrations"),
    "audit" => (new AuditDbContext(Options<AuditDbContext>(AuditDbContext.Schema), new CurrentProvince()),
        Path.Combine(repo, "src/Modules/Platform.Audit"), "Platform.Audit", "Persistence.Migrations"),
    _ => throw new ArgumentException($"unknown module '{args[0]}'"),
};

using (context)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
#pragma warning disable EF1001 // The provider's design-time services are what dotnet-ef would use too.
    new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
    using var provider = services.BuildServiceProvider();
    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[1], rootNamespace, subNamespace, "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, subNamespace.Replace('.', '/')));
    Console.WriteLine($"wrote {files.MigrationFile}");
}

return 0;

static DbContextOptions<T> Options<T>(string schema)
    where T : DbContext =>
    new DbContextOptionsBuilder<T>()
        .UseNpgsql("Host=unused", npgsql => npgsql.MigrationsHistoryTable("__migrations", schema))
        .Options;

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the tool.");
}
