using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CeActivityRecordConfiguration : IEntityTypeConfiguration<CeActivityRecord>
{
    public void Configure(EntityTypeBuilder<CeActivityRecord> builder)
    {
        builder.ToTable("CmcCeActivities");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Amount).HasPrecision(9, 2);
        builder.Property(a => a.EvidenceHours).HasPrecision(9, 2);
        builder.Property(a => a.PeopleInvolved).HasMaxLength(500);
        builder.Property(a => a.SelfDeclarationReason).HasMaxLength(1000);
        builder.HasIndex(a => new { a.UserId, a.Start });
    }
}
