using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Touchstone.App.Exams;

namespace Touchstone.App.Data.Configurations.Exams;

/// <summary>Small value lists stored as JSON text, so SQLite and PostgreSQL behave alike.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            new ValueConverter<List<T>, string>(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null) ?? new List<T>()),
            new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));

    public static PropertyBuilder<List<T>?> AsNullableJson<T>(this PropertyBuilder<List<T>?> property) =>
        property.HasConversion(
            new ValueConverter<List<T>?, string?>(v => v == null ? null : JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => v == null ? null : JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null)),
            new ValueComparer<List<T>?>((a, b) => a == null ? b == null : b != null && a.SequenceEqual(b), v => v == null ? 0 : v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v == null ? null : v.ToList()));
}

internal sealed class ExamSessionConfiguration : IEntityTypeConfiguration<ExamSession>
{
    public void Configure(EntityTypeBuilder<ExamSession> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Scheme).HasMaxLength(32);
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.ExaminerUserId).HasMaxLength(64);
        builder.Property(s => s.Fee).HasPrecision(10, 2);
        builder.Property(s => s.ResultsTermReason).HasMaxLength(1000);
    }
}

internal sealed class ExamCandidateConfiguration : IEntityTypeConfiguration<ExamCandidate>
{
    public void Configure(EntityTypeBuilder<ExamCandidate> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.HasIndex(c => c.Email);
        builder.Property(c => c.FraudFinding).HasMaxLength(2000);
    }
}

internal sealed class SessionRegistrationConfiguration : IEntityTypeConfiguration<SessionRegistration>
{
    public void Configure(EntityTypeBuilder<SessionRegistration> builder)
    {
        builder.Property(r => r.CandidateNumber).HasMaxLength(40);
        builder.HasIndex(r => r.CandidateNumber).IsUnique();
        builder.HasIndex(r => new { r.SessionId, r.CandidateId });
        builder.HasOne<ExamSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExamCandidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.RegisteredBy).HasMaxLength(200);
        builder.Property(r => r.Refund).HasPrecision(10, 2);
        builder.Property(r => r.AmountDue).HasPrecision(10, 2);
        builder.Property(r => r.AccommodationAlternativeForm).HasMaxLength(500);
        builder.Property(r => r.AccommodationStatement).HasMaxLength(RowAccommodation.StatementMaxLength);
        builder.Property(r => r.AccommodationDecidedBy).HasMaxLength(200);
        builder.Property(r => r.TheoryAnswers).HasMaxLength(200);
        // The log reads the lines kept before it was structured too (ExamDayIncident.FromLine); the column stays JSON text.
        builder.Property(r => r.Incidents).HasConversion(
            new ValueConverter<List<ExamDayIncident>, string>(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), v => ExamDayIncident.ReadAll(v)),
            new ValueComparer<List<ExamDayIncident>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));
        builder.Property(r => r.DataCorrections).HasMaxLength(1000);
        builder.Ignore(r => r.ApprovedExtraMinutes);
        builder.HasMany(r => r.Components).WithOne().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionRequestConfiguration : IEntityTypeConfiguration<InspectionRequest>
{
    public void Configure(EntityTypeBuilder<InspectionRequest> builder)
    {
        builder.HasIndex(i => i.RegistrationId);
        builder.HasIndex(i => i.Status);
        builder.HasOne<SessionRegistration>().WithMany().HasForeignKey(i => i.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Components).AsJson();
        builder.Property(i => i.Place).HasMaxLength(200);
        builder.Property(i => i.Notes).HasMaxLength(2000);
        builder.Property(i => i.RefusalReason).HasMaxLength(1000);
        builder.Property(i => i.HandledBy).HasMaxLength(200);
    }
}

internal sealed class ExamComponentResultConfiguration : IEntityTypeConfiguration<ExamComponentResult>
{
    public void Configure(EntityTypeBuilder<ExamComponentResult> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => new { c.RegistrationId, c.Code }).IsUnique();
        builder.Property(c => c.FirstMarkerId).HasMaxLength(64);
        builder.Property(c => c.SecondMarkerId).HasMaxLength(64);
        builder.Property(c => c.AssignedMarkerId).HasMaxLength(64);
        builder.Property(c => c.AssignedSecondMarkerId).HasMaxLength(64);
        builder.Property(c => c.DecisionGrounds).HasMaxLength(2000);
        builder.Property(c => c.FirstPoints).AsNullableJson();
        builder.Property(c => c.SecondPoints).AsNullableJson();
        builder.Property(c => c.CriteriaMet).AsNullableJson();
    }
}

internal sealed class DiplomaConfiguration : IEntityTypeConfiguration<Diploma>
{
    public void Configure(EntityTypeBuilder<Diploma> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(40);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.RegistrationId).IsUnique();
        builder.Property(d => d.HolderName).HasMaxLength(200);
        builder.Property(d => d.RevocationReason).HasMaxLength(2000);
        builder.Property(d => d.DuplicateStatementFees).HasPrecision(10, 2);
    }
}

internal sealed class CommitteeMembershipConfiguration : IEntityTypeConfiguration<CommitteeMembership>
{
    public void Configure(EntityTypeBuilder<CommitteeMembership> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.UserId).HasMaxLength(64);
        builder.HasOne<IndependenceStatement>().WithMany().HasForeignKey(m => m.IndependenceStatementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConstructionTeamMembershipConfiguration : IEntityTypeConfiguration<ConstructionTeamMembership>
{
    public void Configure(EntityTypeBuilder<ConstructionTeamMembership> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.Name);
        builder.Property(m => m.UserId).HasMaxLength(64);
        builder.HasIndex(m => m.UserId);
        builder.HasOne<IndependenceStatement>().WithMany().HasForeignKey(m => m.IndependenceStatementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndependenceStatementConfiguration : IEntityTypeConfiguration<IndependenceStatement>
{
    public void Configure(EntityTypeBuilder<IndependenceStatement> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.Property(s => s.InstituteRelation).HasMaxLength(200);
        builder.Property(s => s.CandidatesInCircle).AsJson();
    }
}
