using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexAims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "aim_index_key",
                schema: "tasks",
                table: "tasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "aim_pillar",
                schema: "tasks",
                table: "tasks",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_province_aim_index_key",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "aim_index_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_province_aim_index_key",
                schema: "tasks",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "aim_index_key",
                schema: "tasks",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "aim_pillar",
                schema: "tasks",
                table: "tasks");
        }
    }
}
