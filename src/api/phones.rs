//! `phones/check` (HLR), `phones/lookup` (network membership and porting) and `phones/test`
//! (validation): typed calls and models, lenient for JSON and XML.
//!
//! `phones/check` and `phones/lookup` are charged per number, so `Client::call` never repeats
//! them (see `client::is_read_only`). Their answer comes in one of several forms, all accepted:
//! * a single result `{"phone","status","imsi","network","ported","network_ported",…}`;
//! * `{"status":"done","process":100,"items":[…results…]}` (several results, or a result
//!   fetched by id);
//! * a slow lookup: `{"phone","id"}`, or `{"id"}`, or a `status` other than `done` with
//!   `process` under 100: the result must be fetched later by asking again with the `id`;
//! * when asking with an `id` whose result is not ready, the API error 4105 (Waiting for reply).

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::endpoints::{typed, Response};
use super::error::{ApiError, BodyProblem};
use super::lenient;
use super::Client;

/// The two charged queries about a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneQuery {
    /// `phones/check`: HLR, whether the number is reachable now.
    Hlr,
    /// `phones/lookup`: which network the number belongs to, and whether it was ported.
    Lookup,
}

impl PhoneQuery {
    pub fn action(self) -> &'static str {
        match self {
            PhoneQuery::Hlr => "phones/check",
            PhoneQuery::Lookup => "phones/lookup",
        }
    }

    /// The `account/limits` balance it is charged to.
    pub fn balance(self) -> &'static str {
        match self {
            PhoneQuery::Hlr => "hlr",
            PhoneQuery::Lookup => "lookup",
        }
    }
}

/// One number's HLR or lookup result.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
pub struct NumberStatus {
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    /// `OK` or `ERR`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub status: String,
    /// A whole IMSI, or only MCC+MNC (`26003`); a number or a string on the wire.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub imsi: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub network: String,
    #[serde(default, deserialize_with = "lenient::bool")]
    pub ported: bool,
    /// The network it was ported to.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub network_ported: Option<String>,
    /// Why it is unreachable (`ABSENT_SUBSCRIBER_SM`), for `ERR`.
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub description: Option<String>,
}

impl NumberStatus {
    /// Whether the network answered that the number is reachable.
    pub fn is_ok(&self) -> bool {
        self.status.trim().eq_ignore_ascii_case("OK")
    }

    /// The network the number is in now: the one it was ported to, if any.
    pub fn network_now(&self) -> &str {
        match &self.network_ported {
            Some(n) if self.ported => n,
            _ => &self.network,
        }
    }

    /// `260-03` from the IMSI, when there is one.
    pub fn mcc_mnc(&self) -> Option<String> {
        mcc_mnc(self.imsi.as_deref()?)
    }
}

/// MCC and MNC from an IMSI or an MCC+MNC code, as `MCC-MNC`. The code alone is 5 or 6
/// digits, so its length says the MNC's. In a whole IMSI (up to 15 digits) the MNC has 3 digits
/// in the countries that use 3-digit MNCs (North America, India's 405, parts of Latin America
/// and the Caribbean) and 2 elsewhere.
pub fn mcc_mnc(imsi: &str) -> Option<String> {
    let d = imsi.trim();
    if d.len() < 5 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mnc_len = match d.len() {
        5 => 2,
        6 => 3,
        _ => {
            let mcc: u16 = d[..3].parse().ok()?;
            if matches!(mcc, 302 | 310..=316 | 334 | 338 | 342..=376 | 405 | 708 | 722 | 732) {
                3
            } else {
                2
            }
        }
    };
    Some(format!("{}-{}", &d[..3], &d[3..3 + mnc_len]))
}

/// One result with the API's object it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub raw: Value,
    pub data: NumberStatus,
}

/// What a charged query answered.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryAnswer {
    /// The results (one per number asked).
    Done(Vec<Checked>),
    /// A slow lookup: ask again with this id later. `raw` is the answer as it came.
    Pending { id: String, raw: Value },
}

