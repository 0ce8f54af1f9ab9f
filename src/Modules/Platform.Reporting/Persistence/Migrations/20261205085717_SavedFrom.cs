using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SavedFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "saved_from",
                schema: "reporting",
                table: "submissions",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "saved_from",
                schema: "reporting",
                table: "submissions");
        }
    }
}
