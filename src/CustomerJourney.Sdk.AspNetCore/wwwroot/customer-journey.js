/**
 * <customer-journey>: one customer's journey, for the agent on a call, drawn from the endpoints of
 * CustomerJourney.Sdk.AspNetCore (one lookup opened per customer, then timeline / rows / path /
 * details views re-filtered from it, recordings played through a redirect, and a live stream).
 *
 *   <script type="module" src="/_content/CustomerJourney.Sdk.AspNetCore/customer-journey.js"></script>
 *   <customer-journey endpoint="/journey" phone="+1 415 555 0100" direction="outbound"></customer-journey>
 *
 * Framework-free on purpose: it ships as a static web asset and must run without a build step.
 * Everything from the server is written as text (textContent, text nodes), never parsed as HTML:
 * the journey carries customer text (comments, notes, page names, survey answers).
 */

const CSS_URL = new URL('./customer-journey.css', import.meta.url).href;
const SVG_NS = 'http://www.w3.org/2000/svg';

const PERIODS = ['3', '6', '9', '12'];
const DEFAULT_PERIOD = '12';
const MAX_DAYS = 366; // the most dates a timeline request may ask for
const REFRESH_DELAY_MS = 250;

const GRID_COLUMNS = [
  ['start', 'Start'], ['end', 'End'], ['campaign', 'Campaign'], ['mode', 'Mode'],
  ['channel', 'Channel'], ['direction', 'Direction'], ['outcome', 'Outcome'],
  ['phoneNumber', 'Phone number'], ['previousScore', 'Previous score'], ['currentScore', 'Current score'],
  ['agentName', 'Agent'], ['agentComments', 'Agent comments'], ['source', 'Source'],
];

const CHANNELS = {
  unknown: 'Other', voice: 'Voice', sms: 'SMS', email: 'Email', chat: 'Chat',
  webMessaging: 'Web messaging', whatsApp: 'WhatsApp', line: 'LINE', twitter: 'Twitter',
  facebookMessenger: 'Facebook Messenger', appleMessages: 'Apple Messages',
  webVisit: 'Web visit', appVisit: 'App visit',
};
const MODES = { home: 'Home', work: 'Work', mobile: 'Mobile', office: 'Office', sms: 'SMS', email: 'Email' };
const CALL_MODES = new Set(['home', 'work', 'mobile', 'office']);
const DIRECTIONS = { inbound: 'Inbound', outbound: 'Outbound' };
const ARROWS = { inbound: '←', outbound: '→' };
const LIVE = { live: 'Live', idle: 'Idle', inactive: 'Inactive' };
const COLORS = new Set(['green', 'blue', 'amber', 'neutral']);
const SELF_SERVICE_KINDS = { ivr: 'IVR', bot: 'Bot', web: 'Web', sms: 'SMS', unknown: 'Self-service' };
const SELF_SERVICE_RESULTS = { contained: 'Contained', handedToAgent: 'Handed to an agent', abandoned: 'Abandoned', unknown: 'Unknown' };
const SURVEY_KINDS = { nps: 'NPS', csat: 'CSAT', ces: 'CES', unknown: 'Survey' };
const WEB_EVENTS = {
  pageView: 'Page view', custom: 'Event', contentOfferShown: 'Offer shown',
  contentOfferAccepted: 'Offer accepted', unknown: 'Event',
};

// 24×24 glyphs, one per indicator.icon; drawn in currentColor so the indicator colour is one CSS rule.
const ICONS = {
  other: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8z',
  call: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.3 1l-2.2 2.2z',
  mobile: 'M17 1H7a2 2 0 0 0-2 2v18c0 1.1.9 2 2 2h10a2 2 0 0 0 2-2V3a2 2 0 0 0-2-2zm0 18H7V5h10v14z',
  sms: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM9 11H7V9h2v2zm4 0h-2V9h2v2zm4 0h-2V9h2v2z',
  email: 'M20 4H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z',
  chat: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM6 9h12v2H6V9zm8 5H6v-2h8v2zm4-6H6V6h12v2z',
  message: 'M21 6h-2v9H6v2c0 .6.4 1 1 1h11l4 4V7c0-.6-.4-1-1-1zm-4 6V3c0-.6-.4-1-1-1H3c-.6 0-1 .4-1 1v14l4-4h10c.6 0 1-.4 1-1z',
  webVisit: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8 8 0 0 1 0-4h3.3a16.5 16.5 0 0 0 0 4H4.3zm.8 2h3c.3 1.3.8 2.5 1.3 3.6A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.3-3.6C8.8 5.5 8.4 6.8 8 8zm3.9 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1-2.3 1.3-3.6h3a8 8 0 0 1-4.3 3.6zm1.8-5.6a16.5 16.5 0 0 0 0-4h3.3a8 8 0 0 1 0 4h-3.3z',
};

/** A problem+json answer (or a stand-in for a network failure) carried through an exception. */
class ProblemError extends Error {
  constructor(problem) {
    super(problem.title ?? 'Request failed');
    this.problem = problem;
  }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: every piece of server data goes in as a text node or an attribute value.

/** Creates an element: `text` sets textContent, `class` the class list, `on<event>` a listener, anything else an attribute. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat(Infinity).filter((child) => child != null && child !== false && child !== ''));
  return node;
}

function svgIcon(name) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name] ?? ICONS.other);
  svg.append(path);
  return svg;
}

function modeIcon(indicator = {}) {
  const color = COLORS.has(indicator.color) ? indicator.color : 'neutral';
  return el('span', { class: `icon icon--${color}`, 'data-icon': indicator.icon ?? 'other' }, svgIcon(indicator.icon));
}

function failureDot(label) {
  return el('span', { class: 'failure-dot', role: 'img', 'aria-label': label });
}

function liveChip(status) {
  return LIVE[status] ? el('span', { class: 'live-chip', 'data-status': status, text: LIVE[status] }) : null;
}

/** Updates the chip inside a slot in place (same element, new status), adding or removing it as the status comes and goes. */
function updateChip(slot, status) {
  if (!slot) return;
  const chip = slot.querySelector('.live-chip');
  if (!LIVE[status]) chip?.remove();
  else if (chip) {
    chip.dataset.status = status;
    chip.textContent = LIVE[status];
  } else slot.append(liveChip(status));
}

function hookSelector({ source, id }) {
  return `[data-source="${CSS.escape(source)}"][data-id="${CSS.escape(id)}"]`;
}

function refOf(node) {
  return { source: node.dataset.source, id: node.dataset.id };
}

function sameRef(a, b) {
  return a?.source === b?.source && a?.id === b?.id;
}

function itemKey({ source, id }) {
  return `${source}\n${id}`;
}

// ---------------------------------------------------------------------------------------------
// Dates and times. Interaction times carry the configured zone's offset: their wall time is read
// from the string itself. A Date is only ever printed with an explicit zone, never the browser's.

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const zoneFormats = new Map();

function datePart(iso) {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso ?? '')?.[0] ?? '';
}

function wallTime(iso) {
  const match = /T(\d{2}):(\d{2})/.exec(iso ?? '');
  return match ? `${match[1]}:${match[2]}` : '';
}

/** A calendar date from its digits: read as midnight UTC and printed in UTC, so no zone can move it to another day. */
function formatDate(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? DATE_FORMAT.format(Date.UTC(+match[1], +match[2] - 1, +match[3])) : (date ?? '');
}

function wallDateTime(iso) {
  return iso ? `${formatDate(datePart(iso))}, ${wallTime(iso)}` : '';
}

