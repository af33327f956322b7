//! Delivery reports and incoming messages: typed models and one function per action
//! (`messages/reports`, `messages/view`, `messages/delete`, `messages/recived`).
//!
//! Lists come one page per call, as a [`Page`] holding the body as it came (so `-o json` keeps
//! the API's field names) and its `paging`; its items are read into models one at a time
//! ([`Report::read`], [`Incoming::read`]) so that a page is never held twice in memory. Walking
//! the pages is the commands' business (`commands::pages`).
//!
//! Every field is read leniently (see `lenient`), so the models read JSON and XML bodies alike.
//! The incoming-messages action is spelled `messages/recived` in the documentation and every
//! client up to 2025 and `messages/received` in the 2026 Symfony bundle; [`IncomingPath`] tries
//! the documented one first and switches once if the server answers error 1000 (unknown
//! action). Items are accepted with the date as `recived` or `received`.

use std::sync::atomic::{AtomicU8, Ordering};

use serde::Deserialize;
use serde_json::{Map, Value};

use super::endpoints::{params, typed, Response};
use super::error::{ApiError, BodyProblem};
use super::lenient;
pub use super::models::Paging;
use super::Client;

/// One page of a list, as it came.
#[derive(Debug, Clone)]
pub struct Page {
    pub action: String,
    pub raw: Value,
    pub paging: Option<Paging>,
}

impl Page {
    fn new(action: &str, raw: Value) -> Result<Page, ApiError> {
        let paging = match raw.get("paging") {
            None | Some(Value::Null) => None,
            Some(p) => Some(Paging::deserialize(p).map_err(|e| shape(action, e))?),
        };
        Ok(Page {
            action: action.to_string(),
            raw,
            paging,
        })
    }

    /// The raw items: a missing or empty list is none, a lone object (an XML list of one that
    /// was not wrapped as `<item>`) is one.
    pub fn items(&self) -> &[Value] {
        match self.raw.get("items") {
            Some(Value::Array(items)) => items,
            Some(single @ Value::Object(_)) => std::slice::from_ref(single),
            _ => &[],
        }
    }
}

fn shape(action: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::Body {
        action: action.to_string(),
        problem: BodyProblem::Garbage(format!("unexpected shape: {e}")),
        excerpt: String::new(),
    }
}

/// One delivery report (`messages/reports` item, or `messages/view`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Report {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    /// `delivered`, `undelivered`, `sent`, `unsent`, `in_progress` or `saved`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub status: String,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub queued: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub sent: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub delivered: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub sender: Option<String>,
    #[serde(default, rename = "type", deserialize_with = "lenient::string")]
    pub kind: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub text: String,
    #[serde(default, deserialize_with = "lenient::opt_i64")]
    pub parts: Option<i64>,
    #[serde(default, deserialize_with = "lenient::opt_f64")]
    pub cost: Option<f64>,
    /// A reason code for undelivered and unsent messages (`wrong_number`, …).
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub reason: Option<String>,
}

impl Report {
    /// Read one raw item of `action`'s answer.
    pub fn read(action: &str, raw: &Value) -> Result<Report, ApiError> {
        Report::deserialize(raw).map_err(|e| shape(action, e))
    }

    /// Whether the message reached a state that will not change.
    pub fn is_final(&self) -> bool {
        matches!(self.status.as_str(), "delivered" | "undelivered" | "unsent")
    }
}

/// What `messages/delete` did.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Deleted {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub success: bool,
    #[serde(default, deserialize_with = "lenient::i64")]
    pub correct: i64,
    #[serde(default, deserialize_with = "lenient::i64")]
    pub failed: i64,
}

