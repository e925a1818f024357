using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.Organisations;

namespace Touchstone.App.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Town).HasMaxLength(100);
        builder.Property(o => o.ChamberOfCommerceNumber).HasMaxLength(8);
        builder.Property(o => o.Website).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
