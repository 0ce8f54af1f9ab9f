using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.DataProtection.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every instance reads and adds keys as the application role; it never updates or deletes them.
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN CREATE ROLE platform_app NOLOGIN; END IF;
                END $$;
                GRANT USAGE ON SCHEMA data_protection TO platform_app;
                GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA data_protection TO platform_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA data_protection TO platform_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("REVOKE ALL ON ALL TABLES IN SCHEMA data_protection FROM platform_app; REVOKE USAGE ON SCHEMA data_protection FROM platform_app;");
        }
    }
}
