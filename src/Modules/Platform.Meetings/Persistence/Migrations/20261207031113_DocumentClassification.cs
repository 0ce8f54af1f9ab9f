using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "classification",
                schema: "meetings",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "kept_at",
                schema: "meetings",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_documents_secret_has_no_file",
                schema: "meetings",
                table: "documents",
                sql: "classification < 2 or (size = 0 and sha256 = '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_documents_secret_has_no_file",
                schema: "meetings",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "classification",
                schema: "meetings",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "kept_at",
                schema: "meetings",
                table: "documents");
        }
    }
}
