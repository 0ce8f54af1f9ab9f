using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgendaAndMinutesSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "minutes_search_text",
                schema: "meetings",
                table: "meetings",
                type: "text",
                nullable: false,
                computedColumnSql: "meetings.fold(coalesce(minutes, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "meetings",
                table: "agenda_items",
                type: "text",
                nullable: false,
                computedColumnSql: "meetings.fold(title || ' ' || coalesce(presenter, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_minutes_search_text",
                schema: "meetings",
                table: "meetings",
                column: "minutes_search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_search_text",
                schema: "meetings",
                table: "agenda_items",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_meetings_minutes_search_text",
                schema: "meetings",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_agenda_items_search_text",
                schema: "meetings",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "minutes_search_text",
                schema: "meetings",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "meetings",
                table: "agenda_items");
        }
    }
}
