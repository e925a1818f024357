using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcDossierDocumentRecordConfiguration : IEntityTypeConfiguration<CmcDossierDocumentRecord>
{
    public void Configure(EntityTypeBuilder<CmcDossierDocumentRecord> builder)
    {
        builder.ToTable("CmcDossierDocuments");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.AddedBy).HasMaxLength(200);
    }
}
