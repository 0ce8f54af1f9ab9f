using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables =
            ["meetings", "agenda_items", "documents", "document_contents", "invitations", "absence_requests", "notices", "notice_items", "notice_recipients"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "meetings");

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<string>(type: "text", nullable: true),
                    online_link = table.Column<string>(type: "text", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    period_kind = table.Column<int>(type: "integer", nullable: true),
                    period_year = table.Column<int>(type: "integer", nullable: true),
                    period_number = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    chair_seat_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delegation = table.Column<string>(type: "text", nullable: true),
                    takes_opinions = table.Column<bool>(type: "boolean", nullable: false),
                    proposal_objectives = table.Column<string>(type: "text", nullable: true),
                    proposal_composition = table.Column<string>(type: "text", nullable: true),
                    proposal_progress = table.Column<string>(type: "text", nullable: true),
                    proposal_results = table.Column<string>(type: "text", nullable: true),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "text", nullable: true),
                    minutes = table.Column<string>(type: "text", nullable: true),
                    minutes_by = table.Column<string>(type: "text", nullable: true),
                    minutes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    presenter = table.Column<string>(type: "text", nullable: true),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    uploaded_by = table.Column<string>(type: "text", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    office = table.Column<string>(type: "text", nullable: false),
                    agency_key = table.Column<string>(type: "text", nullable: true),
                    order = table.Column<int>(type: "integer", nullable: false),
                    invited_by = table.Column<string>(type: "text", nullable: true),
                    attendance = table.Column<int>(type: "integer", nullable: false),
                    substitute_name = table.Column<string>(type: "text", nullable: true),
                    attendance_note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_invitations_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "text", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    signer = table.Column<string>(type: "text", nullable: true),
                    preamble = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    drafted_by = table.Column<string>(type: "text", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<string>(type: "text", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    issued_by = table.Column<string>(type: "text", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_notices_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_contents",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_contents_documents_id",
                        column: x => x.id,
                        principalSchema: "meetings",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "absence_requests",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    substitute_name = table.Column<string>(type: "text", nullable: true),
                    substitute_title = table.Column<string>(type: "text", nullable: true),
                    written_opinion = table.Column<string>(type: "text", nullable: true),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late_rule = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    approver_seat_key = table.Column<string>(type: "text", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_absence_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_absence_requests_invitations_invitation_id",
                        column: x => x.invitation_id,
                        principalSchema: "meetings",
                        principalTable: "invitations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_absence_requests_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_items",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    lead_agency_key = table.Column<string>(type: "text", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_notice_items_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "meetings",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_recipients",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: true),
                    agency_key = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    read_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_recipients", x => x.id);
                    table.ForeignKey(
                        name: "fk_notice_recipients_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "meetings",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_absence_requests_invitation_id",
                schema: "meetings",
                table: "absence_requests",
                column: "invitation_id");

            migrationBuilder.CreateIndex(
                name: "ix_absence_requests_meeting_id",
                schema: "meetings",
                table: "absence_requests",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_absence_requests_province_status_approver_seat_key",
                schema: "meetings",
                table: "absence_requests",
                columns: new[] { "province", "status", "approver_seat_key" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_order",
                schema: "meetings",
                table: "agenda_items",
                columns: new[] { "meeting_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_meeting_id",
                schema: "meetings",
                table: "documents",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_meeting_id_seat_key",
                schema: "meetings",
                table: "invitations",
                columns: new[] { "meeting_id", "seat_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_province_starts_at",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "province", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notice_items_notice_id_number",
                schema: "meetings",
                table: "notice_items",
                columns: new[] { "notice_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_notice_id_seat_key_agency_key",
                schema: "meetings",
                table: "notice_recipients",
                columns: new[] { "notice_id", "seat_key", "agency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_province_seat_key",
                schema: "meetings",
                table: "notice_recipients",
                columns: new[] { "province", "seat_key" });

            migrationBuilder.CreateIndex(
                name: "ix_notices_meeting_id",
                schema: "meetings",
                table: "notices",
                column: "meeting_id",
                unique: true);

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "meetings", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "meetings", Tables);
            migrationBuilder.DropTable(
                name: "absence_requests",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "agenda_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "document_contents",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "notice_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "notice_recipients",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "meetings");
        }
    }
}
