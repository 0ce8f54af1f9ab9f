using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Proposals.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["events", "file_contents", "files", "proposals"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "proposals");

            // The folding function the search column is computed with, before the table that uses it.
            SearchFolding.Create(migrationBuilder, "proposals");

            migrationBuilder.CreateTable(
                name: "proposals",
                schema: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "proposals.fold(subject || ' ' || content || ' ' || coalesce(answer, ''))", stored: true),
                    portfolio_key = table.Column<string>(type: "text", nullable: true),
                    addressee_text = table.Column<string>(type: "text", nullable: true),
                    addressee_agency_key = table.Column<string>(type: "text", nullable: true),
                    filer_kind = table.Column<int>(type: "integer", nullable: false),
                    filer_key = table.Column<string>(type: "text", nullable: false),
                    filer_name = table.Column<string>(type: "text", nullable: false),
                    filed_by = table.Column<string>(type: "text", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    forwarded_to = table.Column<string>(type: "text", nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meeting_title = table.Column<string>(type: "text", nullable: true),
                    taken_by_meeting = table.Column<bool>(type: "boolean", nullable: false),
                    answer = table.Column<string>(type: "text", nullable: true),
                    answered_as = table.Column<int>(type: "integer", nullable: true),
                    answered_by = table.Column<string>(type: "text", nullable: true),
                    answered_by_seat = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    by = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "proposals",
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                        name: "fk_files_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "proposals",
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "file_contents",
                schema: "proposals",
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
                        principalSchema: "proposals",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_proposal_id",
                schema: "proposals",
                table: "events",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_files_proposal_id",
                schema: "proposals",
                table: "files",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_province_meeting_id",
                schema: "proposals",
                table: "proposals",
                columns: new[] { "province", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_province_state_filed_on",
                schema: "proposals",
                table: "proposals",
                columns: new[] { "province", "state", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_province_year_number",
                schema: "proposals",
                table: "proposals",
                columns: new[] { "province", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_search_text",
                schema: "proposals",
                table: "proposals",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            RowLevelSecurity.Enable(migrationBuilder, "proposals", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "proposals", Tables);

            migrationBuilder.DropTable(
                name: "events",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "file_contents",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "files",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "proposals",
                schema: "proposals");

            SearchFolding.Drop(migrationBuilder, "proposals");
        }
    }
}
