using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActingAndOnBehalfDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "approved_acting_document",
                schema: "meetings",
                table: "notices",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "acting_document",
                schema: "meetings",
                table: "absence_requests",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "entered_for",
                schema: "meetings",
                table: "absence_requests",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "paper_document",
                schema: "meetings",
                table: "absence_requests",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "approved_acting_document",
                schema: "meetings",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "acting_document",
                schema: "meetings",
                table: "absence_requests");

            migrationBuilder.DropColumn(
                name: "entered_for",
                schema: "meetings",
                table: "absence_requests");

            migrationBuilder.DropColumn(
                name: "paper_document",
                schema: "meetings",
                table: "absence_requests");
        }
    }
}
