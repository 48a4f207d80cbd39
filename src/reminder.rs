//! "Remind me to check in": an iCalendar file (RFC 5545) made in the browser, with one event [`WEEKS`] weeks ahead at
//! 09:00 the reader's time, an alarm at its start, the quiz's title and the page's address. It holds no answer and
//! no health detail; nothing is sent anywhere (the view downloads it from a Blob URL).

use crate::history::civil;

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
        let stamp_day = u32::try_from(self.now_secs / 86_400).unwrap_or(u32::MAX);
        let secs = self.now_secs % 86_400;
        let summary = escape(self.summary);
        let url: String = self
            .url
            .split('#')
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .collect();
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//skin-analysis//check-in reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!(
                "UID:check-in-{}-{}@skin-analysis",
                self.instance_id, self.now_secs
            ),
            format!(
                "DTSTAMP:{}T{:02}{:02}{:02}Z",
                date(stamp_day),
                secs / 3_600,
                secs / 60 % 60,
                secs % 60
            ),
            // A floating time: 09:00 wherever the reader is on that day.
            format!(
                "DTSTART:{}T090000",
                date(self.today.saturating_add(WEEKS * 7))
            ),
            "DURATION:PT15M".to_owned(),
            format!("SUMMARY:{summary}"),
            format!("URL:{url}"),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{summary}"),
            "TRIGGER:PT0S".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        lines.iter().map(|line| fold(line)).collect()
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

/// Offers `text` as a download named `file_name` (a Blob URL clicked through an `<a download>`); nothing is sent.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let failed = |err: wasm_bindgen::JsValue| {
        format!(
            "making the calendar file failed ({})",
            crate::storage::js_message(&err)
        )
    };
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&text.into()),
        &options,
    )
    .map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Released once the browser has taken the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
        .map_err(failed)?;
    Ok(())
}
