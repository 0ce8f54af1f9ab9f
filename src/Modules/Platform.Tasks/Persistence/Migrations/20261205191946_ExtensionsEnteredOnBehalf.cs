using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExtensionsEnteredOnBehalf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "entered_for",
                schema: "tasks",
                table: "updates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "paper_document",
                schema: "tasks",
                table: "updates",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "entered_for",
                schema: "tasks",
                table: "updates");

            migrationBuilder.DropColumn(
                name: "paper_document",
                schema: "tasks",
                table: "updates");
        }
    }
}