/// `phones/test`: whether the API considers the number valid.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct PhoneTest {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub correct: bool,
}

impl Client {
    /// Ask `phones/check` or `phones/lookup` about one number (charged).
    pub fn phone_query(&self, query: PhoneQuery, phone: &str) -> Result<QueryAnswer, ApiError> {
        let action = query.action();
        let mut params = Map::new();
        params.insert("phone".into(), json!(phone));
        let raw = self.call(action, params)?;
        read_answer(action, raw, None)
    }

    /// Fetch the result of a slow query by its id. Not ready yet (error 4105, or an answer
    /// that is still in progress) is [`QueryAnswer::Pending`].
    pub fn phone_query_result(&self, query: PhoneQuery, id: &str) -> Result<QueryAnswer, ApiError> {
        let action = query.action();
        let mut params = Map::new();
        params.insert("id".into(), json!(id));
        match self.call(action, params) {
            Ok(raw) => read_answer(action, raw, Some(id)),
            Err(ApiError::Api { code: 4105, .. }) => Ok(QueryAnswer::Pending {
                id: id.to_string(),
                raw: json!({ "id": id }),
            }),
            Err(e) => Err(e),
        }
    }

    /// `phones/test` for one number.
    pub fn phone_test(&self, phone: &str) -> Result<Response<PhoneTest>, ApiError> {
        let action = "phones/test";
        let mut params = Map::new();
        params.insert("phone".into(), json!(phone));
        let raw = self.call(action, params)?;
        typed(action, raw)
    }
}

