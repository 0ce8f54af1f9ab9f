using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        private static readonly string[] Tables = ["reminder_runs", "reminders_sent"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reminder_runs",
                schema: "notifications",
                columns: table => new
                {
                    province = table.Column<string>(type: "text", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    ran_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminded = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminder_runs", x => new { x.province, x.day });
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "notifications",
                columns: table => new
                {
                    province = table.Column<string>(type: "text", nullable: false),
                    deadline_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => new { x.province, x.deadline_key, x.due, x.stage });
                });

            RowLevelSecurity.Enable(migrationBuilder, "notifications", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "notifications", Tables);

            migrationBuilder.DropTable(
                name: "reminder_runs",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "notifications");
        }
    }
}
