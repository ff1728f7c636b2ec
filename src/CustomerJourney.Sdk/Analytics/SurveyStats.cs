using CustomerJourney.Model;

namespace CustomerJourney.Analytics;

/// <summary>The survey answers of a report's period, overall and by the channel of the interaction they are about.</summary>
/// <param name="Overall">Every answer.</param>
/// <param name="ByChannel">Per channel, most answers first.</param>
public sealed record SurveyStats(SurveyScoreStats Overall, IReadOnlyList<ChannelSurveyStats> ByChannel);

/// <summary>The survey answers about one channel's interactions.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Scores">Its answers, added up.</param>
public sealed record ChannelSurveyStats(Channel Channel, SurveyScoreStats Scores);