/// One incoming message (`messages/recived` item).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Incoming {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: String,
    /// `eco`, `nd`, `ndi`, `mms` (or `pre`, `2way`).
    #[serde(default, rename = "type", deserialize_with = "lenient::string")]
    pub kind: String,
    /// The sender's number.
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    /// The date as documented (sic).
    #[serde(default, deserialize_with = "lenient::opt_string")]
    recived: Option<String>,
    /// The date as the 2026 Symfony bundle names it.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    received: Option<String>,
    /// For replies to ECO messages: the id of the message replied to.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub message_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::bool")]
    pub blacklist: bool,
    #[serde(default, deserialize_with = "lenient::string")]
    pub text: String,
    /// For NDI and MMS: the number it was sent to.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub to_number: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub attachments: Vec<Attachment>,
}

impl Incoming {
    pub fn read(action: &str, raw: &Value) -> Result<Incoming, ApiError> {
        Incoming::deserialize(raw).map_err(|e| shape(action, e))
    }

    /// When it arrived (`YYYY-MM-DD HH:MM:SS`), under either spelling of the field.
    pub fn received(&self) -> Option<&str> {
        self.recived.as_deref().or(self.received.as_deref())
    }

    /// Incoming ids are counted per type on the real API, so the type is part of the key.
    pub fn key(&self) -> String {
        format!("{}:{}", self.kind, self.id)
    }
}

/// An MMS attachment of an incoming message.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Attachment {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub content_type: String,
    /// The file, in base64.
    #[serde(default, deserialize_with = "lenient::string")]
    pub data: String,
}

/// Which messages `messages/reports` should list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportQuery {
    pub ids: Vec<String>,
    pub unique_ids: Vec<String>,
    /// Normalized numbers.
    pub phones: Vec<String>,
    /// API dates (`YYYY-MM-DD HH:MM:SS`, Warsaw time).
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub stat_id: Option<u64>,
    /// `asc` or `desc`.
    pub order: Option<String>,
}

/// Which incoming messages `messages/recived` should list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IncomingQuery {
    /// `eco`, `nd`, `ndi`, `mms`; `None` for every type.
    pub kind: Option<String>,
    pub ndi: Option<String>,
    pub phones: Vec<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub order: Option<String>,
    /// Mark the listed messages as read (this makes the request a write: never repeated).
    pub read: bool,
}

fn list(values: &[String]) -> Option<Value> {
    (!values.is_empty()).then(|| Value::Array(values.iter().cloned().map(Value::from).collect()))
}

fn text(value: &Option<String>) -> Option<Value> {
    value.clone().map(Value::String)
}

fn paging_params(map: &mut Map<String, Value>, page: u64, limit: u64) {
    map.insert("page".into(), page.into());
    map.insert("limit".into(), limit.into());
}

impl ReportQuery {
    pub fn params(&self, page: u64, limit: u64) -> Map<String, Value> {
        let mut map = params([
            ("id", list(&self.ids)),
            ("unique_id", list(&self.unique_ids)),
            ("phone", list(&self.phones)),
            ("date_from", text(&self.date_from)),
            ("date_to", text(&self.date_to)),
            ("status", text(&self.status)),
            ("type", text(&self.kind)),
            ("stat_id", self.stat_id.map(Value::from)),
            ("order", text(&self.order)),
        ]);
        paging_params(&mut map, page, limit);
        map
    }
}

impl IncomingQuery {
    pub fn params(&self, page: u64, limit: u64) -> Map<String, Value> {
        let mut map = params([
            ("type", text(&self.kind)),
            ("ndi", text(&self.ndi)),
            ("phone", list(&self.phones)),
            ("date_from", text(&self.date_from)),
            ("date_to", text(&self.date_to)),
            ("order", text(&self.order)),
            ("read", self.read.then_some(Value::Bool(true))),
        ]);
        paging_params(&mut map, page, limit);
        map
    }
}

/// The path of the incoming-messages action, learnt from the server: `messages/recived` until
/// it answers "unknown action", then `messages/received`. One per run.
#[derive(Debug, Default)]
pub struct IncomingPath(AtomicU8);

const RECIVED: u8 = 0;
const RECEIVED: u8 = 1;

