using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Consultations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AnswerDrafts : Migration
    {
        private static readonly string[] Tables = ["drafts", "draft_lines"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "drafts",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    prepared_by = table.Column<string>(type: "text", nullable: false),
                    prepared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_drafts_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "consultations",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "draft_lines",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    draft_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draft_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_draft_lines_drafts_draft_id",
                        column: x => x.draft_id,
                        principalSchema: "consultations",
                        principalTable: "drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_draft_lines_questions_question_id",
                        column: x => x.question_id,
                        principalSchema: "consultations",
                        principalTable: "questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_draft_lines_draft_id",
                schema: "consultations",
                table: "draft_lines",
                column: "draft_id");

            migrationBuilder.CreateIndex(
                name: "ix_draft_lines_question_id",
                schema: "consultations",
                table: "draft_lines",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_drafts_consultation_id_seat_key",
                schema: "consultations",
                table: "drafts",
                columns: new[] { "consultation_id", "seat_key" },
                unique: true);

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "consultations", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "consultations", Tables);

            migrationBuilder.DropTable(
                name: "draft_lines",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "drafts",
                schema: "consultations");
        }
    }
}
