//! `blacklist/add`, `blacklist/index`, `blacklist/check` and `blacklist/delete`: typed calls and
//! models, lenient for JSON and XML. Numbers are passed as given; callers normalize them first.
//!
//! The API's "already listed" (4601) and "not listed" (4602) come back as `ApiError::Api`;
//! deciding that they are not failures is the command's business, not this layer's.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::endpoints::{typed, Response};
use super::error::ApiError;
use super::lenient;
use super::models::Paging;
use super::Client;

/// "Number is already on the list".
pub const ALREADY_LISTED: i64 = 4601;
/// "Not found the specified number".
pub const NOT_LISTED: i64 = 4602;

/// One page of `blacklist/index`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct BlacklistPage {
    /// Absent in the documentation's example; present when the server pages.
    #[serde(default)]
    pub paging: Option<Paging>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub items: Vec<BlacklistEntry>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct BlacklistEntry {
    #[serde(default, deserialize_with = "lenient::string")]
    pub phone: String,
    /// `YYYY-MM-DD HH:MM:SS`, as the API writes dates.
    #[serde(default, deserialize_with = "lenient::string")]
    pub added: String,
}

/// `blacklist/add` and `blacklist/delete`: `{"success":true}`, with the new entry's `id` for add.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct BlacklistChange {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub success: bool,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub id: Option<String>,
}

/// `blacklist/check`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct BlacklistCheck {
    #[serde(default, deserialize_with = "lenient::bool")]
    pub exists: bool,
}

fn phone(phone: &str) -> Map<String, Value> {
    let mut params = Map::new();
    params.insert("phone".into(), json!(phone));
    params
}

impl Client {
    /// One page (1-based) of the blacklist, optionally only the entry for one number.
    pub fn blacklist_page(
        &self,
        number: Option<&str>,
        page: i64,
        limit: i64,
    ) -> Result<Response<BlacklistPage>, ApiError> {
        let action = "blacklist/index";
        let mut params = number.map(phone).unwrap_or_default();
        params.insert("page".into(), json!(page));
        params.insert("limit".into(), json!(limit));
        let raw = self.call(action, params)?;
        typed(action, raw)
    }

    pub fn blacklist_add(&self, number: &str) -> Result<Response<BlacklistChange>, ApiError> {
        let action = "blacklist/add";
        let raw = self.call(action, phone(number))?;
        typed(action, raw)
    }

    pub fn blacklist_check(&self, number: &str) -> Result<Response<BlacklistCheck>, ApiError> {
        let action = "blacklist/check";
        let raw = self.call(action, phone(number))?;
        typed(action, raw)
    }

    pub fn blacklist_delete(&self, number: &str) -> Result<Response<BlacklistChange>, ApiError> {
        let action = "blacklist/delete";
        let raw = self.call(action, phone(number))?;
        typed(action, raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{decode, Decoded};
    use crate::xml_encode;

    fn data(body: &str) -> Value {
        match decode(body.as_bytes()).unwrap() {
            Decoded::Data(v) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_reference_examples_in_json_and_xml() {
        let index = r#"{"items":[{"phone":"+48500600702","added":"2014-10-22 12:25:10"},{"phone":"+48500600701","added":"2014-10-22 15:52:03"}]}"#;
        let v = data(index);
        let xml = data(&xml_encode::document(&v));
        for body in [v, xml] {
            let page = typed::<BlacklistPage>("blacklist/index", body)
                .unwrap()
                .data;
            assert_eq!(page.paging, None);
            assert_eq!(page.items[1].phone, "+48500600701");
            assert_eq!(page.items[0].added, "2014-10-22 12:25:10");
        }
        let paged = data(
            r#"<result><paging><page>2</page><count>3</count></paging><items><item><phone>+48500600702</phone><added/></item></items></result>"#,
        );
        let page = typed::<BlacklistPage>("blacklist/index", paged)
            .unwrap()
            .data;
        assert_eq!(page.paging, Some(Paging { page: 2, count: 3 }));
        assert_eq!(page.items.len(), 1);
        assert_eq!(page.items[0].added, "");

        let added =
            typed::<BlacklistChange>("blacklist/add", data(r#"{"success":true,"id":12354}"#));
        assert_eq!(added.unwrap().data.id.as_deref(), Some("12354"));
        let xml_added = data("<result><success>1</success><id>12354</id></result>");
        let added = typed::<BlacklistChange>("blacklist/add", xml_added)
            .unwrap()
            .data;
        assert!(added.success);
        for (body, want) in [
            (r#"{"exists":true}"#, true),
            ("<result><exists>0</exists></result>", false),
        ] {
            let c = typed::<BlacklistCheck>("blacklist/check", data(body))
                .unwrap()
                .data;
            assert_eq!(c.exists, want);
        }
    }
}
