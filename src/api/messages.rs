//! Sending: `messages/send_sms` and `messages/send_personalized` with their response model, and
//! the one lookup a resumed send needs, `messages/reports` by `unique_id`.
//!
//! # Wire choices
//! * Lists go as JSON arrays (what php, sym and the docs use); booleans as JSON `true`, and only
//!   when set; no `sender` key at all for ECO (sym drops null keys too).
//! * `details` is always sent: the per-recipient `items` are what the journal, the table and
//!   the exit code are built from.
//! * Personalized messages go as an array of `{phone, text}` objects. Their own ids go under
//!   both `unique_id` (the unique_id page and sym 2.0.1) and `uniqe_id` (the spelling in most
//!   official docblocks), since which one the server reads is not documented.
//!
//! # Reading
//! The answer's summary ([`SendResult`]) is read leniently (JSON or XML, numbers as text); its
//! per-recipient items stay as the API sent them ([`items`]), since a bulk send prints them as
//! they are and reads only a field or two, and [`SentItem::read`] types one when needed.
//! `error_code` and `error_message` may be missing on an unsent item; `items` may be missing
//! altogether.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::endpoints::typed;
use super::error::{ApiError, BodyProblem};
use super::lenient;
use super::models::Paging;
use super::{Client, Response};

/// Most ids one `messages/reports` request may name.
pub const REPORTS_MAX_IDS: usize = 500;

/// How a message is sent; the same for every recipient of one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendOptions {
    /// A sender name makes a FULL message; none makes it ECO.
    pub sender: Option<String>,
    pub flash: bool,
    pub utf: bool,
    pub speed: bool,
    /// Validate only; nothing is sent.
    pub test: bool,
    /// When to send, as the API writes dates (`YYYY-MM-DD HH:MM:SS`, Warsaw time).
    pub date: Option<String>,
}

impl SendOptions {
    fn params(&self) -> Map<String, Value> {
        let mut p = Map::new();
        if let Some(s) = &self.sender {
            p.insert("sender".into(), json!(s));
        }
        for (key, set) in [
            ("flash", self.flash),
            ("utf", self.utf),
            ("speed", self.speed),
            ("test", self.test),
            ("details", true),
        ] {
            if set {
                p.insert(key.into(), Value::Bool(true));
            }
        }
        if let Some(d) = &self.date {
            p.insert("date".into(), json!(d));
        }
        p
    }
}

/// The summary of the answer to a send (its `items` are read with [`items`]).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SendResult {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub success: bool,
    #[serde(default, deserialize_with = "lenient::i64")]
    pub queued: i64,
    #[serde(default, deserialize_with = "lenient::i64")]
    pub unsent: i64,
}

/// The per-recipient items of a send's answer, as the API sent them and in its order: a list,
/// or (XML with one `<item>`) a single object; none when there are none.
pub fn items(raw: Value) -> Vec<Value> {
    let Value::Object(mut map) = raw else {
        return Vec::new();
    };
    match map.remove("items") {
        Some(Value::Array(items)) => items,
        Some(single @ Value::Object(_)) => vec![single],
        _ => Vec::new(),
    }
}

/// One recipient's result.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SentItem {
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    /// `queued` or `unsent`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub status: String,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub queued: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_i64")]
    pub parts: Option<i64>,
    #[serde(default, deserialize_with = "lenient::opt_i64")]
    pub error_code: Option<i64>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub error_message: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub text: Option<String>,
}

impl SentItem {
    /// Read one raw item leniently; `None` if it is not an object.
    pub fn read(raw: &Value) -> Option<SentItem> {
        raw.is_object()
            .then(|| SentItem::deserialize(raw).ok())
            .flatten()
    }

    /// Whether the gateway refused this recipient. Anything but `unsent` (`queued`, or a
    /// status the documentation does not list) counts as accepted.
    pub fn is_unsent(&self) -> bool {
        self.status.eq_ignore_ascii_case("unsent")
    }
}

/// A message the server knows, as `messages/reports` describes it (only the fields a resumed
/// send needs).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct KnownMessage {
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub status: String,
    /// Not in the documented report fields; read when the server sends it.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub unique_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub queued: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_i64")]
    pub parts: Option<i64>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct ReportsPage {
    #[serde(default)]
    paging: Option<Paging>,
    #[serde(default, deserialize_with = "lenient::list")]
    items: Vec<Value>,
}

impl Client {
    /// `messages/send_sms`: one text to these numbers, groups and contacts, with one own id
    /// per number when `unique_ids` is not empty.
    pub fn send_sms(
        &self,
        phones: Vec<String>,
        text: &str,
        address_book: &AddressBook,
        unique_ids: &[String],
        options: &SendOptions,
    ) -> Result<Response<SendResult>, ApiError> {
        let action = "messages/send_sms";
        let mut p = options.params();
        if !phones.is_empty() {
            let list = phones.into_iter().map(Value::String).collect();
            p.insert("phone".into(), Value::Array(list));
        }
        p.insert("text".into(), json!(text));
        address_book.add_to(&mut p);
        if !unique_ids.is_empty() {
            p.insert("unique_id".into(), json!(unique_ids));
        }
        summary(action, self.call(action, p)?)
    }

