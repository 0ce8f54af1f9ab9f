using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProgressSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchFolding.Create(migrationBuilder, "tasks");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "tasks",
                table: "updates",
                type: "text",
                nullable: false,
                computedColumnSql: "tasks.fold(coalesce(text, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_updates_search_text",
                schema: "tasks",
                table: "updates",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_updates_search_text",
                schema: "tasks",
                table: "updates");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "tasks",
                table: "updates");

            SearchFolding.Drop(migrationBuilder, "tasks");
        }
    }
}
