using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActingDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "acting_document",
                schema: "tasks",
                table: "updates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issued_acting_document",
                schema: "tasks",
                table: "plans",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "acting_document",
                schema: "tasks",
                table: "updates");

            migrationBuilder.DropColumn(
                name: "issued_acting_document",
                schema: "tasks",
                table: "plans");
        }
    }
}