/**
 * Instants written in UTC (last activity, web events, asOf) are shown in the lookup's configured
 * zone, named explicitly, so they read on the same clock as the interaction times.
 */
function zonedParts(iso, timeZone) {
  const instant = Date.parse(iso ?? '');
  if (Number.isNaN(instant) || !timeZone) return { date: datePart(iso), time: wallTime(iso) };
  try {
    let format = zoneFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      zoneFormats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  } catch {
    return { date: datePart(iso), time: wallTime(iso) }; // a zone this browser does not know: the time as written
  }
}

function zonedDateTime(iso, timeZone) {
  const { date, time } = zonedParts(iso, timeZone);
  return `${formatDate(date)}, ${time}`;
}

/** The length between two instants; the difference of two absolute times does not depend on any zone. */
function duration(start, end) {
  const ms = Date.parse(end ?? '') - Date.parse(start ?? '');
  return ms >= 0 ? lengthText(Math.round(ms / 1000)) : null;
}

/** A length in seconds as an agent reads it: "45 s", "6 min", "11 h 36 min", "2 d 3 h". */
function lengthText(seconds) {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return `${hours} h ${minutes} min`;
  if (!minutes) return `${seconds % 60} s`;
  return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
}

/** An ISO-8601 duration of the JSON form (PT6M, P2DT3H, PT4.5S) in seconds; null when it is not one. */
function isoSeconds(text) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text ?? '');
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, days = 0, hours = 0, minutes = 0, seconds = 0] = match;
  return Math.round((+days * 86400) + (+hours * 3600) + (+minutes * 60) + +seconds);
}

function isoLength(text) {
  const seconds = isoSeconds(text);
  return seconds == null ? null : lengthText(seconds);
}

// ---------------------------------------------------------------------------------------------
// Texts derived from an interaction.

function channelLabel(item) {
  if (item.channel === 'unknown' && item.sourceChannel) return item.sourceChannel;
  return CHANNELS[item.channel] ?? item.channel ?? '';
}

/** The channel as shown on a card: calls name their line too, so the mode never rests on the icon colour alone. */
function channelLine(item) {
  const channel = channelLabel(item);
  return item.channel === 'voice' && CALL_MODES.has(item.mode) ? `${channel} · ${MODES[item.mode]}` : channel;
}

/** What a screen reader says for an interaction, e.g. "09:00 voice inbound, Winter Renewals, No Answer, failed". */
function interactionLabel(item) {
  const head = [wallTime(item.start), channelLabel(item).toLowerCase(), DIRECTIONS[item.direction] ? item.direction : ''];
  const parts = [head.filter(Boolean).join(' '), item.campaign?.name, item.outcome?.name];
  if (item.indicator?.failureDot ?? item.failure) parts.push('failed');
  if (LIVE[item.liveStatus]) parts.push(item.liveStatus);
  return parts.filter(Boolean).join(', ');
}

/** A path step spans dates, so what is said of it starts with its date; a timeline card is under its date already. */
function stepPrefix(node) {
  return node.matches('.step') ? `${formatDate(node.dataset.date)}, ` : '';
}

function hopText(hop) {
  if (hop.queue && hop.agent) return `${hop.queue} (${hop.agent})`;
  return hop.queue ?? hop.agent ?? '';
}

function scoreChange(previous, current) {
  if (previous == null && current == null) return null;
  return `${previous ?? '–'} → ${current ?? '–'}`;
}

function percent(value) {
  return Math.round(Math.min(Math.max(Number(value) || 0, 0), 1) * 100);
}

// ---------------------------------------------------------------------------------------------
// Pieces shared by the summary strip and the details panel.

function progressList(outcomes) {
  return el('ul', { class: 'progress-list' }, outcomes.map((outcome) => {
    const stage = `${outcome.stage ? `${outcome.stage} · ` : ''}${percent(outcome.progress)}%${outcome.achieved ? ' · achieved' : ''}`;
    return el('li', { class: `progress${outcome.achieved ? ' is-achieved' : ''}` },
      el('span', { class: 'progress-name', text: outcome.outcome }),
      el('progress', { max: '1', value: String(outcome.progress ?? 0), 'aria-label': `${outcome.outcome}: ${stage}` }),
      el('span', { class: 'progress-stage', text: stage }));
  }));
}

function scoreList(scores) {
  return el('ul', { class: 'score-list' }, scores.map((score) =>
    el('li', { text: `${score.outcome} ${percent(score.probability)}%` })));
}

function segmentChips(segments) {
  return el('ul', { class: 'chips', 'aria-label': 'Segments' }, segments.map((segment) =>
    el('li', { class: 'segment-chip', 'data-segment': segment.id, text: segment.name })));
}

function webEventList(events, timeZone) {
  return el('ol', { class: 'web-events' }, events.map((event) =>
    el('li', {}, el('time', { class: 'time', text: zonedParts(event.at, timeZone).time }),
      ` ${WEB_EVENTS[event.kind] ?? 'Event'}: `, event.name)));
}

/** A number as the survey gave it: whole scores without decimals, others to one. */
function scoreText(value) {
  const number = Number(value);
  return Number.isInteger(number) ? String(number) : number.toFixed(1);
}

/** Each survey answer: the survey, its kind, the score out of its scale, when, and the customer's comment word for word (as text). */
function surveyList(surveys, timeZone) {
  return el('ul', { class: 'survey-list' }, surveys.map((survey) => {
    const scale = survey.scale ?? {};
    const outOf = scale.min === 0 || scale.min === 1 ? `${scoreText(survey.score)} / ${scoreText(scale.max)}` : `${scoreText(survey.score)} on ${scoreText(scale.min)}–${scoreText(scale.max)}`;
    return el('li', { class: 'survey', 'data-kind': survey.kind },
      el('span', { class: 'survey-head' },
        el('span', { class: 'survey-kind', text: SURVEY_KINDS[survey.kind] ?? SURVEY_KINDS.unknown }),
        el('strong', { class: 'survey-score', 'aria-label': `${scoreText(survey.score)} on a scale of ${scoreText(scale.min)} to ${scoreText(scale.max)}`, text: outOf }),
        el('span', { class: 'survey-name', text: survey.survey }),
        survey.respondedAt ? el('span', { class: 'survey-time', text: zonedDateTime(survey.respondedAt, timeZone) }) : null),
      survey.comment ? el('q', { class: 'survey-comment', text: survey.comment }) : null);
  }));
}

/**
 * Each recording, played through the endpoint, which redirects to an address made when asked
 * (never kept): audio in a player that loads nothing until the agent presses play, video as a link.
 */
function recordingList(recordings, urlOf) {
  return el('ul', { class: 'recording-list' }, recordings.map((recording, index) => {
    const length = isoLength(recording.duration);
    const name = `Recording ${index + 1}`;
    const about = [length, recording.mediaType].filter(Boolean).join(' · ');
    const url = urlOf(index);
    const isVideo = recording.mediaType?.startsWith('video/');
    const problem = el('span', { class: 'recording-problem', role: 'status' });
    const player = isVideo
      ? el('a', { class: 'recording-link', href: url, target: '_blank', rel: 'noopener noreferrer', text: `Play video${length ? ` (${length})` : ''}` })
      : el('audio', {
        controls: true, preload: 'none', src: url, 'aria-label': [name, length].filter(Boolean).join(', '),
        onerror: () => { problem.textContent = 'This recording cannot be played now.'; },
      });
    return el('li', { class: 'recording', 'data-index': index },
      el('span', { class: 'recording-name' }, name, about ? el('span', { class: 'recording-about', text: ` · ${about}` }) : null),
      player, problem);
  }));
}

