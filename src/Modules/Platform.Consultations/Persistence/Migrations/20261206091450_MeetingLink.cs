using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Consultations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MeetingLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "meeting_id",
                schema: "consultations",
                table: "consultations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "meeting_title",
                schema: "consultations",
                table: "consultations",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "meeting_id",
                schema: "consultations",
                table: "consultations");

            migrationBuilder.DropColumn(
                name: "meeting_title",
                schema: "consultations",
                table: "consultations");
        }
    }
}
