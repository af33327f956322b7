//! The one integration-test binary: every test runs the real `serwersms` binary against a
//! sandbox on 127.0.0.1 (a random port), with a scrubbed environment and temporary config and
//! data directories, and checks both what the user saw and what the sandbox received.

mod support;

mod account;
mod api;
mod bad_input;
mod blacklist;
mod cancel;
mod config;
mod doctor;
mod fault_matrix;
mod faults;
mod interruption;
mod numbers;
mod protocol;
mod readme;
mod replies;
mod secrets;
mod send;
mod senders;
mod shell;
mod status;
mod webhook;
