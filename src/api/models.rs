//! Typed response models, read from the decoded body tree (see `decode`). Each field states the
//! API's name; every field tolerates the loose forms described in `lenient`, so the same model
//! reads a JSON or an XML response. Request parameters are built as JSON maps by the endpoint
//! functions in `endpoints`, because the API takes a flat bag of named values.

use serde::Deserialize;

use super::lenient;

/// `paging` of a list: the page answered and the number of pages (pages count from 1).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub struct Paging {
    #[serde(default, deserialize_with = "lenient::i64")]
    pub page: i64,
    #[serde(default, deserialize_with = "lenient::i64")]
    pub count: i64,
}

/// `account/limits`: balances per message type.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Limits {
    #[serde(default)]
    pub account: Option<AccountType>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub items: Vec<Limit>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct AccountType {
    #[serde(default, rename = "type", deserialize_with = "lenient::string")]
    pub kind: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Limit {
    #[serde(default, rename = "type", deserialize_with = "lenient::string")]
    pub kind: String,
    /// `"<max chars>/<max parts>"`, or `nd` where it does not apply.
    #[serde(default, deserialize_with = "lenient::string")]
    pub chars_limit: String,
    /// A number, `no_limit` or `not_available`, always sent as a string.
    #[serde(default, deserialize_with = "lenient::string")]
    pub value: String,
}

impl Limit {
    /// The balance as a number, when it is one.
    pub fn amount(&self) -> Option<f64> {
        self.value.trim().replace(',', ".").parse().ok()
    }
}

/// `account/help`: contact details and the account manager.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Help {
    #[serde(default, deserialize_with = "lenient::string")]
    pub telephone: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub email: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub form: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub faq: String,
    /// Named `account_maintainer` by newer clients and `quardian_account` (sic) by older ones.
    #[serde(default, alias = "quardian_account")]
    pub account_maintainer: Option<Maintainer>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Maintainer {
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub email: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub telephone: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub photo: String,
}
