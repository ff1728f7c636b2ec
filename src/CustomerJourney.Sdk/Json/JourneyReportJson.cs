using System.Buffers;
using System.Text;
using System.Text.Json;
using CustomerJourney.Analytics;

namespace CustomerJourney.Json;

/// <summary>
/// Writes a journey report in the SDK's documented JSON form (docs/analytics.md): camelCase members,
/// rates from 0 to 1 (null when there is nothing to divide by), durations in ISO-8601, enum values
/// as camelCase words. Trim- and AOT-safe (source-generated).
/// </summary>
public static class JourneyReportJson
{
    /// <summary>
    /// A journey report in its documented JSON form (docs/analytics.md): <c>firstContactResolutionRate</c>,
    /// <c>repeatContactRate7d</c>, <c>repeatContactRate30d</c>, <c>medianTimeToResolution</c> (ISO-8601),
    /// <c>channelPaths</c> (<c>path</c>, <c>count</c>, <c>resolved</c>, <c>failed</c>), self-service and surveys.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(JourneyReport report, bool indented = true) => Encoding.UTF8.GetString(Render(report, indented).WrittenSpan);

    /// <summary>Writes a journey report in its documented JSON form to a stream (UTF-8).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    public static async Task WriteAsync(Stream stream, JourneyReport report, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(Render(report, indented).WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static ArrayBufferWriter<byte> Render(JourneyReport report, bool indented)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>(4 * 1024);
        using var writer = new Utf8JsonWriter(buffer, indented ? JourneyJson.IndentedWriter : JourneyJson.CompactWriter);
        JsonSerializer.Serialize(writer, ReportDocument(report), JourneyReportJsonContext.Default.JourneyReportJsonDocument);
        return buffer;
    }

    private static JourneyReportJsonDocument ReportDocument(JourneyReport report)
    {
        JourneyReportQuery query = report.Query;
        return new JourneyReportJsonDocument(
            new ReportPeriodJson(query.Period.From, query.Period.To, query.ReadUntil),
            new ReportFilterJson(query.CampaignId, query.Channel is { } channel ? JourneyJson.Word(channel) : null),
            new EpisodeRuleJson(IsoDuration.Format(query.Episodes.Window), JourneyJson.Word(query.Episodes.Grouping)),
            report.Contacts,
            [.. report.ContactsByChannel.Select(c => new ChannelCountJson(JourneyJson.Word(c.Channel), c.Count))],
            report.Episodes,
            report.ResolvedEpisodes,
            report.FailedEpisodes,
            report.FirstContactResolutions,
            report.FirstContactResolutionRate,
            report.RepeatContacts7d,
            report.RepeatContactRate7d,
            report.RepeatContacts30d,
            report.RepeatContactRate30d,
            report.MedianTimeToResolution is { } median ? IsoDuration.Format(median) : null,
            report.P90TimeToResolution is { } p90 ? IsoDuration.Format(p90) : null,
            [.. report.ChannelPaths.Select(p => new ChannelPathJson([.. p.Channels.Select(c => JourneyJson.Word(c))], p.IsTruncated ? true : null, p.Count, p.Resolved, p.Failed, p.Surveys is { } scores ? Scores(scores) : null))],
            new SelfServiceStatsJson(report.SelfService.Sessions, report.SelfService.Contained, report.SelfService.HandedToAgent, report.SelfService.Abandoned, report.SelfService.ContainmentRate),
            report.Surveys is { } surveys ? new SurveyStatsJson(Scores(surveys.Overall), [.. surveys.ByChannel.Select(s => new ChannelSurveyScoresJson(JourneyJson.Word(s.Channel), Scores(s.Scores)))]) : null);
    }

    private static SurveyScoresJson Scores(SurveyScoreStats stats) =>
        new(stats.Responses, stats.AverageScore, stats.NpsResponses, stats.NetPromoterScore, stats.CsatResponses, stats.SatisfiedShare);
}