    /// `messages/send_personalized`: a text per number, with one own id per message when
    /// `unique_ids` is not empty.
    pub fn send_personalized(
        &self,
        messages: &[(String, String)],
        unique_ids: &[String],
        options: &SendOptions,
    ) -> Result<Response<SendResult>, ApiError> {
        let action = "messages/send_personalized";
        let mut p = options.params();
        let list: Vec<Value> = messages
            .iter()
            .map(|(phone, text)| json!({"phone": phone, "text": text}))
            .collect();
        p.insert("messages".into(), Value::Array(list));
        if !unique_ids.is_empty() {
            p.insert("unique_id".into(), json!(unique_ids));
            p.insert("uniqe_id".into(), json!(unique_ids));
        }
        summary(action, self.call(action, p)?)
    }

    /// `messages/reports` for these own ids: every message the server stored under one of
    /// them, with its raw item. Asks at most [`REPORTS_MAX_IDS`] ids at a time and follows the
    /// paging to the end.
    pub fn messages_by_unique_id(
        &self,
        unique_ids: &[String],
    ) -> Result<Vec<(Value, KnownMessage)>, ApiError> {
        let action = "messages/reports";
        let mut out = Vec::new();
        for chunk in unique_ids.chunks(REPORTS_MAX_IDS) {
            let mut page = 1i64;
            loop {
                let mut p = Map::new();
                p.insert("unique_id".into(), json!(chunk));
                p.insert("limit".into(), json!(chunk.len()));
                p.insert("page".into(), json!(page));
                let got: Response<ReportsPage> = typed(action, self.call(action, p)?)?;
                for raw in got.data.items {
                    let known: KnownMessage = typed(action, raw.clone())?.data;
                    out.push((raw, known));
                }
                let pages = got.data.paging.map(|p| p.count).unwrap_or(1);
                if page >= pages {
                    break;
                }
                page += 1;
            }
        }
        Ok(out)
    }
}

/// Read a send's summary in place: a bulk send's answer holds thousands of items, and
/// `endpoints::typed` would copy them all first.
fn summary(action: &str, raw: Value) -> Result<Response<SendResult>, ApiError> {
    match SendResult::deserialize(&raw) {
        Ok(data) => Ok(Response { raw, data }),
        Err(e) => Err(ApiError::Body {
            action: action.to_string(),
            problem: BodyProblem::Garbage(format!("unexpected shape: {e}")),
            excerpt: String::new(),
        }),
    }
}

/// Address-book recipients of a send: contact groups and single contacts, by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddressBook {
    pub groups: Vec<String>,
    pub contacts: Vec<String>,
}

impl AddressBook {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.contacts.is_empty()
    }

    fn add_to(&self, p: &mut Map<String, Value>) {
        if !self.groups.is_empty() {
            p.insert("group_id".into(), json!(self.groups));
        }
        if !self.contacts.is_empty() {
            p.insert("contact_id".into(), json!(self.contacts));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{decode, Decoded};

    fn data(body: &str) -> Value {
        match decode(body.as_bytes()).unwrap() {
            Decoded::Data(v) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reads_the_reference_example() {
        let raw = data(
            r#"{"success":true,"queued":1,"unsent":1,"items":[
            {"id":"aca3944055","phone":"+48500600700","status":"queued","queued":"2024-05-06 10:15:00","parts":1,"text":"Test message"},
            {"id":"b7ac0db51a","phone":"+48600700800","status":"unsent","parts":1,"error_code":2001,"error_message":"Invalid phone number","text":"Test message"}]}"#,
        );
        let r = summary("x", raw).unwrap();
        assert_eq!((r.data.success, r.data.queued, r.data.unsent), (true, 1, 1));
        let list: Vec<SentItem> = items(r.raw).iter().filter_map(SentItem::read).collect();
        assert!(!list[0].is_unsent() && list[1].is_unsent());
        assert_eq!(list[1].error_code, Some(2001));
        assert_eq!(list[0].error_code, None);
    }

    #[test]
    fn reads_xml_with_one_item_and_text_numbers() {
        let raw = data(
            "<?xml version=\"1.0\"?><result><success>1</success><queued>1</queued><unsent>0</unsent>\
             <items><item><id>aca3944055</id><phone>+48500600700</phone><status>queued</status>\
             <parts>2</parts></item></items></result>",
        );
        let r = summary("x", raw).unwrap();
        assert_eq!((r.data.success, r.data.queued), (true, 1));
        let list = items(r.raw);
        assert_eq!(list.len(), 1);
        assert_eq!(SentItem::read(&list[0]).unwrap().parts, Some(2));
    }

    #[test]
    fn reads_an_answer_without_items() {
        let r = summary("x", data(r#"{"success":"true","queued":"3","unsent":0}"#)).unwrap();
        assert_eq!((r.data.success, r.data.queued), (true, 3));
        assert!(items(r.raw).is_empty());
    }

    #[test]
    fn option_parameters() {
        let o = SendOptions {
            sender: Some("Firma".into()),
            utf: true,
            date: Some("2026-01-01 10:00:00".into()),
            ..Default::default()
        };
        assert_eq!(
            Value::Object(o.params()),
            json!({"sender": "Firma", "utf": true, "details": true, "date": "2026-01-01 10:00:00"})
        );
        assert_eq!(
            Value::Object(SendOptions::default().params()),
            json!({"details": true})
        );
    }
}
