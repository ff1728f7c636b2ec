using CustomerJourney.Indicators;

namespace CustomerJourney.Demo.Rendering;

/// <summary>
/// Draws an R11 indicator in one terminal cell plus an arrow and a failure mark. The letter alone
/// tells the icon and its colour apart (C green call, O amber call, M blue mobile), so the
/// timeline stays readable without colour (<c>NO_COLOR</c>).
/// </summary>
internal static class IndicatorGlyph
{
    public const string Legend = "C call (Home/Work)  O call (Office)  M mobile  c call  S SMS  E e-mail  T chat  G messaging  W web visit  ? other";

    public static char Letter(Indicator indicator) => indicator.Icon switch
    {
        InteractionIcon.Call => indicator.Color switch
        {
            IndicatorColor.Green => 'C',
            IndicatorColor.Amber => 'O',
            _ => 'c',
        },
        InteractionIcon.Mobile => 'M',
        InteractionIcon.Sms => 'S',
        InteractionIcon.Email => 'E',
        InteractionIcon.Chat => 'T',
        InteractionIcon.Message => 'G',
        InteractionIcon.WebVisit => 'W',
        _ => '?',
    };

    public static string Style(Indicator indicator) => indicator.Color switch
    {
        IndicatorColor.Green => "green",
        IndicatorColor.Blue => "blue",
        IndicatorColor.Amber => "yellow",
        _ => "default",
    };

    public static string Arrow(Indicator indicator, bool unicode) => indicator.Arrow switch
    {
        DirectionArrow.Inbound => unicode ? "←" : "<",
        DirectionArrow.Outbound => unicode ? "→" : ">",
        _ => " ",
    };

    public static string FailureDot(bool unicode) => unicode ? "●" : "*";

    /// <summary>Three cells: letter, arrow, failure dot (or space).</summary>
    public static string Markup(Indicator indicator, bool unicode) =>
        $"[{Style(indicator)}]{Letter(indicator)}[/]{Arrow(indicator, unicode)}" + (indicator.HasFailureDot ? $"[red]{FailureDot(unicode)}[/]" : " ");
}
