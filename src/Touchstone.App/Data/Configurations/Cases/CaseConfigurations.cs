using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.Cases;
using Touchstone.App.Exams;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Data.Configurations.Cases;

/// <summary>The pure domain case, mapped through its private setters and backing fields.</summary>
internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.SchemeCode).HasMaxLength(32);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.Property(c => c.Subject).HasMaxLength(500);
        builder.Property(c => c.Motivation).HasMaxLength(8000);
        builder.Property(c => c.FollowUp).HasMaxLength(4000);
        builder.Ignore(c => c.IsOpen);
        builder.HasIndex(c => c.State);
        builder.HasIndex(c => c.ReceivedOn);
        builder.HasIndex(c => c.AppealedCaseId);

        builder.OwnsMany(c => c.History, history =>
        {
            history.ToTable("CaseHistory");
            history.WithOwner().HasForeignKey("CaseId");
            history.Property<int>("Id");
            history.HasKey("Id");
            history.Property(h => h.Actor).HasMaxLength(200);
            history.Property(h => h.Note).HasMaxLength(8000);
        });
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");

        builder.OwnsMany(c => c.InadmissibilityReasons, reasons =>
        {
            reasons.ToTable("CaseInadmissibilityReasons");
            reasons.WithOwner().HasForeignKey("CaseId");
            reasons.Property<int>("Id");
            reasons.HasKey("Id");
            reasons.Property(r => r.Code).HasMaxLength(100);
            reasons.Property(r => r.Message).HasMaxLength(1000);
            reasons.Property(r => r.Rule).HasMaxLength(200);
            reasons.Property(r => r.Args).HasConversion(new DomainErrorArgsConverter(), DomainErrorArgsConverter.Comparer).HasMaxLength(1000);
        });
        builder.Navigation(c => c.InadmissibilityReasons).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_inadmissibilityReasons");
    }
}

internal sealed class CaseDossierConfiguration : IEntityTypeConfiguration<CaseDossier>
{
    public void Configure(EntityTypeBuilder<CaseDossier> builder)
    {
        builder.ToTable("CaseDossiers");
        builder.HasOne(d => d.Case).WithOne().HasForeignKey<CaseDossier>(d => d.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Reference).HasMaxLength(20);
        builder.HasIndex(d => d.Reference).IsUnique();
        builder.Property(d => d.SubmitterName).HasMaxLength(200);
        builder.Property(d => d.SubmitterEmail).HasMaxLength(320);
        builder.Property(d => d.SubmitterAddress).HasMaxLength(500);
        builder.Property(d => d.SubmitterPhone).HasMaxLength(50);
        builder.Property(d => d.Description).HasMaxLength(8000);
        builder.Property(d => d.ExamReference).HasMaxLength(100);
        builder.Property(d => d.CandidateReference).HasMaxLength(100);
        builder.Property(d => d.ComponentCode).HasMaxLength(50);
        builder.Property(d => d.OriginalResult).HasMaxLength(20);
        builder.Property(d => d.NewResult).HasMaxLength(20);
        builder.Property(d => d.RemarkerId).HasMaxLength(200);
        builder.Property(d => d.RemarkerName).HasMaxLength(200);
        builder.Property(d => d.ChecklistJson).HasMaxLength(8000);
        builder.HasIndex(d => d.ExamReference);
        builder.HasOne<SessionRegistration>().WithMany().HasForeignKey(d => d.ExamRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExamComponentResult>().WithMany().HasForeignKey(d => d.ExamComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CmcApplicationRecord>().WithMany().HasForeignKey(d => d.CmcApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseDesignationConfiguration : IEntityTypeConfiguration<CaseDesignation>
{
    public void Configure(EntityTypeBuilder<CaseDesignation> builder)
    {
        builder.ToTable("CaseDesignations");
        builder.Property(d => d.UserId).HasMaxLength(200);
        builder.Property(d => d.DesignatedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.CaseId, d.UserId }).IsUnique();
        builder.HasOne<CaseDossier>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
