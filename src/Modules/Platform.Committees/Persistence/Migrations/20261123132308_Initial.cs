using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Committees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "committees");

            migrationBuilder.CreateTable(
                name: "agencies",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    short_name = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agencies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committees",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    short_name = table.Column<string>(type: "text", nullable: false),
                    founding_number = table.Column<string>(type: "text", nullable: true),
                    founding_date = table.Column<DateOnly>(type: "date", nullable: true),
                    founding_signer = table.Column<string>(type: "text", nullable: true),
                    founding_title = table.Column<string>(type: "text", nullable: true),
                    regulation_number = table.Column<string>(type: "text", nullable: true),
                    regulation_date = table.Column<DateOnly>(type: "date", nullable: true),
                    regulation_signer = table.Column<string>(type: "text", nullable: true),
                    regulation_title = table.Column<string>(type: "text", nullable: true),
                    replaces_number = table.Column<string>(type: "text", nullable: true),
                    replaces_date = table.Column<DateOnly>(type: "date", nullable: true),
                    replaces_signer = table.Column<string>(type: "text", nullable: true),
                    replaces_title = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bodies",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    article = table.Column<string>(type: "text", nullable: false),
                    lead_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_general = table.Column<bool>(type: "boolean", nullable: false),
                    portfolio = table.Column<string>(type: "text", nullable: true),
                    seal_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    seal_article = table.Column<string>(type: "text", nullable: true),
                    member_seat_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    duties = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bodies", x => x.id);
                    table.ForeignKey(
                        name: "fk_bodies_agencies_lead_agency_id",
                        column: x => x.lead_agency_id,
                        principalSchema: "committees",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bodies_agencies_seal_agency_id",
                        column: x => x.seal_agency_id,
                        principalSchema: "committees",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "seats",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    office = table.Column<string>(type: "text", nullable: false),
                    article = table.Column<string>(type: "text", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    portfolios = table.Column<List<string>>(type: "text[]", nullable: false),
                    seal_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    seal_article = table.Column<string>(type: "text", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    order = table.Column<int>(type: "integer", nullable: false),
                    origin = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    duties = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seats", x => x.id);
                    table.ForeignKey(
                        name: "fk_seats_agencies_agency_id",
                        column: x => x.agency_id,
                        principalSchema: "committees",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_seats_agencies_seal_agency_id",
                        column: x => x.seal_agency_id,
                        principalSchema: "committees",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    seat_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    appointed_by_number = table.Column<string>(type: "text", nullable: true),
                    appointed_by_date = table.Column<DateOnly>(type: "date", nullable: true),
                    appointed_by_signer = table.Column<string>(type: "text", nullable: true),
                    appointed_by_title = table.Column<string>(type: "text", nullable: true),
                    ended_by_number = table.Column<string>(type: "text", nullable: true),
                    ended_by_date = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_by_signer = table.Column<string>(type: "text", nullable: true),
                    ended_by_title = table.Column<string>(type: "text", nullable: true),
                    end_kind = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "committees",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_seats_seat_id",
                        column: x => x.seat_id,
                        principalSchema: "committees",
                        principalTable: "seats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_province_key",
                schema: "committees",
                table: "agencies",
                columns: new[] { "province", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_person_id",
                schema: "committees",
                table: "appointments",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_province_seat_id_from",
                schema: "committees",
                table: "appointments",
                columns: new[] { "province", "seat_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_seat_id",
                schema: "committees",
                table: "appointments",
                column: "seat_id");

            migrationBuilder.CreateIndex(
                name: "ix_bodies_lead_agency_id",
                schema: "committees",
                table: "bodies",
                column: "lead_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_bodies_province_key",
                schema: "committees",
                table: "bodies",
                columns: new[] { "province", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bodies_seal_agency_id",
                schema: "committees",
                table: "bodies",
                column: "seal_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_committees_province",
                schema: "committees",
                table: "committees",
                column: "province",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seats_agency_id",
                schema: "committees",
                table: "seats",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_seats_province_key",
                schema: "committees",
                table: "seats",
                columns: new[] { "province", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seats_seal_agency_id",
                schema: "committees",
                table: "seats",
                column: "seal_agency_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments",
                schema: "committees");

            migrationBuilder.DropTable(
                name: "bodies",
                schema: "committees");

            migrationBuilder.DropTable(
                name: "committees",
                schema: "committees");

            migrationBuilder.DropTable(
                name: "people",
                schema: "committees");

            migrationBuilder.DropTable(
                name: "seats",
                schema: "committees");

            migrationBuilder.DropTable(
                name: "agencies",
                schema: "committees");
        }
    }
}
