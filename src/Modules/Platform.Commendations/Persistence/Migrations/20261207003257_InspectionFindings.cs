using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Commendations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InspectionFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "inspection_findings",
                schema: "commendations",
                table: "nominations",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "inspection_findings",
                schema: "commendations",
                table: "nominations");
        }
    }
}
