using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FileText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The files' text is folded by the database (the module folds its other searchable text itself).
            SearchFolding.Create(migrationBuilder, "tasks");

            migrationBuilder.AddColumn<string>(
                name: "text",
                schema: "tasks",
                table: "files",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "tasks",
                table: "files",
                type: "text",
                nullable: false,
                computedColumnSql: "tasks.fold(coalesce(text, '') || ' ' || file_name)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_search_text",
                schema: "tasks",
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
                schema: "tasks",
                table: "files");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "tasks",
                table: "files");

            migrationBuilder.DropColumn(
                name: "text",
                schema: "tasks",
                table: "files");

            SearchFolding.Drop(migrationBuilder, "tasks");
        }
    }
}
