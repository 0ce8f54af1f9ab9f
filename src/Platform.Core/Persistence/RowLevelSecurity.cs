using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Core.Persistence;

/// <summary>
/// What a module's migration adds so the application role sees only the province its connection acts for: data
/// rights for <c>platform_app</c> (which owns nothing) and a forced policy on <c>app.province</c> for each table.
/// </summary>
public static class RowLevelSecurity
{
    /// <summary>The role the application connects as.</summary>
    public const string ApplicationRole = "platform_app";

    /// <summary>
    /// The rows a session may see: those of the province its connection acts for. The setting is read in a sub-select,
    /// which PostgreSQL evaluates once per statement (an InitPlan) rather than once per row: a scan of a million rows
    /// otherwise calls <c>current_setting</c> a million times. A table isolated before this form is rewritten to it at
    /// the next start (<c>NationalReaderGrants</c>).
    /// </summary>
    public const string IsolationPredicate = "province = (SELECT current_setting('app.province', true))";

    /// <summary>Grants the application role data rights on <paramref name="schema"/> and isolates every listed table by province.</summary>
    public static void Enable(MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ApplicationRole}') THEN CREATE ROLE {ApplicationRole} NOLOGIN; END IF;
            END $$;
            GRANT USAGE ON SCHEMA {schema} TO {ApplicationRole};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {ApplicationRole};
            ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ApplicationRole};
            """);
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE {schema}.{table} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {schema}.{table} FORCE ROW LEVEL SECURITY;
                CREATE POLICY province_isolation ON {schema}.{table}
                    USING ({IsolationPredicate})
                    WITH CHECK (province = current_setting('app.province', true));
                """);
        }
    }

    /// <summary>Undoes <see cref="Enable"/>.</summary>
    public static void Disable(MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"DROP POLICY IF EXISTS province_isolation ON {schema}.{table}; ALTER TABLE {schema}.{table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {schema}.{table} DISABLE ROW LEVEL SECURITY;");
        }

        migrationBuilder.Sql($"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {ApplicationRole}; REVOKE USAGE ON SCHEMA {schema} FROM {ApplicationRole};");
    }
}
