using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Proposals.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FileText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "text",
                schema: "proposals",
                table: "files",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "proposals",
                table: "files",
                type: "text",
                nullable: false,
                computedColumnSql: "proposals.fold(coalesce(text, '') || ' ' || file_name)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_search_text",
                schema: "proposals",
                table: "files",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_files_search_text",
                schema: "proposals",
                table: "files");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "proposals",
                table: "files");

            migrationBuilder.DropColumn(
                name: "text",
                schema: "proposals",
                table: "files");
        }
    }
}
