namespace Touchstone.Domain.Common;

/// <summary>
/// A named, expected rule failure. <see cref="Code"/> is stable (used for resource lookup and API
/// problem types); <see cref="Rule"/> cites the seed article the rule comes from.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is the English text. When it holds values, <see cref="Args"/> carries them in the
/// order of a translation's placeholders ({0}, {1}, ...), so the interface can show the message in the user's
/// language: dates and enum values stay typed (the interface formats them); a sequence is shown as alternatives
/// ("A or B").
/// </remarks>
public sealed record DomainError(string Code, string Message, string? Rule = null)
{
    /// <summary>The values in <see cref="Message"/>, in placeholder order; empty for a fixed message.</summary>
    public IReadOnlyList<object?> Args { get; init; } = [];

    public bool Equals(DomainError? other) =>
        other is not null && Code == other.Code && Message == other.Message && Rule == other.Rule && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Code, Message, Rule, Args.Count);

    public override string ToString() => Rule is null ? $"{Code}: {Message}" : $"{Code}: {Message} ({Rule})";
}

/// <summary>Outcome of a domain operation: a value, or one or more named errors. Expected failures are values.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("No value: the result failed with " + string.Join("; ", Errors));

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params DomainError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(default, errors);
    }

    public static Result<T> Failure(IEnumerable<DomainError> errors) => Failure(errors.ToArray());

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(DomainError error) => Failure(error);
}

/// <summary>Outcome of a domain operation without a value.</summary>
public sealed class Result
{
    private Result(IReadOnlyList<DomainError> errors) => Errors = errors;

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public static Result Ok { get; } = new([]);

    public static Result Failure(params DomainError[] errors) =>
        errors.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(errors);

    public static Result From(IEnumerable<DomainError> errors)
    {
        var list = errors.ToArray();
        return list.Length == 0 ? Ok : new(list);
    }

    public static implicit operator Result(DomainError error) => Failure(error);
}
