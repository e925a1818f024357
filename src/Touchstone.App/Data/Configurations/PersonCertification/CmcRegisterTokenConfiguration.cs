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
        // Prefix search: Token >= 'q' AND Token < 'r' walks this index.
        builder.HasIndex(t => new { t.Token, t.CertificateId });
    }
}
