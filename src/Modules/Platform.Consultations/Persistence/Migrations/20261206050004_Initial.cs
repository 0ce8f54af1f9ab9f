using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Consultations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables =
            ["consultations", "questions", "recipients", "answers", "answer_lines", "conclusion_items"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "consultations");

            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    details = table.Column<string>(type: "text", nullable: true),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    chosen_recipients = table.Column<bool>(type: "boolean", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    drafted_by = table.Column<string>(type: "text", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by_seat = table.Column<string>(type: "text", nullable: true),
                    approved_by = table.Column<string>(type: "text", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    synthesis = table.Column<string>(type: "text", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conclusion = table.Column<string>(type: "text", nullable: true),
                    concluded_by_seat = table.Column<string>(type: "text", nullable: true),
                    concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "text", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    current = table.Column<bool>(type: "boolean", nullable: false),
                    sent_by = table.Column<string>(type: "text", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_answers_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "consultations",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conclusion_items",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    lead_agency_key = table.Column<string>(type: "text", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conclusion_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_conclusion_items_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "consultations",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "questions",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_questions_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "consultations",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recipients",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    office = table.Column<string>(type: "text", nullable: false),
                    holder_name = table.Column<string>(type: "text", nullable: true),
                    agency_key = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipients", x => x.id);
                    table.ForeignKey(
                        name: "fk_recipients_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "consultations",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "answer_lines",
                schema: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    answer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answer_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_answer_lines_answers_answer_id",
                        column: x => x.answer_id,
                        principalSchema: "consultations",
                        principalTable: "answers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_answer_lines_questions_question_id",
                        column: x => x.question_id,
                        principalSchema: "consultations",
                        principalTable: "questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_answer_lines_answer_id",
                schema: "consultations",
                table: "answer_lines",
                column: "answer_id");

            migrationBuilder.CreateIndex(
                name: "ix_answer_lines_question_id",
                schema: "consultations",
                table: "answer_lines",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_answers_consultation_id_seat_key_revision",
                schema: "consultations",
                table: "answers",
                columns: new[] { "consultation_id", "seat_key", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_answers_one_current",
                schema: "consultations",
                table: "answers",
                columns: new[] { "consultation_id", "seat_key" },
                unique: true,
                filter: "current");

            migrationBuilder.CreateIndex(
                name: "ix_conclusion_items_consultation_id_number",
                schema: "consultations",
                table: "conclusion_items",
                columns: new[] { "consultation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultations_province_state_deadline",
                schema: "consultations",
                table: "consultations",
                columns: new[] { "province", "state", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_province_year_number",
                schema: "consultations",
                table: "consultations",
                columns: new[] { "province", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_questions_consultation_id_number",
                schema: "consultations",
                table: "questions",
                columns: new[] { "consultation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recipients_consultation_id_seat_key",
                schema: "consultations",
                table: "recipients",
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
                name: "answer_lines",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "conclusion_items",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "recipients",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "answers",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "questions",
                schema: "consultations");

            migrationBuilder.DropTable(
                name: "consultations",
                schema: "consultations");
        }
    }
}
