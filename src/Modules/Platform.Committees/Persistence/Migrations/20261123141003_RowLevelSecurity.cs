using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Committees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        private static readonly string[] ProvinceTables = ["committees", "agencies", "bodies", "seats", "people", "appointments"];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The application connects as platform_app, which owns nothing: it gets data rights only, and forced
            // row-level security limits every statement to the province the connection acts for (app.province).
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN CREATE ROLE platform_app NOLOGIN; END IF;
                END $$;
                GRANT USAGE ON SCHEMA committees TO platform_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA committees TO platform_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA committees TO platform_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA committees GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO platform_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA committees GRANT USAGE, SELECT ON SEQUENCES TO platform_app;
                """);
            foreach (var table in ProvinceTables)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE committees.{table} ENABLE ROW LEVEL SECURITY;
                    ALTER TABLE committees.{table} FORCE ROW LEVEL SECURITY;
                    CREATE POLICY province_isolation ON committees.{table}
                        USING (province = current_setting('app.province', true))
                        WITH CHECK (province = current_setting('app.province', true));
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ProvinceTables)
            {
                migrationBuilder.Sql($"""
                    DROP POLICY IF EXISTS province_isolation ON committees.{table};
                    ALTER TABLE committees.{table} NO FORCE ROW LEVEL SECURITY;
                    ALTER TABLE committees.{table} DISABLE ROW LEVEL SECURITY;
                    """);
            }

            migrationBuilder.Sql("REVOKE ALL ON ALL TABLES IN SCHEMA committees FROM platform_app; REVOKE USAGE ON SCHEMA committees FROM platform_app;");
        }
    }
}
