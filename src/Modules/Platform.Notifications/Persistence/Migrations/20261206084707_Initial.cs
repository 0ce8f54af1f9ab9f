using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["outbox", "inbox", "deliveries"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "notifications");

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    link = table.Column<string>(type: "text", nullable: true),
                    seat_keys = table.Column<string[]>(type: "text[]", nullable: false),
                    agency_keys = table.Column<string[]>(type: "text[]", nullable: false),
                    roles = table.Column<string[]>(type: "text[]", nullable: false),
                    attachment_name = table.Column<string>(type: "text", nullable: true),
                    attachment_type = table.Column<string>(type: "text", nullable: true),
                    attachment = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_name = table.Column<string>(type: "text", nullable: false),
                    address = table.Column<string>(type: "text", nullable: true),
                    mail_message_id = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_deliveries_outbox_message_id",
                        column: x => x.message_id,
                        principalSchema: "notifications",
                        principalTable: "outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    link = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox", x => x.id);
                    table.ForeignKey(
                        name: "fk_inbox_outbox_message_id",
                        column: x => x.message_id,
                        principalSchema: "notifications",
                        principalTable: "outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_mail_message_id",
                schema: "notifications",
                table: "deliveries",
                column: "mail_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_message_id_account_id",
                schema: "notifications",
                table: "deliveries",
                columns: new[] { "message_id", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_province_state_next_attempt_at",
                schema: "notifications",
                table: "deliveries",
                columns: new[] { "province", "state", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_message_id_account_id",
                schema: "notifications",
                table: "inbox",
                columns: new[] { "message_id", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_province_account_id_read_at",
                schema: "notifications",
                table: "inbox",
                columns: new[] { "province", "account_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_province_created_at",
                schema: "notifications",
                table: "outbox",
                columns: new[] { "province", "created_at" });

            // The application role sees only the province its connection acts for (app.province); the background
            // sender acts for each province in turn.
            RowLevelSecurity.Enable(migrationBuilder, "notifications", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "notifications", Tables);

            migrationBuilder.DropTable(
                name: "deliveries",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "notifications");
        }
    }
}
