using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SearchFolding.Create(migrationBuilder, "meetings");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "meetings",
                table: "notice_items",
                type: "text",
                nullable: false,
                computedColumnSql: "meetings.fold(text)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "meetings",
                table: "meetings",
                type: "text",
                nullable: false,
                computedColumnSql: "meetings.fold(title)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_notice_items_search_text",
                schema: "meetings",
                table: "notice_items",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_search_text",
                schema: "meetings",
                table: "meetings",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notice_items_search_text",
                schema: "meetings",
                table: "notice_items");

            migrationBuilder.DropIndex(
                name: "ix_meetings_search_text",
                schema: "meetings",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "meetings",
                table: "notice_items");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "meetings",
                table: "meetings");

            SearchFolding.Drop(migrationBuilder, "meetings");
        }
    }
}
