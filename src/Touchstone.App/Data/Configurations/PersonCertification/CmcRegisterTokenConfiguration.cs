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
        builder.Property(t => t.NameKey).HasMaxLength(200);
        builder.Property(t => t.Number).HasMaxLength(32);
        // Prefix search: Token >= 'q' AND Token < 'r' walks this index, which also holds what the result is sorted by.
        builder.HasIndex(t => new { t.Token, t.NameKey, t.Number, t.CertificateId });
        // Further words of the query: does this certificate have a token starting with them?
        builder.HasIndex(t => new { t.CertificateId, t.Token });
    }
}
