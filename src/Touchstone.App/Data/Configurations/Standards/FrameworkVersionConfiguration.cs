using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.Standards;

namespace Touchstone.App.Data.Configurations.Standards;

internal sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(64);
        builder.Property(f => f.VersionLabel).HasMaxLength(32);
        builder.Property(f => f.Title).HasMaxLength(300);
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.ImportedBy).HasMaxLength(200);
        builder.Ignore(f => f.Key);
        builder.HasIndex(f => new { f.Code, f.VersionLabel }).IsUnique();
    }
}
