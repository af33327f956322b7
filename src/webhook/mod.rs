//! Receiving what the gateway pushes: delivery reports (DLR), replies and Premium SMS, sent as
//! HTTP requests to a URL the customer enters in the panel (`serwersms webhook listen|urls`).
//!
//! The gateway builds each request from a URL template in which it substitutes `#PLACEHOLDER#`
//! tokens (protocol reference §4). Only the Premium placeholders are documented; the DLR ones
//! are best knowledge and the reply ones are our choice ([`urls`] says which is which). So the
//! receiver does not depend on fixed parameter names: `webhook urls` prints templates whose
//! parameter names it chose (and so knows), and [`event`] also recognizes the legacy Magento
//! module's names, common English names, and names configured in the `[webhook]` table of the
//! config file.
//!
//! Layout: [`event`] turns the parameters of one request into an event (pure); [`urls`] builds
//! the templates to paste into the panel (pure); [`networks`] is the allow-list (pure);
//! [`http`] a small bounded HTTP/1.1 server; [`listen`] the receiver itself: security checks,
//! the durable journal (`--append`), `--exec`, and the NDJSON lines on stdout.
//!
//! Not here: the sandbox's side of the loop (it pushes from `sandbox::callbacks`, on its own
//! terms, so that a misreading on one side shows up as a failing test on the other).

pub mod event;
pub mod http;
pub mod listen;
pub mod networks;
pub mod urls;

pub use event::{Kind, Mapping};

/// The query parameter that carries the shared secret in the URLs `webhook urls` prints.
pub const SECRET_PARAM: &str = "secret";
