using CustomerJourney.Model;

namespace CustomerJourney.Live;

/// <summary>
/// Computes an interaction's live status (R14) at an instant. Only interactions whose source tracks
/// activity (<see cref="Interaction.LastActivity"/> set) can be live: a call is live until it ends;
/// a conversation or web visit is live until it has been quiet for <see cref="IdleAfter"/>, idle
/// until <see cref="InactiveAfter"/>, then inactive until a new event; an ended one is past.
/// </summary>
public sealed record LiveStatusRule
{
    private readonly TimeSpan _idleAfter = TimeSpan.FromSeconds(45);
    private readonly TimeSpan _inactiveAfter = TimeSpan.FromSeconds(60);

    /// <summary>The rule with the vendor's thresholds: idle after 45 s, inactive after 60 s.</summary>
    public static LiveStatusRule Default { get; } = new();

    /// <summary>How long without activity turns a live conversation idle.</summary>
    /// <value>The default value is 45 seconds.</value>
    public TimeSpan IdleAfter
    {
        get => _idleAfter;
        init => _idleAfter = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The idle threshold must be positive.");
    }

    /// <summary>How long without activity makes a conversation inactive; not shorter than <see cref="IdleAfter"/>.</summary>
    /// <value>The default value is 60 seconds.</value>
    public TimeSpan InactiveAfter
    {
        get => _inactiveAfter;
        init => _inactiveAfter = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The inactive threshold must be positive.");
    }

    /// <summary>The interaction's status at an instant.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="now">The instant.</param>
    /// <returns>Its status.</returns>
    public LiveStatus StatusAt(Interaction interaction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.LastActivity is not { } lastActivity || interaction.End is not null)
        {
            return LiveStatus.Past;
        }

        if (interaction.Channel == Channel.Voice)
        {
            return LiveStatus.Live;
        }

        TimeSpan quiet = now - lastActivity;
        return quiet < IdleAfter ? LiveStatus.Live
            : quiet < Max(IdleAfter, InactiveAfter) ? LiveStatus.Idle
            : LiveStatus.Inactive;
    }

    /// <summary>When the status will next change without a new event, or <see langword="null"/> when it will not.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="now">The instant.</param>
    /// <returns>The instant of the next change.</returns>
    public DateTimeOffset? NextChange(Interaction interaction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.LastActivity is not { } lastActivity || interaction.End is not null || interaction.Channel == Channel.Voice)
        {
            return null;
        }

        DateTimeOffset idle = lastActivity + IdleAfter;
        DateTimeOffset inactive = lastActivity + Max(IdleAfter, InactiveAfter);
        return now < idle ? idle : now < inactive ? inactive : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
