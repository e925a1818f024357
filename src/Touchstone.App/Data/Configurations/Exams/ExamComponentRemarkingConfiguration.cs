using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Touchstone.App.Exams;

namespace Touchstone.App.Data.Configurations.Exams;

internal sealed class ExamComponentRemarkingConfiguration : IEntityTypeConfiguration<ExamComponentRemarking>
{
    public void Configure(EntityTypeBuilder<ExamComponentRemarking> builder)
    {
        builder.Property(r => r.CaseReference).HasMaxLength(20);
        builder.Property(r => r.RemarkerId).HasMaxLength(64);
        builder.HasIndex(r => r.ComponentId);
        builder.HasOne<ExamComponentResult>().WithMany().HasForeignKey(r => r.ComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}