impl IncomingPath {
    pub fn current(&self) -> &'static str {
        match self.0.load(Ordering::Relaxed) {
            RECEIVED => "messages/received",
            _ => "messages/recived",
        }
    }

    /// After error 1000 from `from`: move to `messages/received` if `from` was the documented
    /// spelling (true: ask again), else give up (false).
    fn switch(&self, from: &str) -> bool {
        from == "messages/recived" && self.0.swap(RECEIVED, Ordering::Relaxed) == RECIVED
    }
}

impl Client {
    /// `messages/reports`: one page of delivery reports.
    pub fn reports(&self, query: &ReportQuery, page: u64, limit: u64) -> Result<Page, ApiError> {
        let action = "messages/reports";
        let raw = self.call(action, query.params(page, limit))?;
        Page::new(action, raw)
    }

    /// `messages/view`: one message.
    pub fn view_message(&self, id: &str) -> Result<Response<Report>, ApiError> {
        let action = "messages/view";
        let raw = self.call(action, params([("id", Some(Value::from(id)))]))?;
        typed(action, raw)
    }

    /// `messages/delete`: cancel scheduled messages by id and/or unique id.
    pub fn delete_messages(
        &self,
        ids: &[String],
        unique_ids: &[String],
    ) -> Result<Response<Deleted>, ApiError> {
        let action = "messages/delete";
        let raw = self.call(
            action,
            params([("id", list(ids)), ("unique_id", list(unique_ids))]),
        )?;
        typed(action, raw)
    }

    /// `messages/recived` (or `received`, see [`IncomingPath`]): one page of incoming messages.
    pub fn incoming(
        &self,
        query: &IncomingQuery,
        page: u64,
        limit: u64,
        path: &IncomingPath,
    ) -> Result<Page, ApiError> {
        loop {
            let action = path.current();
            // Error 1000 means the action was not carried out, so asking again under the other
            // name is safe even with `read`.
            match self.call(action, query.params(page, limit)) {
                Ok(raw) => return Page::new(action, raw),
                Err(ApiError::Api { code: 1000, .. }) if path.switch(action) => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{decode, Decoded};
    use serde_json::json;

    fn body(text: &str) -> Value {
        match decode(text.as_bytes()).unwrap() {
            Decoded::Data(v) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reports_read_from_json() {
        let raw = body(
            r#"{"paging":{"page":1,"count":3},"items":[{"id":"aca3944055","phone":"+48500600700",
            "status":"delivered","queued":"2024-05-06 10:15:00","sent":"2024-05-06 10:15:02",
            "delivered":"2024-05-06 10:15:09","sender":"INFORMACJA","type":"full","text":"Hi",
            "flash":false,"utf":false,"parts":1,"cost":0.07,"reason":null}]}"#,
        );
        let page = Page::new("messages/reports", raw).unwrap();
        assert_eq!(page.paging, Some(Paging { page: 1, count: 3 }));
        let r = Report::read("messages/reports", &page.items()[0]).unwrap();
        assert_eq!(r.id, "aca3944055");
        assert_eq!(r.parts, Some(1));
        assert_eq!(r.cost, Some(0.07));
        assert_eq!(r.reason, None);
        assert!(r.is_final());
    }

    #[test]
    fn reports_read_from_xml() {
        let raw = body(
            "<?xml version=\"1.0\"?><result><paging><page>2</page><count>2</count></paging>\
             <items><item><id>b7ac0db51a</id><phone>+48500600404</phone><status>undelivered</status>\
             <queued>2024-05-06 10:15:00</queued><sent/><delivered/><parts>2</parts><cost>0,14</cost>\
             <reason>wrong_number</reason></item></items></result>",
        );
        let page = Page::new("messages/reports", raw).unwrap();
        assert_eq!(page.paging, Some(Paging { page: 2, count: 2 }));
        assert_eq!(page.items().len(), 1);
        let r = Report::read("messages/reports", &page.items()[0]).unwrap();
        assert_eq!(r.status, "undelivered");
        assert_eq!(r.sent, None);
        assert_eq!(r.parts, Some(2));
        assert_eq!(r.cost, Some(0.14));
        assert_eq!(r.reason.as_deref(), Some("wrong_number"));
    }

    #[test]
    fn incoming_reads_either_spelling_and_mms_fields() {
        let raw = body(
            r#"{"items":[
            {"id":2477793,"type":"eco","phone":"+48500600700","recived":"2014-10-21 11:18:03","message_id":"eba39e4fe1","blacklist":false,"text":"Przyjade o 16"},
            {"id":"7","type":"mms","phone":"+48500600700","received":"2014-10-21 12:00:00","blacklist":"1","text":"",
             "to_number":"+48500111222","title":"Photo","attachments":[{"id":1,"name":"a.jpg","content_type":"image/jpeg","data":"AAEC"}]}]}"#,
        );
        let page = Page::new("messages/recived", raw).unwrap();
        assert_eq!(page.paging, None);
        let eco = Incoming::read("messages/recived", &page.items()[0]).unwrap();
        assert_eq!(eco.received(), Some("2014-10-21 11:18:03"));
        assert_eq!(eco.message_id.as_deref(), Some("eba39e4fe1"));
        assert_eq!(eco.key(), "eco:2477793");
        let mms = Incoming::read("messages/recived", &page.items()[1]).unwrap();
        assert_eq!(mms.received(), Some("2014-10-21 12:00:00"));
        assert!(mms.blacklist);
        assert_eq!(mms.attachments[0].name, "a.jpg");
        assert_eq!(mms.attachments[0].id, "1");
    }

