using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcRegisterTokenConfiguration : IEntityTypeConfiguration<CmcRegisterToken>
{
    public void Configure(EntityTypeBuilder<CmcRegisterToken> builder)
    {
        builder.ToTable("CmcRegisterTokens");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(t => t.Token).HasMaxLength(100);
        builder.Property(t => t.PrevToken).HasMaxLength(100);
        builder.Property(t => t.Words).HasMaxLength(500);
        builder.Property(t => t.NameKey).HasMaxLength(200);
        builder.Property(t => t.Number).HasMaxLength(32);
        // A search walks one range of this index (Token >= 'vrie' AND Token < 'vrif') in its order and reads everything it
        // filters on and sorts by from the index entry itself: no probe per row, no sort before the result limit.
        builder.HasIndex(t => new { t.Token, t.NameKey, t.Number, t.CertificateId, t.PrevToken, t.Words }).HasDatabaseName("IX_CmcRegisterTokens_Search");
        builder.HasIndex(t => t.CertificateId);
    }
}
