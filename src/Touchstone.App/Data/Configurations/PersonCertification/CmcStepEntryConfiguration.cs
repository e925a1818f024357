using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcStepEntryConfiguration : IEntityTypeConfiguration<CmcStepEntry>
{
    public void Configure(EntityTypeBuilder<CmcStepEntry> builder)
    {
        builder.ToTable("CmcApplicationSteps");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(s => s.ActorUserId).HasMaxLength(64);
        builder.Property(s => s.Note).HasMaxLength(2000);
    }
}
