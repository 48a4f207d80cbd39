//! "Remind me to check in": an iCalendar file (RFC 5545) made in the browser, with one event [`WEEKS`] weeks ahead at
//! 09:00 the reader's time, an alarm at its start, the quiz's title and the page's address. It holds no answer and
//! no health detail; nothing is sent anywhere (the view offers it as a link to a `data:` URL, [`data_url`]).

use skin_rules::calendar::civil;

/// How far ahead the check-in is: most habits take 4–12 weeks to show.
pub const WEEKS: u32 = 4;
/// The file's name.
pub const FILE_NAME: &str = "skin-check-in.ics";

/// What goes into the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminder<'a> {
    /// The event's title, in the reader's language.
    pub summary: &'a str,
    /// The page the quiz is on (any fragment is dropped).
    pub url: &'a str,
    /// Now, in seconds since the epoch (UTC): the stamp, and with the quiz's id the event's unique id.
    pub now_secs: u64,
    /// Today for the reader (`history::local_day`): the event is [`WEEKS`] weeks later, at 09:00 local time.
    pub today: u32,
    /// The quiz's `data-id`, in the unique id.
    pub instance_id: &'a str,
}

impl Reminder<'_> {
    /// The `.ics` file: CRLF line endings, lines folded at 75 octets, text values escaped.
    pub fn calendar(&self) -> String {
        let (id, now) = (self.instance_id, self.now_secs);
        let stamp_day = u32::try_from(now / 86_400).unwrap_or(u32::MAX);
        let (stamp, secs) = (date(stamp_day), now % 86_400);
        let (hour, minute, second) = (secs / 3_600, secs / 60 % 60, secs % 60);
        // A floating time: 09:00 wherever the reader is on that day.
        let start = date(self.today.saturating_add(WEEKS * 7));
        let summary = escape(self.summary);
        let url: String = self
            .url
            .split('#')
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .collect();
        // Unfolded lines; no value holds a line break (`escape`, the filter above, a checked `data-id`).
        format!(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//skin-analysis//check-in reminder//EN\nCALSCALE:GREGORIAN\n\
             METHOD:PUBLISH\nBEGIN:VEVENT\nUID:check-in-{id}-{now}@skin-analysis\n\
             DTSTAMP:{stamp}T{hour:02}{minute:02}{second:02}Z\nDTSTART:{start}T090000\nDURATION:PT15M\n\
             SUMMARY:{summary}\nURL:{url}\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:{summary}\nTRIGGER:PT0S\n\
             END:VALARM\nEND:VEVENT\nEND:VCALENDAR"
        )
        .split('\n')
        .map(fold)
        .collect()
    }
}

/// `YYYYMMDD` of a day number.
fn date(day: u32) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}{m:02}{d:02}")
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 §3.1): at most 75 octets a line, continuation lines starting with a space,
/// never splitting a character; each line ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The calendar as a `data:` URL, for a link that downloads it: nothing is fetched or sent, and the link works
/// without script once drawn. Every byte but the unreserved ones (RFC 3986) is percent-encoded.
pub fn data_url(calendar: &str) -> String {
    let mut url = String::from("data:text/calendar;charset=utf-8,");
    for byte in calendar.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}