/** Every field the interaction has, in the order an agent reads them; absent fields are left out, never shown blank. */
function detailList(item, timeZone, recordingUrl) {
  const visit = item.webVisit ?? {};
  const marketing = item.marketing ?? {};
  const selfService = item.selfService;
  const outcome = item.outcome && el('span', { class: `outcome outcome--${item.outcome.kind ?? 'unknown'}` },
    item.outcome.name, item.outcome.code && item.outcome.code !== item.outcome.name ? ` (${item.outcome.code})` : '',
    item.failure ? failureDot('failed') : null);
  const entries = [
    ['Start', wallDateTime(item.start)],
    ['End', wallDateTime(item.end)],
    ['Duration', duration(item.start, item.end)],
    ['Channel', channelLabel(item)],
    ['Mode', MODES[item.mode]],
    ['Direction', DIRECTIONS[item.direction]],
    ['Campaign', item.campaign?.name],
    ['Outcome', outcome],
    ['Phone number', item.phoneNumber],
    ['Score', scoreChange(item.previousScore, item.currentScore)],
    ['Agent', item.agentName],
    ['Agent comments', item.agentComments],
    ['Wrap-up code', item.wrapUpCode],
    ['Notes', item.notes],
    ['Transfers', item.hops?.length ? item.hops.map(hopText).join(' → ') : null],
    // The last hop is the end of the transfer path; on its own only when the path is not there.
    ['Last queue', !item.hops?.length && item.lastHop ? hopText(item.lastHop) : null],
    ['Divisions', item.divisions?.join(', ')],
    ['Agentless', item.agentless ? 'Yes' : null],
    ['Last activity', item.lastActivity && zonedDateTime(item.lastActivity, timeZone)],
    ['Self-service', selfService && `${SELF_SERVICE_KINDS[selfService.kind] ?? SELF_SERVICE_KINDS.unknown}: ${selfService.flow}`],
    ['Step reached', selfService?.stepReached],
    ['Self-service result', selfService && (SELF_SERVICE_RESULTS[selfService.result] ?? SELF_SERVICE_RESULTS.unknown)],
    ['Recordings', item.recordings?.length ? recordingList(item.recordings, recordingUrl) : null],
    ['Surveys', item.surveys?.length ? surveyList(item.surveys, timeZone) : null],
    ['Device', visit.device],
    ['Referrer', visit.referrer],
    // UTM names: the marketing campaign, then where and how it ran ("google / cpc", as analytics tools write it).
    ['Marketing campaign', marketing.campaign],
    ['Source / medium', [marketing.source, marketing.medium].filter(Boolean).join(' / ')],
    ['Ad content', marketing.content],
    ['Search term', marketing.term],
    ['Last page', visit.lastPage],
    ['Page views', visit.pageViews],
    ['Web events', item.webEvents?.length ? webEventList(item.webEvents, timeZone) : null],
    ['Segments', item.segments?.length ? segmentChips(item.segments) : null],
    ['Outcome progress', item.outcomeProgress?.length ? progressList(item.outcomeProgress) : null],
    ['Predicted scores', item.predictedScores?.length ? scoreList(item.predictedScores) : null],
    ['Source', item.source],
  ];
  return el('dl', { class: 'details-list' }, entries
    .filter(([, value]) => value != null && value !== '')
    .map(([label, value]) => [el('dt', { text: label }), el('dd', {}, value)]));
}

/** One banner per source that did not answer, or answered for a shorter period; a note for sources that do not apply to this call. */
function sourceBanners(sources) {
  const down = sources.filter((source) => source.status === 'failed' || source.status === 'timedOut');
  const answering = sources.filter((source) => source.status === 'ok').length;
  const nodes = [];
  for (const source of sources) {
    if (down.includes(source)) {
      const reason = (source.message ?? (source.status === 'timedOut' ? 'it did not answer in time' : 'it did not answer')).replace(/[\s.]+$/, '');
      const rest = answering ? 'Showing the other sources.' : 'No other source answered.';
      nodes.push(el('div', { class: 'source-banner', role: 'status', 'data-source': source.name, 'data-status': source.status },
        `${source.name} is unavailable: ${reason}. ${rest}`));
    }
    if (source.availableFrom) {
      nodes.push(el('div', { class: 'source-banner source-banner--partial', role: 'status', 'data-source': source.name, 'data-status': source.status, 'data-available-from': datePart(source.availableFrom) },
        `${source.name} covers only since ${formatDate(datePart(source.availableFrom))}; older interactions from it are not shown.`));
    }
    if (source.status === 'notSupported' && source.message) {
      nodes.push(el('p', { class: 'source-note', 'data-source': source.name }, `${source.name}: ${source.message}`));
    }
  }
  return nodes;
}

/**
 * Refills a select from facet entries, keeping the selection. A selected entry the new counts no
 * longer list (none of it under the new campaign) stays, at 0, so the select still says what filters the view.
 */
function fillSelect(select, allLabel, entries, selected) {
  if (selected && !entries.some((entry) => entry.value === selected)) {
    const label = [...select.options].find((option) => option.value === selected)?.dataset.label ?? selected;
    entries = [...entries, { value: selected, label, count: 0 }];
  }
  const signature = JSON.stringify(entries);
  if (select.dataset.signature !== signature) {
    // Rebuilt only when something changed, so a refresh does not close a list the agent has open.
    select.dataset.signature = signature;
    select.replaceChildren(el('option', { value: '', text: allLabel }),
      ...entries.map((entry) => el('option', { value: entry.value, 'data-label': entry.label, text: `${entry.label} (${entry.count})` })));
  }
  select.value = selected;
}

