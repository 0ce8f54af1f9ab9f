using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Consultations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecipientGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "recipient_group",
                schema: "consultations",
                table: "consultations",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recipient_group",
                schema: "consultations",
                table: "consultations");
        }
    }
}
