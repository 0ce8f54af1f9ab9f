using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Inspections.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["file_contents", "files", "inspected_agencies", "missions", "plans", "recommendations", "team_members"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inspections");

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    drafted_by = table.Column<string>(type: "text", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by_seat = table.Column<string>(type: "text", nullable: true),
                    issued_by = table.Column<string>(type: "text", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    document_date = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "missions",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    localities = table.Column<string>(type: "text", nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    lead_seat_key = table.Column<string>(type: "text", nullable: false),
                    lead_office = table.Column<string>(type: "text", nullable: false),
                    lead_name = table.Column<string>(type: "text", nullable: true),
                    decision_number = table.Column<string>(type: "text", nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_signer = table.Column<string>(type: "text", nullable: true),
                    conflict_confirmed_by = table.Column<string>(type: "text", nullable: true),
                    set_up_by = table.Column<string>(type: "text", nullable: false),
                    set_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notice_text = table.Column<string>(type: "text", nullable: true),
                    notice_number = table.Column<string>(type: "text", nullable: true),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_issued_by_seat = table.Column<string>(type: "text", nullable: true),
                    notice_issued_by = table.Column<string>(type: "text", nullable: true),
                    notice_issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_missions", x => x.id);
                    table.ForeignKey(
                        name: "fk_missions_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "inspections",
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    mission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    uploaded_by = table.Column<string>(type: "text", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_files_missions_mission_id",
                        column: x => x.mission_id,
                        principalSchema: "inspections",
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspected_agencies",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    mission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_key = table.Column<string>(type: "text", nullable: false),
                    findings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspected_agencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspected_agencies_missions_mission_id",
                        column: x => x.mission_id,
                        principalSchema: "inspections",
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    mission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    lead_agency_key = table.Column<string>(type: "text", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendations", x => x.id);
                    table.ForeignKey(
                        name: "fk_recommendations_missions_mission_id",
                        column: x => x.mission_id,
                        principalSchema: "inspections",
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    mission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: true),
                    agency_key = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_team_members_missions_mission_id",
                        column: x => x.mission_id,
                        principalSchema: "inspections",
                        principalTable: "missions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "file_contents",
                schema: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_file_contents_files_id",
                        column: x => x.id,
                        principalSchema: "inspections",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_files_mission_id",
                schema: "inspections",
                table: "files",
                column: "mission_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspected_agencies_mission_id_agency_key",
                schema: "inspections",
                table: "inspected_agencies",
                columns: new[] { "mission_id", "agency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_missions_plan_id",
                schema: "inspections",
                table: "missions",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_missions_province_year",
                schema: "inspections",
                table: "missions",
                columns: new[] { "province", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_plans_province_year",
                schema: "inspections",
                table: "plans",
                columns: new[] { "province", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_mission_id_number",
                schema: "inspections",
                table: "recommendations",
                columns: new[] { "mission_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_members_mission_id_order",
                schema: "inspections",
                table: "team_members",
                columns: new[] { "mission_id", "order" },
                unique: true);

            RowLevelSecurity.Enable(migrationBuilder, "inspections", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "inspections", Tables);

            migrationBuilder.DropTable(
                name: "file_contents",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "inspected_agencies",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "recommendations",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "team_members",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "files",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "missions",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "inspections");
        }
    }
}
