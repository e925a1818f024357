using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.Assessments;

namespace Touchstone.App.Data.Configurations.Assessments;

internal sealed class AssessmentRecordConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> builder)
    {
        builder.ToTable("Assessments");
        builder.Property(a => a.SubjectId).HasMaxLength(64);
        builder.Property(a => a.SubjectName).HasMaxLength(200);
        builder.Property(a => a.FrameworkCode).HasMaxLength(64);
        builder.Property(a => a.FrameworkVersion).HasMaxLength(32);
        builder.Property(a => a.ScaleCode).HasMaxLength(64);
        builder.Property(a => a.RaterId).HasMaxLength(64);
        builder.Property(a => a.RaterName).HasMaxLength(200);
        builder.Property(a => a.Cycle).HasMaxLength(32);
        builder.Property(a => a.Team).HasMaxLength(100);
        builder.Ignore(a => a.FrameworkKey);

        // One assessment per rater, subject, framework version and cycle: raters never share (and overwrite) one.
        builder.HasIndex(a => new { a.SubjectKind, a.SubjectId, a.FrameworkCode, a.FrameworkVersion, a.RaterId, a.Cycle }).IsUnique();
        builder.HasIndex(a => new { a.Team, a.FrameworkCode, a.State });
    }
}

internal sealed class DevelopmentPlanRecordConfiguration : IEntityTypeConfiguration<DevelopmentPlanRecord>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanRecord> builder)
    {
        builder.ToTable("DevelopmentPlans");
        builder.Property(p => p.PersonId).HasMaxLength(64);
        builder.Property(p => p.ProfileName).HasMaxLength(100);
        builder.HasIndex(p => p.AssessmentId).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}
