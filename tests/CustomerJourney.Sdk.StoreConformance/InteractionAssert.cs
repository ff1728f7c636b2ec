using CustomerJourney.Model;

namespace CustomerJourney.Stores.Conformance;

/// <summary>Field-by-field equality of interactions, instants compared with their offsets.</summary>
public static class InteractionAssert
{
    public static void Same(Interaction expected, Interaction actual)
    {
        Assert.Equal((expected.Source, expected.Id), (actual.Source, actual.Id));
        AssertInstant(expected.Start, actual.Start);
        AssertInstant(expected.End, actual.End);
        AssertInstant(expected.LastActivity, actual.LastActivity);
        Assert.Equal(expected.Channel, actual.Channel);
        Assert.Equal(expected.SourceChannel, actual.SourceChannel);
        Assert.Equal(expected.Mode, actual.Mode);
        Assert.Equal(expected.Direction, actual.Direction);
        Assert.Equal(expected.Campaign, actual.Campaign);
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.PhoneNumber, actual.PhoneNumber);
        Assert.Equal((expected.PreviousScore, expected.CurrentScore), (actual.PreviousScore, actual.CurrentScore));
        Assert.Equal((expected.AgentName, expected.AgentComments), (actual.AgentName, actual.AgentComments));
        Assert.Equal(expected.IsAgentless, actual.IsAgentless);
        Assert.Equal((expected.WrapUpCode, expected.Notes), (actual.WrapUpCode, actual.Notes));
        Assert.Equal(expected.Divisions, actual.Divisions);
        Assert.Equal(expected.Hops ?? [], actual.Hops ?? []);
        Assert.Equal(expected.Segments ?? [], actual.Segments ?? []);
        Assert.Equal(expected.OutcomeProgress ?? [], actual.OutcomeProgress ?? []);
        Assert.Equal(expected.PredictedScores ?? [], actual.PredictedScores ?? []);
        Assert.Equal(expected.WebEvents ?? [], actual.WebEvents ?? []);
        Assert.Equal(expected.WebVisit, actual.WebVisit);
        Assert.Equal(expected.Marketing, actual.Marketing);
        Assert.Equal(expected.SelfService, actual.SelfService);
        Assert.Equal(expected.Recordings ?? [], actual.Recordings ?? []);
        Assert.Equal(expected.Surveys ?? [], actual.Surveys ?? []);
        Assert.Equal(expected.Surveys?.Select(s => s.RespondedAt?.Offset) ?? [], actual.Surveys?.Select(s => s.RespondedAt?.Offset) ?? []);
    }

    private static void AssertInstant(DateTimeOffset? expected, DateTimeOffset? actual)
    {
        Assert.Equal(expected?.UtcTicks, actual?.UtcTicks);
        Assert.Equal(expected?.Offset, actual?.Offset);
    }
}
