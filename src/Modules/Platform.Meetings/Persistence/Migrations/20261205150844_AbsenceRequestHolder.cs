using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AbsenceRequestHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "holder_name",
                schema: "meetings",
                table: "absence_requests",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "holder_name",
                schema: "meetings",
                table: "absence_requests");
        }
    }
}
