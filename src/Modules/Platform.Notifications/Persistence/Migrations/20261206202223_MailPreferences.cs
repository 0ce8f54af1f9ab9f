using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MailPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "mail_only",
                schema: "notifications",
                table: "outbox",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "mail_preferences",
                schema: "notifications",
                columns: table => new
                {
                    province = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    daily_digest = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_preferences", x => new { x.province, x.account_id });
                });

            RowLevelSecurity.Enable(migrationBuilder, "notifications", ["mail_preferences"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "notifications", ["mail_preferences"]);

            migrationBuilder.DropTable(
                name: "mail_preferences",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "mail_only",
                schema: "notifications",
                table: "outbox");
        }
    }
}
