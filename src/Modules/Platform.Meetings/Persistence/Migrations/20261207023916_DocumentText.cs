using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "text",
                schema: "meetings",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "meetings",
                table: "documents",
                type: "text",
                nullable: false,
                computedColumnSql: "meetings.fold(coalesce(text, '') || ' ' || file_name)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_search_text",
                schema: "meetings",
                table: "documents",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_documents_search_text",
                schema: "meetings",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "meetings",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "text",
                schema: "meetings",
                table: "documents");
        }
    }
}
