using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Briefings : Migration
    {
        private static readonly string[] Tables = ["briefings", "briefing_contents"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "briefings",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: true),
                    content_type = table.Column<string>(type: "text", nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    sha256 = table.Column<string>(type: "text", nullable: true),
                    sent_by = table.Column<string>(type: "text", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_briefings", x => x.id);
                    table.ForeignKey(
                        name: "fk_briefings_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "briefing_contents",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_briefing_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_briefing_contents_briefings_id",
                        column: x => x.id,
                        principalSchema: "meetings",
                        principalTable: "briefings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_briefings_meeting_id_seat_key",
                schema: "meetings",
                table: "briefings",
                columns: new[] { "meeting_id", "seat_key" });

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "meetings", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP POLICY IF EXISTS province_isolation ON meetings.{table};");
            }

            migrationBuilder.DropTable(
                name: "briefing_contents",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "briefings",
                schema: "meetings");
        }
    }
}
