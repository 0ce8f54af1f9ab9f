using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DoneByCompletionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tasks_done_by_completion",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "completed_on" },
                filter: "progress = 2")
                .Annotation("Npgsql:IndexInclude", new[] { "due", "progress" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_done_by_completion",
                schema: "tasks",
                table: "tasks");
        }
    }
}
