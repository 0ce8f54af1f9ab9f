using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Inspections.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FileText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The province's search: missions (subject, closing notice), findings, recommendations and the documents'
            // text, folded by the database.
            SearchFolding.Create(migrationBuilder, "inspections");

            migrationBuilder.AddColumn<string>(
                name: "text",
                schema: "inspections",
                table: "files",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "inspections",
                table: "recommendations",
                type: "text",
                nullable: false,
                computedColumnSql: "inspections.fold(text)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "inspections",
                table: "missions",
                type: "text",
                nullable: false,
                computedColumnSql: "inspections.fold(subject || ' ' || coalesce(notice_text, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "inspections",
                table: "inspected_agencies",
                type: "text",
                nullable: false,
                computedColumnSql: "inspections.fold(coalesce(findings, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "inspections",
                table: "files",
                type: "text",
                nullable: false,
                computedColumnSql: "inspections.fold(coalesce(text, '') || ' ' || file_name)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_search_text",
                schema: "inspections",
                table: "recommendations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_missions_search_text",
                schema: "inspections",
                table: "missions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_inspected_agencies_search_text",
                schema: "inspections",
                table: "inspected_agencies",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_files_search_text",
                schema: "inspections",
                table: "files",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_recommendations_search_text",
                schema: "inspections",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "ix_missions_search_text",
                schema: "inspections",
                table: "missions");

            migrationBuilder.DropIndex(
                name: "ix_inspected_agencies_search_text",
                schema: "inspections",
                table: "inspected_agencies");

            migrationBuilder.DropIndex(
                name: "ix_files_search_text",
                schema: "inspections",
                table: "files");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "inspections",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "inspections",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "inspections",
                table: "inspected_agencies");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "inspections",
                table: "files");

            migrationBuilder.DropColumn(
                name: "text",
                schema: "inspections",
                table: "files");

            SearchFolding.Drop(migrationBuilder, "inspections");
        }
    }
}
