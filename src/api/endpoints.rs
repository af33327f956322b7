//! One typed function per API action the commands use. Each returns the raw decoded body (for
//! `-o json`/`xml`, which keep the API's shape) together with the typed model (for tables).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{ApiError, BodyProblem};
use super::models::{Help, Limits};
use super::Client;

/// A decoded response: the body as the API sent it, and its typed reading.
#[derive(Debug, Clone)]
pub struct Response<T> {
    pub raw: Value,
    pub data: T,
}

impl<T> Response<T> {
    /// The `i`-th object of the raw body's `items`, to print next to the `i`-th typed item
    /// (`Value::Null` when there is none).
    pub fn raw_item(&self, i: usize) -> &Value {
        static NONE: Value = Value::Null;
        self.raw
            .get("items")
            .and_then(|items| items.as_array())
            .and_then(|items| items.get(i))
            .unwrap_or(&NONE)
    }
}

/// Read a typed model out of a decoded body; a body of the wrong shape is a server problem.
pub fn typed<T: DeserializeOwned>(action: &str, raw: Value) -> Result<Response<T>, ApiError> {
    // Read from a borrow: cloning the whole body first cost a copy of every item.
    match T::deserialize(&raw) {
        Ok(data) => Ok(Response { raw, data }),
        Err(e) => Err(ApiError::Body {
            action: action.to_string(),
            problem: BodyProblem::Garbage(format!("unexpected shape: {e}")),
            excerpt: String::new(),
        }),
    }
}

/// Build a parameter map from pairs, leaving out `None`s.
pub fn params<const N: usize>(pairs: [(&str, Option<Value>); N]) -> Map<String, Value> {
    pairs
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect()
}

impl Client {
    /// `account/limits`: balances per message type, with the account type.
    pub fn limits(&self) -> Result<Response<Limits>, ApiError> {
        let action = "account/limits";
        let raw = self.call(action, params([("show_type", Some(Value::Bool(true)))]))?;
        typed(action, raw)
    }

    /// `account/help`: contact details and the account manager.
    pub fn help(&self) -> Result<Response<Help>, ApiError> {
        let action = "account/help";
        let raw = self.call(action, Map::new())?;
        typed(action, raw)
    }
}
