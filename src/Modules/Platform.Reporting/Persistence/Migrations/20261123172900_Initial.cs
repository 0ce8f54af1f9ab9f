using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["submissions"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    period_kind = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    stage_key = table.Column<string>(type: "text", nullable: false),
                    submitter_kind = table.Column<int>(type: "integer", nullable: false),
                    submitter_key = table.Column<string>(type: "text", nullable: false),
                    edition = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    full_results = table.Column<string>(type: "text", nullable: true),
                    full_shortcomings = table.Column<string>(type: "text", nullable: true),
                    full_causes = table.Column<string>(type: "text", nullable: true),
                    full_tasks_and_solutions = table.Column<string>(type: "text", nullable: true),
                    full_proposals = table.Column<string>(type: "text", nullable: true),
                    summary_results = table.Column<string>(type: "text", nullable: true),
                    summary_shortcomings = table.Column<string>(type: "text", nullable: true),
                    summary_causes = table.Column<string>(type: "text", nullable: true),
                    summary_tasks_and_solutions = table.Column<string>(type: "text", nullable: true),
                    summary_proposals = table.Column<string>(type: "text", nullable: true),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "text", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    compiled_from = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_province_period_kind_year_number_stage_key_subm~",
                schema: "reporting",
                table: "submissions",
                columns: new[] { "province", "period_kind", "year", "number", "stage_key", "submitter_key", "edition" },
                unique: true);

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "reporting", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "reporting", Tables);
            migrationBuilder.DropTable(
                name: "submissions",
                schema: "reporting");
        }
    }
}
