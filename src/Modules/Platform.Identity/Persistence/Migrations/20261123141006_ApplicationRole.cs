using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Accounts are national, not province-owned: the application role gets data rights without row policies.
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN CREATE ROLE platform_app NOLOGIN; END IF;
                END $$;
                GRANT USAGE ON SCHEMA identity TO platform_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO platform_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity TO platform_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO platform_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT USAGE, SELECT ON SEQUENCES TO platform_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("REVOKE ALL ON ALL TABLES IN SCHEMA identity FROM platform_app; REVOKE USAGE ON SCHEMA identity FROM platform_app;");
        }
    }
}
