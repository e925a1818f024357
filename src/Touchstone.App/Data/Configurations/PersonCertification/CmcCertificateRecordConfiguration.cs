using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcCertificateRecordConfiguration : IEntityTypeConfiguration<CmcCertificateRecord>
{
    public void Configure(EntityTypeBuilder<CmcCertificateRecord> builder)
    {
        builder.ToTable("CmcCertificates");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.Property(c => c.HolderUserId).HasMaxLength(64);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.NameKey).HasMaxLength(200);
        builder.Property(c => c.Town).HasMaxLength(100);
        builder.Property(c => c.StatusReason).HasMaxLength(1000);
        builder.Property(c => c.RemindersSent).HasMaxLength(50);
        builder.Ignore(c => c.RemindersSentMonths);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.HolderUserId);
        // The register lists by name; the expiry overview and reminders by end date.
        builder.HasIndex(c => new { c.NameKey, c.Number, c.RegisteredAt });
        builder.HasIndex(c => c.ValidUntil);
        builder.HasMany(c => c.Tokens).WithOne().HasForeignKey(t => t.CertificateId);
    }
}
