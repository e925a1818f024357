using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class AssessorProfileConfiguration : IEntityTypeConfiguration<AssessorProfile>
{
    public void Configure(EntityTypeBuilder<AssessorProfile> builder)
    {
        builder.ToTable("CmcAssessorProfiles");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => a.UserId).IsUnique();
        builder.Property(a => a.EmployerIds)
            .HasConversion(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), v => JsonSerializer.Deserialize<List<Guid>>(v, JsonSerializerOptions.Default) ?? new List<Guid>())
            .Metadata.SetValueComparer(new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));
        builder.Property(a => a.DeclaredRelationUserIds)
            .HasConversion(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Default) ?? new List<string>())
            .Metadata.SetValueComparer(new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));
    }
}