/** A problem's title and detail, as shown in an alert. */
function problemText(problem) {
  const nodes = [el('strong', { class: 'error-title', text: problem.title ?? 'Error' })];
  if (problem.detail) nodes.push(el('span', { class: 'error-detail', text: ` ${problem.detail}` }));
  return nodes;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

export class CustomerJourneyElement extends HTMLElement {
  static observedAttributes = ['endpoint', 'phone', 'email', 'direction', 'campaign'];

  #ui;
  #lookup = null;        // { handle, expiresAt, timeZone } of the open lookup
  #session = null;       // aborting it cancels every request of the open lookup
  #reopening = null;     // a re-open after an expired handle, shared by the requests that hit it
  #stream = null;
  #streamRetries = 0;    // consecutive refused streams: the wait before the next lookup doubles
  #streamTimer = 0;
  #restartQueued = false;
  #refreshTimer = 0;
  #view = 'timeline';
  #filters = { campaign: '', channel: '', period: DEFAULT_PERIOD, search: '' };
  #sort = null;          // { column, direction } of the grid, as asked or as the server answered
  #timeZone = null;
  #days = [];            // the timeline's dates, oldest first
  #olderDays = false;
  #paged = false;        // older pages were added: a refresh must ask for as many dates
  #loadingOlder = false;
  #items = new Map();    // the shown interactions by source and id, for live updates in place
  #viewRequest = 0;      // numbers the view requests: an answer to a superseded one is dropped
  #detail = null;        // { source, id, previous, next, opener } while the details panel is open
  #detailRequest = 0;
  #bannerText = '';

  constructor() {
    super();
    this.#ui = this.#build(this.attachShadow({ mode: 'open' }));
  }

  connectedCallback() {
    this.#queueRestart();
  }

  disconnectedCallback() {
    this.#closeLookup();
    this.#closeDetails(false);
  }

  attributeChangedCallback(name, previous, next) {
    if (previous !== next) this.#queueRestart();
  }

  // -- The shadow tree ------------------------------------------------------------------------

  #build(shadow) {
    const ui = {};
    ui.campaign = el('select', { id: 'cj-campaign', name: 'campaign', onchange: () => this.#setFilter('campaign', ui.campaign.value) },
      el('option', { value: '', text: 'All campaigns' }));
    ui.channel = el('select', { id: 'cj-channel', name: 'channel', onchange: () => this.#setFilter('channel', ui.channel.value) },
      el('option', { value: '', text: 'All channels' }));
    ui.period = el('select', { id: 'cj-period', name: 'period', onchange: () => this.#setFilter('period', ui.period.value) },
      PERIODS.map((months) => el('option', { value: months, text: `${months} months` })));
    ui.period.value = DEFAULT_PERIOD;
    ui.search = el('input', { id: 'cj-search', type: 'search', name: 'search', placeholder: 'Agent, comment, outcome…', autocomplete: 'off', spellcheck: 'false' });
    ui.timelineButton = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'true', 'data-view': 'timeline', text: 'Timeline', onclick: () => this.#showView('timeline') });
    ui.gridButton = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false', 'data-view': 'grid', text: 'Grid', onclick: () => this.#showView('grid') });
    ui.pathButton = el('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false', 'data-view': 'path', text: 'Path', onclick: () => this.#showView('path') });

    const field = (label, control) => el('div', { class: 'field' }, el('label', { for: control.id, text: label }), control);
    // A form, so Enter in the search box submits exactly like the Search button.
    const toolbar = el('form', {
      class: 'toolbar', role: 'search', 'aria-label': 'Journey filters',
      onsubmit: (event) => { event.preventDefault(); this.#setFilter('search', ui.search.value.trim()); },
    },
    field('Campaign', ui.campaign), field('Channel', ui.channel), field('Period', ui.period),
    el('div', { class: 'field field--search' },
      el('label', { for: 'cj-search', text: 'Free search' }),
      el('div', { class: 'search-row' }, ui.search, el('button', { type: 'submit', class: 'button button--primary', text: 'Search' }))),
    el('div', { class: 'view-toggle', role: 'group', 'aria-label': 'View' }, ui.timelineButton, ui.gridButton, ui.pathButton));

    ui.error = el('div', { class: 'error-banner', role: 'alert', hidden: true });
    ui.banners = el('div', { class: 'banners' });
    ui.summary = el('section', { class: 'summary', 'aria-label': 'Journey summary', hidden: true });

    ui.older = el('button', { type: 'button', class: 'older', hidden: true, onclick: () => this.#loadOlder() },
      el('span', { class: 'older-arrow', 'aria-hidden': 'true', text: '‹' }), 'Older dates');
    ui.days = el('ol', { class: 'days', role: 'list', 'aria-label': 'Dates, oldest first' });
    ui.scroller = el('div', { class: 'scroller' }, ui.days);
    ui.timeline = el('div', { class: 'timeline' }, ui.older, ui.scroller);
    ui.grid = el('div', { class: 'grid', hidden: true });
    ui.path = el('div', { class: 'path', hidden: true });
    ui.loading = el('p', { class: 'loading', role: 'status', hidden: true, text: 'Loading…' });
    ui.message = el('p', { class: 'message', hidden: true });
    ui.main = el('div', {
      class: 'main', role: 'region', 'aria-label': 'Customer journey', 'aria-busy': 'false', 'data-state': 'idle',
      onclick: (event) => this.#onViewClick(event),
      onkeydown: (event) => this.#onViewKey(event),
    }, ui.loading, ui.message, ui.timeline, ui.grid, ui.path);

    ui.details = this.#buildDetails(ui);
    const root = el('div', {
      class: 'cj', hidden: true,
      onkeydown: (event) => {
        if (event.key === 'Escape' && this.#detail) {
          event.preventDefault();
          this.#closeDetails(true);
        }
      },
    }, toolbar, ui.error, ui.banners, ui.summary, el('div', { class: 'body' }, ui.main, ui.details));

    // Shown once the stylesheet is in (or failed), so the agent never sees the unstyled tree.
    const reveal = () => {
      root.hidden = false;
      ui.scroller.scrollLeft = ui.scroller.scrollWidth;
    };
    shadow.append(el('link', { rel: 'stylesheet', href: CSS_URL, onload: reveal, onerror: reveal }), root);
    return ui;
  }

  #buildDetails(ui) {
    ui.detailTitle = el('h2', { class: 'details-title', tabindex: '-1', text: 'Interaction' });
    ui.detailLive = el('span', { class: 'live-slot' });
    ui.position = el('span', { class: 'details-position' });
    ui.previous = el('button', { type: 'button', class: 'button', 'data-nav': 'previous', disabled: true, onclick: () => this.#step('previous') },
      el('span', { 'aria-hidden': 'true', text: '‹ ' }), 'Previous');
    ui.next = el('button', { type: 'button', class: 'button', 'data-nav': 'next', disabled: true, onclick: () => this.#step('next') },
      'Next', el('span', { 'aria-hidden': 'true', text: ' ›' }));
    ui.close = el('button', { type: 'button', class: 'button', 'data-nav': 'close', onclick: () => this.#closeDetails(true) },
      el('span', { 'aria-hidden': 'true', text: '× ' }), 'Close');
    ui.detailBody = el('div', { class: 'details-body' });
    return el('section', { class: 'details', role: 'dialog', 'aria-modal': 'false', 'aria-label': 'Interaction details', hidden: true },
      el('header', { class: 'details-header' },
        el('div', { class: 'details-heading' }, ui.detailTitle, ui.detailLive),
        el('div', { class: 'details-nav' }, ui.previous, ui.position, ui.next, ui.close)),
      ui.detailBody);
  }

  // -- The lookup -------------------------------------------------------------------------------

  #queueRestart() {
    // Attributes often change together (phone and direction on a new call): one lookup for the batch.
    if (this.#restartQueued) return;
    this.#restartQueued = true;
    queueMicrotask(() => {
      this.#restartQueued = false;
      if (this.isConnected) this.#openLookup();
    });
  }

  #lookupBody() {
    const endpoint = this.getAttribute('endpoint')?.trim();
    const phone = this.getAttribute('phone')?.trim();
    const email = this.getAttribute('email')?.trim();
    if (!endpoint || (!phone && !email)) return null;
    // The contract takes exactly one key; on a call the number is the one dialled, so it wins over an e-mail.
    return {
      phone: phone || null,
      email: phone ? null : email,
      direction: this.getAttribute('direction')?.trim() || 'inbound',
      campaignId: this.getAttribute('campaign')?.trim() || null,
    };
  }

  async #openLookup() {
    this.#closeLookup();
    this.#resetJourney();
    const body = this.#lookupBody();
    if (!body) {
      this.#setBusy(false);
      this.#setState('idle');
      return;
    }
    const session = new AbortController();
    this.#session = session;
    this.#setState('loading');
    this.#setBusy(true);
    try {
      await this.#createLookup(body, session);
    } catch (error) {
      if (session !== this.#session) return;
      this.#setBusy(false);
      this.#fail(error, { clearView: true });
      return;
    }
    const view = this.#loadView(); // the timeline is asked for first, then the stream opens
    this.#openStream();
    await view;
  }

  async #createLookup(body, session) {
    const lookup = await this.#request('POST', 'lookups', { body, signal: session.signal });
    if (session.signal.aborted) {
      // Replaced while the server was opening it: close it rather than leave it until it expires.
      this.#deleteHandle(lookup.handle);
      throw new DOMException('Lookup replaced', 'AbortError');
    }
    this.#lookup = lookup;
    this.#timeZone = lookup.timeZone ?? null;
  }

  /** A lookup expires (expiresAt) while the agent's screen may stay open: open a fresh one, once for all waiting requests. */
  #reopenLookup() {
    this.#reopening ??= (async () => {
      const body = this.#lookupBody();
      if (!body || !this.#session) throw new DOMException('Lookup closed', 'AbortError');
      this.#stream?.close();
      await this.#createLookup(body, this.#session);
      this.#openStream();
    })().finally(() => { this.#reopening = null; });
    return this.#reopening;
  }

  #closeLookup() {
    this.#session?.abort();
    this.#session = null;
    this.#stream?.close();
    this.#stream = null;
    clearTimeout(this.#streamTimer);
    clearTimeout(this.#refreshTimer);
    if (this.#lookup) this.#deleteHandle(this.#lookup.handle);
    this.#lookup = null;
  }

  #deleteHandle(handle) {
    // Fire and forget; keepalive lets it leave even when the page is unloading.
    fetch(this.#url(`lookups/${encodeURIComponent(handle)}`), { method: 'DELETE', credentials: 'same-origin', keepalive: true })
      .catch(() => {});
  }

  /** A new customer starts from a clean slate; the period and the view are the agent's preferences and stay. */
  #resetJourney() {
    this.#viewRequest++; // answers still on their way belong to the previous customer
    Object.assign(this.#filters, { campaign: '', channel: '', search: '' });
    this.#ui.search.value = '';
    fillSelect(this.#ui.campaign, 'All campaigns', [], '');
    fillSelect(this.#ui.channel, 'All channels', [], '');
    this.#closeDetails(false);
    this.#paged = false;
    this.#clearView();
    this.#ui.banners.replaceChildren();
    this.#bannerText = '';
    this.#ui.summary.replaceChildren();
    this.#ui.summary.hidden = true;
    this.#clearError();
  }

  // -- Requests ---------------------------------------------------------------------------------

  #url(path) {
    return `${this.getAttribute('endpoint').trim().replace(/\/+$/, '')}/${path}`;
  }

  #handlePath(suffix) {
    return `lookups/${encodeURIComponent(this.#lookup.handle)}${suffix}`;
  }

  #query(extra = {}) {
    const { period, campaign, channel, search } = this.#filters;
    const params = new URLSearchParams({ period });
    if (campaign) params.set('campaign', campaign);
    if (channel) params.set('channel', channel);
    if (search) params.set('search', search);
    for (const [name, value] of Object.entries(extra)) params.set(name, String(value));
    return params.toString();
  }

  async #request(method, path, { body, signal } = {}) {
    let response;
    try {
      response = await fetch(this.#url(path), {
        method,
        signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json, application/problem+json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ProblemError({ title: 'The journey service could not be reached.', detail: error.message });
    }
    if (response.status === 204) return null;
    const data = await readJson(response);
    if (!response.ok) {
      throw new ProblemError(data?.title ? data : { title: `The journey service answered ${response.status}.`, status: response.status });
    }
    return data;
  }

  /** GET on the open lookup; an expired handle is re-opened once and the request asked again. */
  async #get(suffix) {
    const ask = () => this.#request('GET', this.#handlePath(suffix), { signal: this.#session?.signal });
    const handle = this.#lookup.handle;
    try {
      return await ask();
    } catch (error) {
      if (error.problem?.code !== 'unknown_handle') throw error;
      // Another request may have re-opened it meanwhile: then only ask again, on the new handle.
      if (this.#lookup?.handle === handle) await this.#reopenLookup();
      return ask();
    }
  }

  // -- Views ------------------------------------------------------------------------------------

  async #loadView({ keepPages = false } = {}) {
    if (!this.#lookup) return;
    const request = ++this.#viewRequest;
    this.#setBusy(true);
    try {
      const doc = await this.#get(this.#viewPath(keepPages));
      if (request === this.#viewRequest) this.#showDocument(doc, keepPages);
    } catch (error) {
      if (request === this.#viewRequest) this.#fail(error, { clearView: !keepPages });
    } finally {
      if (request === this.#viewRequest) this.#setBusy(false);
    }
  }

  /** What the view shown asks for; only the path view asks for episodes, so a filter change elsewhere costs no more. */
  #viewPath(keepPages) {
    if (this.#view === 'grid') return `/rows?${this.#query(this.#sortParams())}`;
    if (this.#view === 'path') return `/path?${this.#query()}`;
    return `/timeline?${this.#query(this.#pageParams(keepPages))}`;
  }

  #sortParams() {
    return this.#sort ? { sort: this.#sort.column, direction: this.#sort.direction } : {};
  }

  /** A refresh after older pages were added asks for as many dates as are shown, so they stay; otherwise the server's default page. */
  #pageParams(keepPages) {
    return keepPages && this.#paged && this.#days.length ? { days: Math.min(this.#days.length, MAX_DAYS) } : {};
  }

  #showDocument(doc, keepPages) {
    const focus = this.#focusedHook();
    this.#timeZone = doc.period?.timeZone ?? this.#timeZone;
    this.#clearError();
    this.#renderFacets(doc.facets ?? {});
    this.#renderBanners(doc.sources ?? []);
    this.#renderSummary(doc);
    if (this.#view === 'grid') {
      this.#sort = doc.sort ?? this.#sort;
      this.#renderGrid(doc.rows ?? []);
    } else if (this.#view === 'path') {
      this.#renderPath(doc.episodes ?? [], doc.rows ?? []);
    } else {
      this.#days = doc.days ?? [];
      this.#olderDays = doc.olderDays === true;
      this.#renderTimeline(keepPages ? 'keep' : 'newest');
    }
    this.#restoreFocus(focus);
    this.#emit('journey-loaded', doc);
  }

  async #loadOlder() {
    const oldest = this.#days[0]?.date;
    if (!oldest || !this.#lookup || this.#loadingOlder) return;
    this.#loadingOlder = true;
    const request = ++this.#viewRequest;
    this.#setBusy(true);
    try {
      const doc = await this.#get(`/timeline?${this.#query({ before: oldest })}`);
      if (request !== this.#viewRequest) return;
      this.#days = [...(doc.days ?? []), ...this.#days];
      this.#olderDays = doc.olderDays === true;
      this.#paged = true;
      this.#renderTimeline('oldest');
      // The button is gone once the first date is reached: keep focus at the left end rather than lose it.
      if (this.#ui.older.hidden) this.#ui.days.querySelector('.interaction')?.focus();
      this.#emit('journey-loaded', doc);
    } catch (error) {
      if (request === this.#viewRequest) this.#fail(error);
    } finally {
      this.#loadingOlder = false;
      if (request === this.#viewRequest) this.#setBusy(false);
    }
  }

  #setFilter(name, value) {
    if (this.#filters[name] === value && name !== 'search') return;
    this.#filters[name] = value;
    this.#closeDetails(false);
    this.#paged = false;
    this.#loadView();
  }

  #showView(view) {
    if (view === this.#view) return;
    this.#view = view;
    this.#ui.timelineButton.setAttribute('aria-pressed', String(view === 'timeline'));
    this.#ui.gridButton.setAttribute('aria-pressed', String(view === 'grid'));
    this.#ui.pathButton.setAttribute('aria-pressed', String(view === 'path'));
    this.#ui.timeline.hidden = view !== 'timeline';
    this.#ui.grid.hidden = view !== 'grid';
    this.#ui.path.hidden = view !== 'path';
    this.#closeDetails(false);
    this.#clearView();
    this.#paged = false;
    if (this.#lookup) this.#setState('loading');
    this.#loadView();
  }

  #sortBy(column) {
    const direction = this.#sort?.column === column && this.#sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.#sort = { column, direction };
    this.#loadView();
  }

  // -- States -----------------------------------------------------------------------------------

  /** data-state on the main region: idle | loading | ready | empty | error. */
  #setState(state) {
    const { main, message } = this.#ui;
    main.dataset.state = state;
    message.textContent = state === 'empty' ? 'No interactions in this period' : state === 'idle' ? 'No customer to look up.' : '';
    message.hidden = !message.textContent;
  }

  #setBusy(busy) {
    this.#ui.main.setAttribute('aria-busy', String(busy));
    this.#ui.loading.hidden = !busy;
  }

  #fail(error, { clearView = false } = {}) {
    if (error?.name === 'AbortError') return;
    const problem = error?.problem ?? { title: 'Something went wrong showing the journey.', detail: String(error?.message ?? error) };
    const { error: banner } = this.#ui;
    banner.replaceChildren(...problemText(problem));
    banner.hidden = false;
    if (problem.code) banner.dataset.code = problem.code;
    if (clearView) {
      // A view that failed shows nothing rather than the previous filter's data under the new filter.
      this.#clearView();
      this.#setState('error');
    }
    this.#emit('journey-error', problem);
  }

  /** Empties both views, so nothing hidden or stale answers a live update, a focus search or a test. */
  #clearView() {
    this.#days = [];
    this.#olderDays = false;
    this.#items.clear();
    this.#ui.days.replaceChildren();
    this.#ui.grid.replaceChildren();
    this.#ui.path.replaceChildren();
    this.#ui.older.hidden = true;
  }

  #clearError() {
    this.#ui.error.hidden = true;
    this.#ui.error.replaceChildren();
    delete this.#ui.error.dataset.code;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // -- Toolbar, banners, summary ----------------------------------------------------------------

  #renderFacets({ campaigns = [], channels = [] }) {
    fillSelect(this.#ui.campaign, 'All campaigns',
      campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name, count: campaign.count })), this.#filters.campaign);
    fillSelect(this.#ui.channel, 'All channels',
      channels.map((channel) => ({ value: channel.name, label: CHANNELS[channel.name] ?? channel.name, count: channel.count })), this.#filters.channel);
  }

  #renderBanners(sources) {
    const banners = sourceBanners(sources);
    const text = banners.map((banner) => banner.textContent).join('\n');
    // Unchanged banners stay in place: re-inserting a status region makes screen readers announce it again.
    if (text === this.#bannerText) return;
    this.#bannerText = text;
    this.#ui.banners.replaceChildren(...banners);
  }

  #renderSummary(doc) {
    const group = (label, content) => el('div', { class: 'summary-group', role: 'group', 'aria-label': label },
      el('span', { class: 'summary-label', 'aria-hidden': 'true', text: label }), content);
    const parts = [];
    if (doc.outcomes?.length) parts.push(group('Outcomes', progressList(doc.outcomes)));
    if (doc.predictedScores?.length) parts.push(group('Predicted', scoreList(doc.predictedScores)));
    if (doc.segments?.length) parts.push(group('Segments', segmentChips(doc.segments)));
    if (doc.otherCampaigns?.length) {
      parts.push(el('p', { class: 'other-campaigns' }, el('span', { class: 'summary-label', text: 'Also listed in:' }), ' ',
        doc.otherCampaigns.map((campaign) => campaign.name).join(', ')));
    }
    if (this.#timeZone) {
      const asOf = doc.asOf ? `, as of ${zonedParts(doc.asOf, this.#timeZone).time}` : '';
      parts.push(el('p', { class: 'zone-note', text: `Times in ${this.#timeZone}${asOf}` }));
    }
    this.#ui.summary.replaceChildren(...parts);
    this.#ui.summary.hidden = parts.length === 0;
  }

  // -- Timeline ---------------------------------------------------------------------------------

  /** scroll: 'newest' opens on the latest dates (right end), 'oldest' on those just added (left end), 'keep' holds the dates in view. */
  #renderTimeline(scroll) {
    const { scroller, days, older } = this.#ui;
    const fromRight = scroller.scrollWidth - scroller.scrollLeft;
    this.#items.clear();
    days.replaceChildren(...this.#days.map((day) => this.#renderDay(day)));
    older.hidden = !this.#olderDays;
    this.#setState(this.#days.length ? 'ready' : 'empty');
    scroller.scrollLeft = scroll === 'oldest' ? 0 : scroll === 'keep' ? scroller.scrollWidth - fromRight : scroller.scrollWidth;
  }

  #renderDay(day) {
    const label = formatDate(day.date);
    return el('li', { class: 'day', role: 'listitem', 'data-date': day.date },
      el('h3', { class: 'day-header' },
        el('time', { datetime: day.date, text: label }),
        day.hasFailure ? failureDot('has a failed interaction') : null),
      el('ul', { class: 'interactions', role: 'list', 'aria-label': `Interactions on ${label}` },
        (day.interactions ?? []).map((item) => el('li', { role: 'listitem' }, this.#renderInteraction(item, day.date)))));
  }

  #renderInteraction(item, date) {
    this.#items.set(itemKey(item), item);
    const indicator = item.indicator ?? {};
    const classes = ['interaction', item.failure && 'is-failure', sameRef(item, this.#detail) && 'is-selected'];
    return el('button', {
      type: 'button', class: classes.filter(Boolean).join(' '),
      'data-source': item.source, 'data-id': item.id, 'data-date': date, 'aria-label': interactionLabel(item),
    },
    el('span', { class: 'interaction-head' },
      modeIcon(indicator),
      ARROWS[indicator.arrow] ? el('span', { class: 'arrow', 'data-arrow': indicator.arrow, 'aria-hidden': 'true', text: ARROWS[indicator.arrow] }) : null,
      el('time', { class: 'time', datetime: item.start, text: wallTime(item.start) }),
      el('span', { class: 'badges' },
        el('span', { class: 'live-slot' }, liveChip(item.liveStatus)),
        indicator.failureDot ? failureDot('failed') : null)),
    el('span', { class: 'channel', text: channelLine(item) }),
    item.campaign ? el('span', { class: 'campaign', text: item.campaign.name }) : null,
    item.outcome ? el('span', { class: `outcome outcome--${item.outcome.kind ?? 'unknown'}`, text: item.outcome.name }) : null);
  }

  // -- Grid -------------------------------------------------------------------------------------

  #renderGrid(rows) {
    this.#items.clear();
    const table = el('table', { class: 'grid-table' },
      el('caption', { class: 'visually-hidden', text: 'Interactions, one per row' }),
      el('thead', {}, el('tr', {}, GRID_COLUMNS.map(([column, label]) => this.#gridHeader(column, label)))),
      el('tbody', {}, rows.map((row) => this.#gridRow(row))));
    this.#ui.grid.replaceChildren(table);
    this.#setState(rows.length ? 'ready' : 'empty');
  }

  #gridHeader(column, label) {
    const direction = this.#sort?.column === column ? this.#sort.direction : null;
    return el('th', { scope: 'col', 'data-column': column, 'aria-sort': direction ?? 'none' },
      el('button', { type: 'button', class: 'sort', 'data-column': column },
        label, el('span', { class: 'sort-mark', 'aria-hidden': 'true', text: direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '' })));
  }

  #gridRow(item) {
    this.#items.set(itemKey(item), item);
    const cells = {
      start: [el('span', { class: 'live-slot' }, liveChip(item.liveStatus)), wallDateTime(item.start)],
      end: wallDateTime(item.end),
      campaign: item.campaign?.name,
      mode: MODES[item.mode],
      channel: channelLabel(item),
      direction: DIRECTIONS[item.direction],
      outcome: item.outcome ? [item.outcome.name, item.indicator?.failureDot ?? item.failure ? failureDot('failed') : null] : null,
      phoneNumber: item.phoneNumber,
      previousScore: item.previousScore,
      currentScore: item.currentScore,
      agentName: item.agentName,
      agentComments: item.agentComments,
      source: item.source,
    };
    return el('tr', {
      class: sameRef(item, this.#detail) ? 'row is-selected' : 'row', tabindex: '0',
      'data-source': item.source, 'data-id': item.id, 'data-date': datePart(item.start),
    }, GRID_COLUMNS.map(([column]) => el('td', { 'data-column': column }, cells[column])));
  }

  // -- Path ---------------------------------------------------------------------------------------

  /** The customer's episodes, oldest first: each a strip of its steps (channel icons, arrows between them) and where it got to. */
  #renderPath(episodes, rows) {
    this.#items.clear();
    const byKey = new Map(rows.map((row) => [itemKey(row), row]));
    for (const row of rows) this.#items.set(itemKey(row), row);
    this.#ui.path.replaceChildren(el('ol', { class: 'episodes', role: 'list', 'aria-label': 'Episodes, oldest first' },
      episodes.map((episode) => this.#renderEpisode(episode, byKey))));
    this.#setState(episodes.length ? 'ready' : 'empty');
  }

  #renderEpisode(episode, byKey) {
    const name = episode.campaign?.name ?? 'No campaign';
    const steps = episode.steps.map((step) => byKey.get(itemKey(step))).filter(Boolean);
    const heading = `${name}, from ${formatDate(datePart(episode.start))}`;
    return el('li', {
      class: `episode${episode.failed ? ' is-failure' : ''}${episode.resolved ? ' is-resolved' : ''}`, role: 'listitem',
      'data-campaign': episode.campaign?.id, 'data-start': datePart(episode.start),
    },
    el('h3', { class: 'episode-header' },
      el('span', { class: 'episode-name', text: name }),
      el('time', { class: 'episode-start', datetime: datePart(episode.start), text: formatDate(datePart(episode.start)) })),
    el('ol', { class: 'steps', role: 'list', 'aria-label': `Steps of ${heading}` },
      steps.map((item, index) => el('li', { class: 'step-item', role: 'listitem' },
        index ? this.#stepGap(steps[index - 1], item) : null,
        this.#renderStep(item)))),
    this.#episodeResult(episode));
  }

  /** The arrow between two steps, with the time between their starts (a difference of instants, the same in every zone). */
  #stepGap(previous, item) {
    const gap = duration(previous.start, item.start);
    return el('span', { class: 'step-gap' },
      el('span', { class: 'step-arrow', 'aria-hidden': 'true', text: '→' }),
      gap ? el('span', { class: 'step-gap-time', text: `${gap} later` }) : null);
  }

  #renderStep(item) {
    const indicator = item.indicator ?? {};
    const date = datePart(item.start);
    const step = el('button', {
      type: 'button', class: `step${item.failure ? ' is-failure' : ''}${sameRef(item, this.#detail) ? ' is-selected' : ''}`,
      'data-source': item.source, 'data-id': item.id, 'data-date': date, 'data-channel': item.channel,
    },
    el('span', { class: 'interaction-head' },
      modeIcon(indicator),
      el('span', { class: 'step-channel', text: channelLabel(item) }),
      el('span', { class: 'badges' },
        el('span', { class: 'live-slot' }, liveChip(item.liveStatus)),
        indicator.failureDot ? failureDot('failed') : null)),
    el('span', { class: 'step-when' },
      el('time', { datetime: date, text: SHORT_DATE_FORMAT.format(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))) }), ' ',
      el('time', { class: 'time', datetime: item.start, text: wallTime(item.start) })),
    item.outcome ? el('span', { class: `outcome outcome--${item.outcome.kind ?? 'unknown'}`, text: item.outcome.name }) : null);
    step.setAttribute('aria-label', stepPrefix(step) + interactionLabel(item));
    return step;
  }

  /** Where the episode got to: its outcome, resolved (at the first contact or not) or failed or still open, and how long it took. */
  #episodeResult(episode) {
    const contacts = `${episode.contacts} ${episode.contacts === 1 ? 'contact' : 'contacts'}`;
    const status = episode.resolved
      ? el('span', { class: 'badge badge--resolved', text: 'Resolved' })
      : episode.failed
        ? el('span', { class: 'badge badge--failed' }, failureDot('failed'), 'Failed')
        : el('span', { class: 'badge badge--open', text: 'Open' });
    const took = isoLength(episode.timeToResolution);
    return el('p', { class: 'episode-result' },
      episode.outcome ? el('span', { class: `outcome outcome--${episode.outcome.kind ?? 'unknown'}`, text: episode.outcome.name }) : el('span', { class: 'outcome', text: 'No outcome' }),
      status,
      episode.firstContactResolution ? el('span', { class: 'badge badge--first-contact', text: 'First contact' }) : null,
      took ? el('span', { class: 'episode-time', text: `Resolved in ${took}` }) : null,
      el('span', { class: 'episode-contacts', text: contacts }),
      episode.surveyResponses ? el('span', { class: 'episode-surveys', text: `${episode.surveyResponses} survey ${episode.surveyResponses === 1 ? 'answer' : 'answers'}` }) : null);
  }

  // -- Keyboard and pointer in the views ---------------------------------------------------------

  #onViewClick(event) {
    const sort = event.target.closest('button.sort');
    if (sort) {
      this.#sortBy(sort.dataset.column);
      return;
    }
    const opener = event.target.closest('.interaction, .row, .step');
    if (opener) this.#openDetails(refOf(opener), opener);
  }

  #onViewKey(event) {
    const row = event.target.closest?.('.row');
    if (row && event.target === row && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.#openDetails(refOf(row), row);
      return;
    }
    const target = this.#neighbour(event.target, event.key);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  /**
   * Arrow keys: up/down within a date (or between grid rows), left/right to the same place in the
   * next date; in the path, left/right along an episode's steps, up/down to the episode before or after.
   */
  #neighbour(from, key) {
    if (from.matches('.row')) {
      if (key === 'ArrowUp') return from.previousElementSibling;
      if (key === 'ArrowDown') return from.nextElementSibling;
      return null;
    }
    if (from.matches('.step')) {
      const episode = from.closest('.episode');
      const steps = [...episode.querySelectorAll('.step')];
      const index = steps.indexOf(from);
      if (key === 'ArrowLeft') return steps[index - 1];
      if (key === 'ArrowRight') return steps[index + 1];
      if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
      const other = key === 'ArrowUp' ? episode.previousElementSibling : episode.nextElementSibling;
      const there = other ? [...other.querySelectorAll('.step')] : [];
      return there[Math.min(index, there.length - 1)];
    }
    if (!from.matches('.interaction')) return null;
    const day = from.closest('.day');
    const inDay = [...day.querySelectorAll('.interaction')];
    const index = inDay.indexOf(from);
    if (key === 'ArrowUp') return inDay[index - 1];
    if (key === 'ArrowDown') return inDay[index + 1];
    if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
    const otherDay = key === 'ArrowLeft' ? day.previousElementSibling : day.nextElementSibling;
    const there = otherDay ? [...otherDay.querySelectorAll('.interaction')] : [];
    return there[Math.min(index, there.length - 1)];
  }

  /** Which interaction (or sort header) has focus inside the views, so a re-render can give it back. */
  #focusedHook() {
    const active = this.shadowRoot.activeElement;
    if (!active || !this.#ui.main.contains(active)) return null;
    if (active.dataset.id != null) return refOf(active);
    if (active.matches('button.sort')) return { column: active.dataset.column };
    return null;
  }

  #restoreFocus(hook) {
    if (!hook) return;
    const selector = hook.column ? `button.sort[data-column="${CSS.escape(hook.column)}"]` : hookSelector(hook);
    this.#ui.main.querySelector(selector)?.focus();
  }

  // -- Details ----------------------------------------------------------------------------------

  #openDetails(ref, opener) {
    // Previous/Next move inside the panel; Close goes back to the interaction the agent opened it from.
    const first = opener ? { ...ref, element: opener } : this.#detail?.opener;
    this.#detail = { ...ref, previous: null, next: null, opener: first };
    this.#markSelected();
    this.#emit('interaction-selected', { source: ref.source, id: ref.id });
    const { details, detailTitle } = this.#ui;
    const wasHidden = details.hidden;
    details.hidden = false;
    this.#ui.position.textContent = ''; // the previous interaction's place must not be read as this one's
    if (opener) {
      opener.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      if (wasHidden || !details.contains(this.shadowRoot.activeElement)) detailTitle.focus();
    }
    this.#loadDetails();
  }

  async #loadDetails() {
    const { source, id } = this.#detail;
    const request = ++this.#detailRequest;
    this.#ui.details.setAttribute('aria-busy', 'true');
    try {
      const data = await this.#get(`/interactions/${encodeURIComponent(source)}/${encodeURIComponent(id)}?${this.#query()}`);
      if (request === this.#detailRequest && this.#detail) this.#renderDetails(data);
    } catch (error) {
      if (request !== this.#detailRequest || !this.#detail || error.name === 'AbortError') return;
      const problem = error.problem ?? { title: 'The details could not be loaded.', detail: String(error.message ?? error) };
      this.#renderDetailsProblem(problem);
      this.#emit('journey-error', problem);
    } finally {
      if (request === this.#detailRequest) this.#ui.details.setAttribute('aria-busy', 'false');
    }
  }

  #renderDetails({ date, position, count, interaction: item, previous, next }) {
    const ui = this.#ui;
    Object.assign(this.#detail, { previous: previous ?? null, next: next ?? null });
    ui.detailTitle.textContent = `${channelLabel(item)}, ${formatDate(date ?? datePart(item.start))} ${wallTime(item.start)}`;
    ui.detailLive.replaceChildren(...[liveChip(item.liveStatus)].filter(Boolean));
    ui.position.textContent = position && count ? `${position} of ${count}` : '';
    ui.previous.disabled = !previous;
    ui.next.disabled = !next;
    const recordingUrl = (index) => this.#url(this.#handlePath(`/interactions/${encodeURIComponent(item.source)}/${encodeURIComponent(item.id)}/recordings/${index}`));
    ui.detailBody.replaceChildren(detailList(item, this.#timeZone, recordingUrl));
    this.#keepFocusInPanel();
  }

  #renderDetailsProblem(problem) {
    const ui = this.#ui;
    ui.position.textContent = '';
    ui.previous.disabled = true;
    ui.next.disabled = true;
    ui.detailBody.replaceChildren(el('div', { class: 'error-banner', role: 'alert' }, problemText(problem)));
    this.#keepFocusInPanel();
  }

  /** A navigation button that just became disabled drops focus to the page: hand it to the other one, or the title. */
  #keepFocusInPanel() {
    const { previous, next, detailTitle } = this.#ui;
    const active = this.shadowRoot.activeElement;
    if ((active === previous || active === next) && active.disabled) {
      const other = active === previous ? next : previous;
      (other.disabled ? detailTitle : other).focus();
    }
  }

  #step(which) {
    const ref = this.#detail?.[which];
    if (!ref) return;
    this.#detail.previous = this.#detail.next = null; // a second press before the answer must not skip one
    this.#openDetails(ref, null);
  }

  #closeDetails(restoreFocus) {
    const detail = this.#detail;
    if (!detail) return;
    this.#detail = null;
    this.#detailRequest++;
    this.#ui.details.hidden = true;
    this.#ui.detailBody.replaceChildren();
    this.#markSelected();
    if (!restoreFocus || !detail.opener) return;
    // A live refresh may have re-rendered the view since: then find the same interaction again.
    const { element } = detail.opener;
    (element?.isConnected ? element : this.#ui.main.querySelector(hookSelector(detail.opener)))?.focus();
  }

  #markSelected() {
    for (const node of this.#ui.main.querySelectorAll('.is-selected')) node.classList.remove('is-selected');
    if (this.#detail) for (const node of this.#ui.main.querySelectorAll(hookSelector(this.#detail))) node.classList.add('is-selected');
  }

  // -- Live stream ------------------------------------------------------------------------------

  #openStream() {
    if (!this.#lookup) return;
    const stream = new EventSource(this.#url(this.#handlePath('/stream')));
    const read = (event) => {
      try {
        return JSON.parse(event.data);
      } catch {
        return null;
      }
    };
    stream.addEventListener('status', (event) => this.#onStatus(read(event)));
    stream.addEventListener('added', () => this.#onArrival());
    stream.addEventListener('changed', () => this.#onArrival());
    // The server says "ready" once it listens; after a reconnection, what arrived in the gap is only in a fresh view.
    let connected = 0;
    stream.addEventListener('ready', () => {
      if (connected++ > 0) this.#onArrival();
    });
    // The browser reconnects by itself after a dropped connection; when the server refused (the
    // lookup expired or was closed), it gives up: open a fresh lookup, waiting longer each time.
    stream.addEventListener('error', () => {
      if (stream.readyState !== EventSource.CLOSED || this.#stream !== stream) return;
      this.#stream = null;
      const wait = Math.min(30_000, 1_000 * 2 ** this.#streamRetries++);
      clearTimeout(this.#streamTimer);
      this.#streamTimer = setTimeout(() => {
        if (this.#lookup && !this.#stream) this.#reopenLookup().then(() => this.#onArrival(), () => {});
      }, wait);
    });
    stream.addEventListener('open', () => { this.#streamRetries = 0; });
    this.#stream = stream;
  }

  /** A status change is drawn in place: the chip and the spoken label of that interaction, nothing refetched. */
  #onStatus(data) {
    if (!data?.source || data.id == null) return;
    const item = this.#items.get(itemKey(data));
    if (item) item.liveStatus = data.liveStatus;
    for (const node of this.#ui.main.querySelectorAll(hookSelector(data))) {
      updateChip(node.querySelector('.live-slot'), data.liveStatus);
      if (item && node.hasAttribute('aria-label')) node.setAttribute('aria-label', stepPrefix(node) + interactionLabel(item));
    }
    if (sameRef(this.#detail, data)) updateChip(this.#ui.detailLive, data.liveStatus);
  }

  /** Added or changed interactions refetch the current view under the same filters; a burst (a transfer) costs one refetch. */
  #onArrival() {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => {
      this.#loadView({ keepPages: true });
      if (this.#detail) this.#loadDetails(); // its position, count and neighbours may have moved too
    }, REFRESH_DELAY_MS);
  }
}

if (!customElements.get('customer-journey')) {
  customElements.define('customer-journey', CustomerJourneyElement);
}
