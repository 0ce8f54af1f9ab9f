using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Consultations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchFolding.Create(migrationBuilder, "consultations");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "consultations",
                table: "consultations",
                type: "text",
                nullable: false,
                computedColumnSql: "consultations.fold(subject || ' ' || coalesce(details, '') || ' ' || coalesce(synthesis, '') || ' ' || coalesce(conclusion, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultations_search_text",
                schema: "consultations",
                table: "consultations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_consultations_search_text",
                schema: "consultations",
                table: "consultations");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "consultations",
                table: "consultations");

            SearchFolding.Drop(migrationBuilder, "consultations");
        }
    }
}
