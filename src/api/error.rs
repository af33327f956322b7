//! The one error type of the HTTP layer. It keeps what the API said (code, type, message) or
//! what went wrong on the way (status, a short sanitized excerpt of the body, the transport
//! failure), and it knows whether a request that changes something may have been carried out.

use std::fmt;

use crate::exit::Code;

/// What was wrong with a body that came back with HTTP 200 but could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyProblem {
    Empty,
    Html,
    Truncated,
    Garbage(String),
}

impl fmt::Display for BodyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyProblem::Empty => f.write_str("an empty body"),
            BodyProblem::Html => f.write_str("an HTML page instead of API data"),
            BodyProblem::Truncated => f.write_str("a truncated body"),
            BodyProblem::Garbage(why) => write!(f, "a body that is not API data ({why})"),
        }
    }
}

#[derive(Debug)]
pub enum ApiError {
    /// The API answered with its `error` object.
    Api {
        action: String,
        code: i64,
        kind: String,
        message: String,
    },
    /// The server answered with a status other than 200.
    Status {
        action: String,
        status: u16,
        excerpt: String,
    },
    /// The server answered 200 with a body that is not API data.
    Body {
        action: String,
        problem: BodyProblem,
        excerpt: String,
    },
    /// No connection could be opened: nothing was sent.
    Connect { url: String, reason: String },
    /// A reading request failed on the way, after every retry.
    Transport {
        action: String,
        reason: String,
        attempts: u32,
    },
    /// A request that changes something failed after its bytes may have reached the server.
    OutcomeUnknown {
        action: String,
        cause: Box<ApiError>,
    },
}

impl ApiError {
    /// The API's numeric code, for errors that carry one.
    pub fn api_code(&self) -> Option<i64> {
        match self {
            ApiError::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self, ApiError::OutcomeUnknown { .. })
    }

    pub fn exit_code(&self) -> Code {
        match self {
            // 1004 (invalid ID) and 1006 (invalid data format) are in the same range but are
            // not about who is asking.
            ApiError::Api {
                code: 1001..=1003 | 1005 | 1007 | 1008,
                ..
            } => Code::Auth,
            ApiError::Api { .. } => Code::Failure,
            ApiError::Status { status, .. } if *status == 401 || *status == 403 => Code::Auth,
            _ => Code::Network,
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            ApiError::Api { code: 1001, .. } => Some(
                "check the credentials: `serwersms config show` says which are used and where they come from"
                    .into(),
            ),
            ApiError::Api { code: 1002 | 1005 | 1008, .. } => {
                Some("the API user lacks this permission: grant it in the customer panel (Interface settings → HTTPS API)".into())
            }
            ApiError::Api { code: 1003, .. } => {
                Some("this machine's IP address is not on the API user's allowed list in the customer panel".into())
            }
            ApiError::Connect { .. } => Some(
                "check the network and the api_url setting (`serwersms config show`); try again later".into(),
            ),
            ApiError::Transport { .. } | ApiError::Status { .. } | ApiError::Body { .. } => {
                Some("this is a network or server problem; try again later, or raise --timeout".into())
            }
            ApiError::OutcomeUnknown { .. } => Some(
                "do not simply run it again: check first whether it was carried out (for sends: `serwersms status --since <time>` or `--unique-id`)"
                    .into(),
            ),
            ApiError::Api { .. } => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Api {
                action,
                code,
                kind,
                message,
            } => {
                write!(f, "the API refused {action}")?;
                // Code 0: an error without a usable code (see `decode`).
                if *code != 0 {
                    write!(f, ": error {code}")?;
                }
                if !kind.is_empty() {
                    write!(f, " ({kind})")?;
                }
                write!(f, ": {message}")
            }
            ApiError::Status {
                action,
                status,
                excerpt,
            } => {
                write!(f, "{action}: the server answered HTTP {status}")?;
                if !excerpt.is_empty() {
                    write!(f, ": \"{excerpt}\"")?;
                }
                Ok(())
            }
            ApiError::Body {
                action,
                problem,
                excerpt,
            } => {
                write!(f, "{action}: the server answered HTTP 200 with {problem}")?;
                if !excerpt.is_empty() {
                    write!(f, ": \"{excerpt}\"")?;
                }
                Ok(())
            }
            ApiError::Connect { url, reason } => write!(f, "cannot connect to {url}: {reason}"),
            ApiError::Transport {
                action,
                reason,
                attempts,
            } => {
                write!(f, "{action}: the request failed")?;
                if *attempts > 1 {
                    write!(f, " {attempts} times")?;
                }
                write!(f, ": {reason}")
            }
            ApiError::OutcomeUnknown { action, cause } => write!(
                f,
                "{action}: outcome unknown: the request may have reached the server, but {}",
                cause.as_ref().describe_failure()
            ),
        }
    }
}

impl ApiError {
    /// The failure in words that fit after "but": used when wrapping it as outcome unknown.
    fn describe_failure(&self) -> String {
        match self {
            ApiError::Status {
                status, excerpt, ..
            } => format!("the server answered HTTP {status}: \"{excerpt}\""),
            ApiError::Body {
                problem, excerpt, ..
            } => format!("the server answered with {problem}: \"{excerpt}\""),
            ApiError::Transport { reason, .. } => format!("the connection failed: {reason}"),
            other => other.to_string(),
        }
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_codes_exit_4() {
        let e = ApiError::Api {
            action: "account/limits".into(),
            code: 1001,
            kind: "InvalidUser".into(),
            message: "Incorrect login or password".into(),
        };
        assert_eq!(e.exit_code(), Code::Auth);
        assert_eq!(
            e.to_string(),
            "the API refused account/limits: error 1001 (InvalidUser): Incorrect login or password"
        );
        assert!(e.hint().is_some());
    }

    #[test]
    fn only_auth_codes_exit_4() {
        let api = |code| ApiError::Api {
            action: "x/y".into(),
            code,
            kind: String::new(),
            message: String::new(),
        };
        for code in [1001, 1002, 1003, 1005, 1007, 1008] {
            assert_eq!(api(code).exit_code(), Code::Auth, "{code}");
        }
        for code in [1000, 1004, 1006, 2001, 3111] {
            assert_eq!(api(code).exit_code(), Code::Failure, "{code}");
        }
    }

    #[test]
    fn unknown_outcome_exits_5_and_says_why() {
        let e = ApiError::OutcomeUnknown {
            action: "messages/send_sms".into(),
            cause: Box::new(ApiError::Transport {
                action: "messages/send_sms".into(),
                reason: "connection reset".into(),
                attempts: 1,
            }),
        };
        assert_eq!(e.exit_code(), Code::Network);
        assert!(e.to_string().contains("outcome unknown"));
        assert!(e.to_string().contains("connection reset"));
    }
}
