using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Commendations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["nominations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "commendations");

            migrationBuilder.CreateTable(
                name: "nominations",
                schema: "commendations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    nominee = table.Column<int>(type: "integer", nullable: false),
                    agency_key = table.Column<string>(type: "text", nullable: true),
                    agency_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    person_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    evidence_year = table.Column<int>(type: "integer", nullable: true),
                    tasks_counted = table.Column<int>(type: "integer", nullable: true),
                    tasks_on_time = table.Column<int>(type: "integer", nullable: true),
                    tasks_late = table.Column<int>(type: "integer", nullable: true),
                    tasks_overdue = table.Column<int>(type: "integer", nullable: true),
                    reports_on_time = table.Column<int>(type: "integer", nullable: true),
                    reports_late = table.Column<int>(type: "integer", nullable: true),
                    reports_missing = table.Column<int>(type: "integer", nullable: true),
                    proposed_by = table.Column<string>(type: "text", nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    decided_by_seat = table.Column<string>(type: "text", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    forward_reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_nominations_province_state",
                schema: "commendations",
                table: "nominations",
                columns: new[] { "province", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_nominations_province_year_number",
                schema: "commendations",
                table: "nominations",
                columns: new[] { "province", "year", "number" },
                unique: true);

            RowLevelSecurity.Enable(migrationBuilder, "commendations", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "commendations", Tables);

            migrationBuilder.DropTable(
                name: "nominations",
                schema: "commendations");
        }
    }
}
