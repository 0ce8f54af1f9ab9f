using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.Submissions.Migrations
{
    /// <inheritdoc />
    public partial class Claims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "submissions");

            migrationBuilder.CreateTable(
                name: "claims",
                schema: "submissions",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    location = table.Column<string>(type: "text", nullable: true),
                    notice = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_claims_claimed_at",
                schema: "submissions",
                table: "claims",
                column: "claimed_at");

            // The application claims, settles and purges keys; the table holds no province's rows, only which account
            // sent which rendered form, so it needs no row-level security.
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN CREATE ROLE platform_app NOLOGIN; END IF;
                END $$;
                GRANT USAGE ON SCHEMA submissions TO platform_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON submissions.claims TO platform_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claims",
                schema: "submissions");
        }
    }
}
