using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcStepEntryConfiguration : IEntityTypeConfiguration<CmcStepEntry>
{
    public void Configure(EntityTypeBuilder<CmcStepEntry> builder)
    {
        builder.ToTable("CmcApplicationSteps");
        builder.Property(s => s.ActorUserId).HasMaxLength(64);
        builder.Property(s => s.Note).HasMaxLength(2000);
    }
}
