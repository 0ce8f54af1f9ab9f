using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables =
            ["plans", "tasks", "plan_items", "extensions", "updates", "files", "file_contents"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tasks");

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decision_number = table.Column<string>(type: "text", nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    drafted_by = table.Column<string>(type: "text", nullable: false),
                    issued_by = table.Column<string>(type: "text", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    expected_output = table.Column<string>(type: "text", nullable: true),
                    source = table.Column<int>(type: "integer", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_label = table.Column<string>(type: "text", nullable: false),
                    source_path = table.Column<string>(type: "text", nullable: true),
                    portfolio_key = table.Column<string>(type: "text", nullable: true),
                    lead_agency_key = table.Column<string>(type: "text", nullable: false),
                    co_agency_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    issuer_seat_key = table.Column<string>(type: "text", nullable: false),
                    assigned_by = table.Column<string>(type: "text", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    original_due = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recurrence = table.Column<int>(type: "integer", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    percent = table.Column<int>(type: "integer", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_by = table.Column<string>(type: "text", nullable: true),
                    cancel_reason = table.Column<string>(type: "text", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_items",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    expected_output = table.Column<string>(type: "text", nullable: true),
                    portfolio_key = table.Column<string>(type: "text", nullable: true),
                    lead_agency_key = table.Column<string>(type: "text", nullable: false),
                    co_agency_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    recurrence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_items_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "tasks",
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "extensions",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_due = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_due = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approver_seat_key = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_extensions_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "updates",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    progress_after = table.Column<int>(type: "integer", nullable: true),
                    percent = table.Column<int>(type: "integer", nullable: true),
                    due_before = table.Column<DateOnly>(type: "date", nullable: true),
                    due_after = table.Column<DateOnly>(type: "date", nullable: true),
                    author = table.Column<string>(type: "text", nullable: false),
                    author_agency_key = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_updates_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    update_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_files_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "tasks",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_files_updates_update_id",
                        column: x => x.update_id,
                        principalSchema: "tasks",
                        principalTable: "updates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "file_contents",
                schema: "tasks",
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
                        principalSchema: "tasks",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_extensions_province_status_approver_seat_key",
                schema: "tasks",
                table: "extensions",
                columns: new[] { "province", "status", "approver_seat_key" });

            migrationBuilder.CreateIndex(
                name: "ix_extensions_task_id",
                schema: "tasks",
                table: "extensions",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_files_task_id",
                schema: "tasks",
                table: "files",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_files_update_id",
                schema: "tasks",
                table: "files",
                column: "update_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_items_plan_id_number",
                schema: "tasks",
                table: "plan_items",
                columns: new[] { "plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_province_year",
                schema: "tasks",
                table: "plans",
                columns: new[] { "province", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_province_due",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_province_lead_agency_key_due",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "lead_agency_key", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_province_source_source_id",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "source", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_series_id",
                schema: "tasks",
                table: "tasks",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_updates_task_id_at",
                schema: "tasks",
                table: "updates",
                columns: new[] { "task_id", "at" });

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "tasks", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "tasks", Tables);
            migrationBuilder.DropTable(
                name: "extensions",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "file_contents",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "plan_items",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "files",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "updates",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "tasks");
        }
    }
}
