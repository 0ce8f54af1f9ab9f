using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Committees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActingSpans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acting_spans",
                schema: "committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    seat_key = table.Column<string>(type: "text", nullable: false),
                    acting_seat_key = table.Column<string>(type: "text", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: false),
                    document_number = table.Column<string>(type: "text", nullable: true),
                    document_date = table.Column<DateOnly>(type: "date", nullable: true),
                    document_signer = table.Column<string>(type: "text", nullable: true),
                    document_title = table.Column<string>(type: "text", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    on_behalf_of = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acting_spans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acting_spans_province_acting_seat_key_from",
                schema: "committees",
                table: "acting_spans",
                columns: new[] { "province", "acting_seat_key", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_acting_spans_province_seat_key_from",
                schema: "committees",
                table: "acting_spans",
                columns: new[] { "province", "seat_key", "from" });

            // Province-owned like every committees table: forced row-level security on the province key.
            Platform.Core.Persistence.RowLevelSecurity.Enable(migrationBuilder, "committees", "acting_spans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acting_spans",
                schema: "committees");
        }
    }
}
