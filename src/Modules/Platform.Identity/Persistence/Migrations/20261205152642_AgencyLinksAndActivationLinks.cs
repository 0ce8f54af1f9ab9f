using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgencyLinksAndActivationLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_grants_account_id_province_role",
                schema: "identity",
                table: "grants");

            migrationBuilder.AddColumn<string>(
                name: "agency_key",
                schema: "identity",
                table: "grants",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activation_links",
                schema: "identity",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activation_links", x => x.account_id);
                    table.ForeignKey(
                        name: "fk_activation_links_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "identity",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grants_account_id_province_role_seat_key_agency_key",
                schema: "identity",
                table: "grants",
                columns: new[] { "account_id", "province", "role", "seat_key", "agency_key" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_activation_links_token_hash",
                schema: "identity",
                table: "activation_links",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activation_links",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "ix_grants_account_id_province_role_seat_key_agency_key",
                schema: "identity",
                table: "grants");

            migrationBuilder.DropColumn(
                name: "agency_key",
                schema: "identity",
                table: "grants");

            migrationBuilder.CreateIndex(
                name: "ix_grants_account_id_province_role",
                schema: "identity",
                table: "grants",
                columns: new[] { "account_id", "province", "role" },
                unique: true);
        }
    }
}
