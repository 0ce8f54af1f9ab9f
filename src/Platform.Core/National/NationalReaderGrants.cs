using Npgsql;
using Platform.Core.Persistence;

namespace Platform.Core.National;

/// <summary>
/// Gives <see cref="NationalReading.ReaderRole"/> its rights after every migration, as the schema owner: read (and only
/// read) on every table that row-level security isolates by province, and a read policy on each that shows the rows
/// of the provinces in <c>app.provinces</c> — only while the session has switched to that role, so the application's
/// own role, a member of it, is never widened. A table a later migration adds is covered at the next start. Policies
/// written in an earlier form, which read the session's settings once per row, are rewritten to read them once per
/// statement (<see cref="RowLevelSecurity.IsolationPredicate"/>); the rows they let through are the same.
/// </summary>
public static class NationalReaderGrants
{
    /// <summary>Creates the role if needed, lets the application role switch to it, and grants and polices every isolated table.</summary>
    public static async Task ApplyAsync(NpgsqlDataSource owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        // The role and the membership belong to the cluster: another database's start may be making them at the same
        // moment ("tuple concurrently updated", a duplicate role); a second try finds them made.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ApplyOnceAsync(owner, ct);
                return;
            }
            catch (PostgresException e) when (attempt < 3 && e.SqlState is PostgresErrorCodes.InternalError or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }

    private static async Task ApplyOnceAsync(NpgsqlDataSource owner, CancellationToken ct)
    {
        await using var connection = await owner.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        var reader = NationalReading.ReaderRole;
        var isolation = RowLevelSecurity.IsolationPredicate.Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $$"""
            DO $$
            DECLARE
                t record;
                -- The provinces of the session, split once per statement in a sub-select (an InitPlan), not once per row.
                national text := format('current_user = %L AND province = ANY ((SELECT string_to_array(current_setting(%L, true), %L))::text[])',
                                        '{{reader}}', '{{NationalReading.ProvincesSetting}}', ',');
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtext('platform-national-reader'));
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{reader}}') THEN
                    CREATE ROLE {{reader}} NOLOGIN;
                END IF;
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{{RowLevelSecurity.ApplicationRole}}')
                   AND NOT pg_has_role('{{RowLevelSecurity.ApplicationRole}}', '{{reader}}', 'MEMBER') THEN
                    GRANT {{reader}} TO {{RowLevelSecurity.ApplicationRole}};
                END IF;
                -- Granted only where missing: a GRANT rewrites the catalog row even when the right is already there.
                -- Each isolated table with what its policies hold, read once for every table.
                FOR t IN
                    SELECT schemaname, tablename,
                           bool_or(policyname = 'province_isolation' AND qual LIKE '%SELECT current_setting%') AS isolation_current,
                           bool_or(policyname = 'national_read') AS national_exists,
                           bool_or(policyname = 'national_read' AND qual LIKE '%SELECT string_to_array%') AS national_current
                    FROM pg_policies WHERE policyname IN ('province_isolation', 'national_read')
                    GROUP BY schemaname, tablename HAVING bool_or(policyname = 'province_isolation')
                LOOP
                    IF NOT has_schema_privilege('{{reader}}', t.schemaname, 'USAGE') THEN
                        EXECUTE format('GRANT USAGE ON SCHEMA %I TO {{reader}}', t.schemaname);
                    END IF;
                    IF NOT has_table_privilege('{{reader}}', format('%I.%I', t.schemaname, t.tablename), 'SELECT') THEN
                        EXECUTE format('GRANT SELECT ON %I.%I TO {{reader}}', t.schemaname, t.tablename);
                    END IF;
                    IF NOT t.national_exists THEN
                        EXECUTE format('CREATE POLICY national_read ON %I.%I FOR SELECT TO {{reader}} USING (%s)', t.schemaname, t.tablename, national);
                    ELSIF NOT t.national_current THEN
                        EXECUTE format('ALTER POLICY national_read ON %I.%I USING (%s)', t.schemaname, t.tablename, national);
                    END IF;
                    -- A table isolated before the settings were read once per statement (RowLevelSecurity.IsolationPredicate).
                    IF NOT t.isolation_current THEN
                        EXECUTE format('ALTER POLICY province_isolation ON %I.%I USING (%s)', t.schemaname, t.tablename, '{{isolation}}');
                    END IF;
                END LOOP;
            END $$;
            """;
        await command.ExecuteNonQueryAsync(ct);
    }
}
