//! The only place that speaks HTTP to SerwerSMS.
//!
//! * [`client`]: the one `call`, with the retry, failover and redaction policy.
//! * [`decode`]: JSON and XML bodies into one value tree; the API's error object.
//! * [`error`]: [`ApiError`], which keeps the API's code and message or the transport failure.
//! * [`models`] and [`lenient`]: typed responses that read JSON and XML alike.
//! * [`endpoints`]: one typed function per action the commands use.
//! * [`messages`]: sending (`send_sms`, `send_personalized`) and the reports lookup a resumed
//!   send needs.
//!
//! Nothing in here prints results or knows about commands; nothing outside it opens a socket
//! to the API.

pub mod client;
pub mod decode;
pub mod endpoints;
pub mod error;
pub mod lenient;
pub mod messages;
pub mod models;

#[cfg(test)]
mod reference_examples;

pub use client::{Auth, Client, ClientConfig};
pub use endpoints::Response;
pub use error::ApiError;
