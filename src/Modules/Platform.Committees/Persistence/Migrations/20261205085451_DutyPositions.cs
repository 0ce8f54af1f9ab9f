using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Committees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DutyPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Duties live in jsonb: the new position needs no column. The start-up synchronisation writes it into every
            // seat's and body's duties once (they differ from the pack's until then), and writes nothing after that.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
