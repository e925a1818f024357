using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.PersonCertification;

namespace Touchstone.App.Data.Configurations.PersonCertification;

internal sealed class CmcApplicationRecordConfiguration : IEntityTypeConfiguration<CmcApplicationRecord>
{
    public void Configure(EntityTypeBuilder<CmcApplicationRecord> builder)
    {
        builder.ToTable("CmcApplications");
        // Ids are made by the entity itself, so a new child found through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.CandidateUserId).HasMaxLength(64);
        builder.Property(a => a.CandidateName).HasMaxLength(200);
        builder.Property(a => a.CandidateEmail).HasMaxLength(320);
        builder.Property(a => a.CandidateTown).HasMaxLength(100);
        builder.Property(a => a.Assessor1UserId).HasMaxLength(64);
        builder.Property(a => a.Assessor2UserId).HasMaxLength(64);
        builder.Property(a => a.DecisionMakerUserId).HasMaxLength(64);
        builder.Property(a => a.CertificateNumber).HasMaxLength(32);
        builder.Property(a => a.AssessmentAddress).HasMaxLength(300);
        builder.Property(a => a.AssessmentVideoLink).HasMaxLength(500);
        builder.Ignore(a => a.AssessorUserIds);
        builder.HasIndex(a => a.CandidateUserId);
        builder.HasIndex(a => a.State);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.ApplicationId);
    }
}
