//! `messages/send_sms` and `messages/send_personalized` in the sandbox (the `send` issue fills this in).
//! Until then its actions answer error 1000 (unknown action), like any action the sandbox does
//! not emulate.

use serde_json::Value;

use super::wire::Params;
use super::World;

pub fn handle(_world: &mut World, _action: &str, _p: &Params) -> Option<Value> {
    None
}
