using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
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
using Platform.Reporting;
using Platform.Sdk;
using Platform.Tasks;
using Platform.Testing;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module's tables are its own: no production assembly — the host, the core, each module, the Sdk, the built packs —
/// names another module's schema-qualified tables in its SQL text or maps them in an EF Core model. Each module's
/// schema and tables are read from its own DbContexts' models, not from a list kept here, so a new table is covered
/// the day it is added. Negative controls: types of this test assembly that name another module's tables in SQL and in
/// an EF Core mapping are caught, and so is the benchmark's own assembly, whose load-test SQL writes into four modules.
/// </summary>
public sealed class SchemaOwnershipTests
{
    private static readonly Assembly Host = typeof(Platform.Web.Packs.PackFailurePolicy).Assembly;
    private static readonly Assembly Core = typeof(CurrentProvince).Assembly;
    private static readonly Assembly Sdk = typeof(IProvincePack).Assembly;

    /// <summary>The assemblies that own a schema: the core (the key ring, the forms' submission claims) and the modules.</summary>
    private static readonly Assembly[] Owners =
    [
        Core,
        typeof(CommitteesModule).Assembly,
        typeof(MeetingsModule).Assembly,
        typeof(TasksModule).Assembly,
        typeof(ConsultationsModule).Assembly,
        typeof(IndicesModule).Assembly,
        typeof(ApiModule).Assembly,
        typeof(InspectionsModule).Assembly,
        typeof(ProposalsModule).Assembly,
        typeof(CommendationsModule).Assembly,
        typeof(ReportingModule).Assembly,
        typeof(Platform.Identity.IdentityModule).Assembly,
        typeof(AuditModule).Assembly,
        typeof(Platform.Notifications.NotificationsModule).Assembly,
    ];

    private static readonly Lazy<IReadOnlyList<Schema>> Schemas = new(() => [.. Owners.SelectMany(SchemasOf)]);