    #[test]
    fn incoming_from_xml_with_one_attachment() {
        let raw = body(
            "<result><items><item><id>5</id><type>mms</type><phone>+48500600700</phone>\
             <recived>2014-10-21 11:18:03</recived><title>T</title><attachments><item><id>9</id>\
             <name>x.txt</name><content_type>text/plain</content_type><data>aGk=</data></item>\
             </attachments></item></items></result>",
        );
        let page = Page::new("messages/recived", raw).unwrap();
        let m = Incoming::read("messages/recived", &page.items()[0]).unwrap();
        assert_eq!(m.attachments.len(), 1);
        assert_eq!(m.attachments[0].data, "aGk=");
        assert_eq!(m.title.as_deref(), Some("T"));
    }

    #[test]
    fn delete_answer_in_both_forms() {
        let d: Deleted =
            serde_json::from_value(json!({"success":true,"correct":1,"failed":0})).unwrap();
        assert_eq!((d.success, d.correct, d.failed), (true, 1, 0));
        let d: Deleted = serde_json::from_value(body(
            "<result><success>0</success><correct>0</correct><failed>2</failed></result>",
        ))
        .unwrap();
        assert_eq!((d.success, d.correct, d.failed), (false, 0, 2));
    }

    #[test]
    fn query_params() {
        let q = ReportQuery {
            ids: vec!["a".into(), "b".into()],
            status: Some("delivered".into()),
            stat_id: Some(7),
            ..Default::default()
        };
        let p = q.params(2, 500);
        assert_eq!(
            Value::Object(p),
            json!({"id": ["a", "b"], "status": "delivered", "stat_id": 7, "page": 2, "limit": 500})
        );
        let q = IncomingQuery {
            read: true,
            ..Default::default()
        };
        assert_eq!(
            Value::Object(q.params(1, 50)),
            json!({"read": true, "page": 1, "limit": 50})
        );
    }

    #[test]
    fn incoming_path_switches_once() {
        let p = IncomingPath::default();
        assert_eq!(p.current(), "messages/recived");
        assert!(p.switch("messages/recived"));
        assert_eq!(p.current(), "messages/received");
        assert!(!p.switch("messages/received"));
        assert_eq!(p.current(), "messages/received");
    }
}
