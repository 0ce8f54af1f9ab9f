using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchFolding.Create(migrationBuilder, "reporting");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "reporting",
                table: "submissions",
                type: "text",
                nullable: false,
                computedColumnSql: "reporting.fold(coalesce(full_results, '') || ' ' || coalesce(full_shortcomings, '') || ' ' || coalesce(full_causes, '') || ' ' || coalesce(full_tasks_and_solutions, '') || ' ' || coalesce(full_proposals, '') || ' ' || coalesce(summary_results, '') || ' ' || coalesce(summary_shortcomings, '') || ' ' || coalesce(summary_causes, '') || ' ' || coalesce(summary_tasks_and_solutions, '') || ' ' || coalesce(summary_proposals, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_search_text",
                schema: "reporting",
                table: "submissions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_search_text",
                schema: "reporting",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "reporting",
                table: "submissions");

            SearchFolding.Drop(migrationBuilder, "reporting");
        }
    }
}
