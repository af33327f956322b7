//! The only place that speaks HTTP to SerwerSMS.
//!
//! * [`client`]: the one `call`, with the retry, failover and redaction policy.
//! * [`decode`]: JSON and XML bodies into one value tree; the API's error object.
//! * [`error`]: [`ApiError`], which keeps the API's code and message or the transport failure.
//! * [`models`] and [`lenient`]: typed responses that read JSON and XML alike.
//! * [`endpoints`]: one typed function per action the commands use; larger areas have their own
//!   file with their calls and models: [`messages`] (sending, and the reports lookup a resumed
//!   send needs), [`reports`], [`phones`], [`senders`], [`blacklist`].
//!
//! Nothing in here prints results or knows about commands; nothing outside it opens a socket
//! to the API.

pub mod blacklist;
pub mod client;
pub mod decode;
pub mod endpoints;
pub mod error;
pub mod lenient;
pub mod messages;
pub mod models;
pub mod phones;
pub mod reports;
pub mod senders;

#[cfg(test)]
mod reference_examples;

pub use client::{Auth, Client, ClientConfig};
pub use endpoints::Response;
pub use error::ApiError;