    public static TheoryData<string> ProductionAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in Owners.Append(Host).Append(Sdk))
        {
            data.Add(assembly.Location);
        }

        foreach (var pack in Directory.GetDirectories(Repository.PluginsFolder).Order())
        {
            data.Add(Directory.GetFiles(pack, "Platform.Packs.*.dll").Single());
        }

        return data;
    }

    [Fact]
    public void Every_module_owns_a_schema_read_from_its_model()
    {
        Assert.Equal(
            ["api", "audit", "commendations", "committees", "consultations", "data_protection", "identity", "indices", "inspections", "meetings", "notifications", "proposals", "reporting", "submissions", "tasks"],
            Schemas.Value.Select(s => s.Name).Order());
        Assert.All(Schemas.Value, s => Assert.NotEmpty(s.Tables));
        Assert.Contains("seats", Schemas.Value.Single(s => s.Name == "committees").Tables);
        Assert.Contains("tasks", Schemas.Value.Single(s => s.Name == "tasks").Tables);
    }

    [Theory]
    [MemberData(nameof(ProductionAssemblies))]
    public void No_production_assembly_names_another_modules_tables(string path)
    {
        var assembly = Assembly.LoadFrom(path);
        Assert.Empty(Violations(assembly, owner: assembly.GetName().Name!));
    }

    [Fact]
    public void Negative_control_sql_naming_another_modules_table_is_caught()
    {
        // Read as if this assembly were the meetings module. The excerpts below are not qualified names themselves, so
        // only the control's SQL can produce them.
        var found = Violations(typeof(SchemaOwnershipTests).Assembly, owner: "Platform.Meetings");
        Assert.Contains(found, v => v.Contains("where due < current_date", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains("AS s WHERE s.province", StringComparison.Ordinal));
        // Its own schema is allowed.
        Assert.DoesNotContain(found, v => v.Contains("select id from", StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_control_an_ef_mapping_of_another_modules_table_is_caught()
    {
        var found = Violations(typeof(SchemaOwnershipTests).Assembly, owner: "Platform.Meetings");
        Assert.Contains($"Platform.ArchitectureTests: {nameof(ForeignMapping)} maps reporting.submissions", found);
    }

    [Fact]
    public void Negative_control_the_benchmarks_load_test_sql_is_caught()
    {
        // Once part of the host; now attached to it only for a benchmark run.
        var found = Violations(Assembly.Load("Platform.Benchmarks.Hosting"), owner: "Platform.Benchmarks.Hosting");
        foreach (var schema in new[] { "committees", "meetings", "tasks", "reporting" })
        {
            Assert.Contains(found, v => v.Contains($" names {schema}.", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// What <paramref name="assembly"/> names of the schemas that the assembly named <paramref name="owner"/> does not
    /// own: schema-qualified tables in its string literals and constants (quoted or not, any case), and tables of
    /// another schema mapped by its own DbContexts.
    /// </summary>
    private static List<string> Violations(Assembly assembly, string owner)
    {
        var name = assembly.GetName().Name;
        var foreign = Schemas.Value.Where(s => s.Owner != owner).ToList();
        var found = new List<string>();
        foreach (var text in Strings(assembly.Location))
        {
            foreach (var schema in foreign)
            {
                foreach (Match match in schema.Qualified.Matches(text))
                {
                    found.Add($"{name} names {match.Value} in \"{Excerpt(text, match)}\"");
                }
            }
        }

        foreach (var context in ContextTypes(assembly))
        {
            using var db = Create(context);
            foreach (var (schema, table) in TablesOf(db).Where(t => foreign.Any(s => s.Name == t.Schema)))
            {
                found.Add($"{name}: {context.Name} maps {schema}.{table}");
            }
        }

        return found;
    }

    private static string Excerpt(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 40);
        return text.Substring(start, Math.Min(text.Length, match.Index + match.Length + 40) - start).ReplaceLineEndings(" ");
    }

    /// <summary>The string literals (the user-string heap) and string constants of an assembly, read from its file.</summary>
    private static List<string> Strings(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        if (metadata.GetHeapSize(HeapIndex.UserString) > 1)
        {
            for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            {
                strings.Add(metadata.GetUserString(handle));
            }
        }

        for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.Constant); row++)
        {
            var constant = metadata.GetConstant(MetadataTokens.ConstantHandle(row));
            if (constant.TypeCode == ConstantTypeCode.String)
            {
                var blob = metadata.GetBlobReader(constant.Value);
                strings.Add(blob.ReadUTF16(blob.Length));
            }
        }

        return strings;
    }

    private static IEnumerable<Schema> SchemasOf(Assembly owner) =>
        ContextTypes(owner).Select(type =>
        {
            using var db = Create(type);
            var schema = db.Model.GetDefaultSchema() ?? throw new InvalidOperationException($"{type.Name} has no schema of its own.");
            return new Schema(schema, owner.GetName().Name!, [.. TablesOf(db).Where(t => t.Schema == schema).Select(t => t.Table).Distinct().Order()]);
        });

    private static IEnumerable<Type> ContextTypes(Assembly assembly) =>
        Loadable(assembly).Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters);

    private static IEnumerable<Type> Loadable(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    /// <summary>A module's DbContext as the migrations tool makes it: on a connection string that is never opened.</summary>
    private static DbContext Create(Type type)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        options.UseNpgsql("Host=unused");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Single();
        return (DbContext)constructor.Invoke([.. constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when typeof(DbContextOptions).IsAssignableFrom(t) => options.Options,
            var t when t == typeof(CurrentProvince) => (object)new CurrentProvince(),
            var t => throw new InvalidOperationException($"{type.Name} asks for a {t.Name}."),
        })]);
    }

    private static IEnumerable<(string Schema, string Table)> TablesOf(DbContext db) =>
        db.Model.GetEntityTypes()
            .Select(e => (Schema: e.GetSchema() ?? e.GetViewSchema() ?? db.Model.GetDefaultSchema(), Table: e.GetTableName() ?? e.GetViewName()))
            .Where(t => t.Schema is not null && t.Table is not null)
            .Select(t => (t.Schema!, t.Table!))
            .Distinct();

    private sealed record Schema(string Name, string Owner, IReadOnlyList<string> Tables)
    {
        /// <summary><c>schema.table</c>, each part quoted or not, in any case, not inside a longer name.</summary>
        public Regex Qualified { get; } = new(
            $"(?<![\\w$.\"])\"?{Regex.Escape(Name)}\"?\\s*\\.\\s*\"?(?:{string.Join('|', Tables.Select(Regex.Escape))})\"?(?![\\w$])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

/// <summary>Negative control: SQL text naming other modules' tables (and the meetings module's own, allowed to it).</summary>
internal static class ForeignSql
{
    public const string Overdue = "select count(*) from tasks.tasks where due < current_date";

    public static string Seats(string province) => "SELECT s.key FROM \"committees\".\"seats\" AS s WHERE s.province = " + province;

    public static string Own() => "select id from meetings.meetings";
}

/// <summary>Negative control: an EF Core model mapping another module's table.</summary>
internal sealed class ForeignMapping(DbContextOptions<ForeignMapping> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Row>().ToTable("submissions", "reporting").HasKey(r => r.Id);
    }

    internal sealed record Row(Guid Id);
}
