//! `senders/index` and `senders/add`: sender names, typed and lenient for JSON and XML.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::endpoints::{typed, Response};
use super::error::ApiError;
use super::lenient;
use super::Client;

/// `senders/index`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SenderList {
    #[serde(default, deserialize_with = "lenient::list")]
    pub items: Vec<SenderName>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SenderName {
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: String,
    /// `delivered`, `required` or `not_required`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub agreement: String,
    /// `pending_authorization`, `authorized`, `rejected` or `deactivated`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub status: String,
}

/// `senders/add`: `{"success":true}`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SenderAdded {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub success: bool,
}

impl Client {
    /// The account's own sender names, or with `predefined` the system's predefined ones.
    pub fn senders(&self, predefined: bool) -> Result<Response<SenderList>, ApiError> {
        let action = "senders/index";
        let mut params = Map::new();
        if predefined {
            params.insert("predefined".into(), Value::Bool(true));
        }
        let raw = self.call(action, params)?;
        typed(action, raw)
    }

    /// Register a sender name (it must then be authorized).
    pub fn add_sender(&self, name: &str) -> Result<Response<SenderAdded>, ApiError> {
        let action = "senders/add";
        let mut params = Map::new();
        params.insert("name".into(), json!(name));
        let raw = self.call(action, params)?;
        typed(action, raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{decode, Decoded};

    #[test]
    fn the_reference_example_and_its_xml_form() {
        let json_body = r#"{"items":[{"name":"Testowa","agreement":"not_required","status":"pending_authorization"},
          {"name":"SerwerSMSpl","agreement":"delivered", "status": "authorized"}]}"#;
        let xml_one = "<?xml version=\"1.0\"?><result><items><item><name>Testowa</name><agreement>not_required</agreement><status>pending_authorization</status></item></items></result>";
        let read = |body: &str| match decode(body.as_bytes()).unwrap() {
            Decoded::Data(v) => typed::<SenderList>("senders/index", v).unwrap().data,
            other => panic!("{other:?}"),
        };
        let list = read(json_body);
        assert_eq!(list.items.len(), 2);
        assert_eq!(list.items[1].agreement, "delivered");
        let one = read(xml_one);
        assert_eq!(one.items, list.items[..1]);
        assert!(read(r#"{"items":[]}"#).items.is_empty());
        assert!(read("<result><items/></result>").items.is_empty());
        let added = typed::<SenderAdded>("senders/add", serde_json::json!({"success": "1"}));
        assert!(added.unwrap().data.success);
    }
}