/// Read any of the answer forms in the module docs. `asked_id` is the id the request carried,
/// for answers that do not repeat it.
pub fn read_answer(
    action: &str,
    raw: Value,
    asked_id: Option<&str>,
) -> Result<QueryAnswer, ApiError> {
    let shape = |why: &str| ApiError::Body {
        action: action.to_string(),
        problem: BodyProblem::Garbage(format!("unexpected shape: {why}")),
        excerpt: String::new(),
    };
    let Some(obj) = raw.as_object() else {
        return Err(shape("not an object"));
    };
    let text = |key: &str| -> Option<String> {
        match obj.get(key)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let status = text("status");
    let process = obj.get("process").and_then(|p| match p {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    });
    let id = text("id").or_else(|| asked_id.map(str::to_string));
    let finished = match status.as_deref() {
        Some(s) if s.eq_ignore_ascii_case("done") => true,
        Some(_) if obj.contains_key("items") => process.is_none_or(|p| p >= 100.0),
        // A single result carries its own status (OK/ERR).
        Some(_) => true,
        None => obj.contains_key("items"),
    };
    if !finished {
        return match id {
            Some(id) => Ok(QueryAnswer::Pending { id, raw }),
            None => Err(shape("a query in progress without an id")),
        };
    }
    if let Some(items) = obj.get("items") {
        let items: Vec<Value> = match items {
            Value::Array(a) => a.clone(),
            Value::Null => Vec::new(),
            Value::String(s) if s.is_empty() => Vec::new(),
            one => vec![one.clone()],
        };
        if items.is_empty() {
            return Err(shape("no result in the answer"));
        }
        return items
            .into_iter()
            .map(|item| {
                typed::<NumberStatus>(action, item).map(|r| Checked {
                    raw: r.raw,
                    data: r.data,
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(QueryAnswer::Done);
    }
    if status.is_none() {
        return match id {
            Some(id) => Ok(QueryAnswer::Pending { id, raw }),
            None => Err(shape("neither a result nor a query id")),
        };
    }
    let r = typed::<NumberStatus>(action, raw)?;
    Ok(QueryAnswer::Done(vec![Checked {
        raw: r.raw,
        data: r.data,
    }]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{decode, Decoded};
    use crate::xml_encode;

    /// The value as the client sees it after the API sent it as XML.
    fn via_xml(v: &Value) -> Value {
        match decode(xml_encode::document(v).as_bytes()).unwrap() {
            Decoded::Data(v) => v,
            other => panic!("{other:?}"),
        }
    }

    fn done(v: Value) -> Vec<NumberStatus> {
        match read_answer("phones/check", v, None).unwrap() {
            QueryAnswer::Done(list) => list.into_iter().map(|c| c.data).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_reference_examples_in_json_and_xml() {
        let single = json!({"phone":"+48500600700","status":"OK","imsi":26006,"network":"Orange (PTK Centertel Sp. z o.o.)","ported":false,"network_ported":null});
        let two = json!({"status":"done","process":100,"items":[
            {"phone":"+48500600700","status":"ERR","imsi":26003,"network":"Orange (PTK Centertel Sp. z o.o.)","ported":false,"network_ported":null,"description":"ABSENT_SUBSCRIBER_SM"},
            {"phone":"+48600700800","status":"OK","imsi":260011234567890u64,"network":"Plus (Polkomtel S.A.)","ported":true,"network_ported":"Plus (Polkomtel S.A.)","description":null}]});
        for (s, t) in [
            (single.clone(), two.clone()),
            (via_xml(&single), via_xml(&two)),
        ] {
            let one = done(s);
            assert_eq!(one.len(), 1);
            assert!(one[0].is_ok());
            assert_eq!(one[0].imsi.as_deref(), Some("26006"));
            assert_eq!(one[0].mcc_mnc().as_deref(), Some("260-06"));
            assert!(!one[0].ported);
            assert_eq!(one[0].network_now(), "Orange (PTK Centertel Sp. z o.o.)");
            let both = done(t);
            assert!(!both[0].is_ok());
            assert_eq!(both[0].description.as_deref(), Some("ABSENT_SUBSCRIBER_SM"));
            assert!(both[1].ported);
            assert_eq!(both[1].network_now(), "Plus (Polkomtel S.A.)");
            assert_eq!(both[1].mcc_mnc().as_deref(), Some("260-01"));
            assert_eq!(both[1].description, None);
        }
    }

    #[test]
    fn slow_answers_are_pending() {
        let slow = json!({"phone":"+48500600700","id":"6970aa5525"});
        for v in [slow.clone(), via_xml(&slow)] {
            match read_answer("phones/check", v.clone(), None).unwrap() {
                QueryAnswer::Pending { id, raw } => {
                    assert_eq!(id, "6970aa5525");
                    assert_eq!(raw, v);
                }
                other => panic!("{other:?}"),
            }
        }
        let in_progress = json!({"status":"in_progress","process":40,"items":[]});
        assert!(matches!(
            read_answer("phones/check", in_progress, Some("abc")).unwrap(),
            QueryAnswer::Pending { id, .. } if id == "abc"
        ));
        assert!(read_answer("phones/check", json!({"phone": "+48500600700"}), None).is_err());
        assert!(read_answer("phones/check", json!({"status":"done","items":[]}), None).is_err());
    }

    #[test]
    fn mcc_mnc_forms() {
        assert_eq!(mcc_mnc("26003").as_deref(), Some("260-03"));
        assert_eq!(mcc_mnc("310260").as_deref(), Some("310-260"));
        assert_eq!(mcc_mnc("260011234567890").as_deref(), Some("260-01"));
        assert_eq!(mcc_mnc("310260123456789").as_deref(), Some("310-260"));
        assert_eq!(mcc_mnc("2600"), None);
        assert_eq!(mcc_mnc("26a03"), None);
    }

    #[test]
    fn phone_test_reads_every_boolean_form() {
        for (v, want) in [
            (json!({"correct": true}), true),
            (json!({"correct": "1"}), true),
            (json!({"correct": 0}), false),
            (json!({}), false),
        ] {
            assert_eq!(
                typed::<PhoneTest>("phones/test", v).unwrap().data.correct,
                want
            );
        }
    }
}
