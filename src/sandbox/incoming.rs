//! `messages/recived` (and `received`), `messages/send_nd`, `messages/send_ndi` in the sandbox (the `replies` issue fills this in).
//! Until then its actions answer error 1000 (unknown action), like any action the sandbox does
//! not emulate.

use serde_json::Value;

use super::wire::Params;
use super::World;

pub fn handle(_world: &mut World, _action: &str, _p: &Params) -> Option<Value> {
    None
}
