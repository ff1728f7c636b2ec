using CustomerJourney.Fixtures;

namespace CustomerJourney.Model;

public class InteractionTests
{
    [Fact]
    public void ToString_LeavesOutPersonalData()
    {
        Interaction interaction = Interactions.At("CM-1", "2026-10-01T09:15:00Z", comments: "Lives at 12 Elm Street", campaign: Interactions.WinterRenewals);

        string text = interaction.ToString();

        Assert.Contains("CM-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550100", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_LeavesTheOriginalUnchanged()
    {
        Interaction original = Interactions.At("CM-1", "2026-10-01T09:15:00Z");

        Interaction changed = original with { AgentName = "Someone Else" };

        Assert.Equal("Dana Reyes", original.AgentName);
        Assert.NotEqual(original, changed);
    }
}
