//! Time as the gateway writes it: `YYYY-MM-DD HH:MM:SS`, naive local time in Europe/Warsaw
//! (the reference leaves the zone undocumented; Warsaw is the documented inference). Pure
//! conversions shared by the client (`--at`, `--since`, `--until`, report dates) and the
//! sandbox. The zone database is bundled, so results do not depend on the machine.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

pub const ZONE: &str = "Europe/Warsaw";

/// The gateway's time zone.
pub fn zone() -> TimeZone {
    jiff::tz::db().get(ZONE).unwrap_or(TimeZone::UTC)
}

/// A moment as the API writes it.
pub fn format_api(ts: Timestamp) -> String {
    ts.to_zoned(zone())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// A date string from the API (`YYYY-MM-DD HH:MM:SS`, Warsaw time); `None` if it is not one.
pub fn parse_api(text: &str) -> Option<Timestamp> {
    let civil: DateTime = text.trim().replace('T', " ").parse().ok()?;
    civil.to_zoned(zone()).ok().map(|z| z.timestamp())
}

/// A time typed by a user: RFC 3339 (`2026-11-26T10:00:00+01:00`, `…Z`), or
/// `YYYY-MM-DD HH:MM[:SS]` / `YYYY-MM-DD` in the given local zone.
pub fn parse_user(text: &str, local: &TimeZone) -> Result<Timestamp, String> {
    let t = text.trim();
    if let Ok(ts) = t.parse::<Timestamp>() {
        return Ok(ts);
    }
    let civil = t.replace('T', " ").parse::<DateTime>().or_else(|_| {
        t.parse::<jiff::civil::Date>()
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    });
    match civil {
        Ok(c) => c
            .to_zoned(local.clone())
            .map(|z| z.timestamp())
            .map_err(|e| format!("'{text}': {e}")),
        Err(_) => Err(format!(
            "'{text}' is not a time (use RFC 3339, e.g. 2026-11-26T14:30:00+01:00, or 'YYYY-MM-DD HH:MM[:SS]' in local time)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_format_is_warsaw_time() {
        let winter: Timestamp = "2026-01-15T12:00:00Z".parse().unwrap();
        assert_eq!(format_api(winter), "2026-01-15 13:00:00");
        let summer: Timestamp = "2026-07-15T12:00:00Z".parse().unwrap();
        assert_eq!(format_api(summer), "2026-07-15 14:00:00");
        assert_eq!(parse_api("2026-07-15 14:00:00"), Some(summer));
        assert_eq!(parse_api("garbage"), None);
    }

    #[test]
    fn user_times() {
        let utc = TimeZone::UTC;
        let want: Timestamp = "2026-11-26T14:30:00Z".parse().unwrap();
        assert_eq!(parse_user("2026-11-26T14:30:00Z", &utc), Ok(want));
        assert_eq!(parse_user("2026-11-26T15:30:00+01:00", &utc), Ok(want));
        assert_eq!(parse_user("2026-11-26 14:30", &utc), Ok(want));
        assert_eq!(parse_user("2026-11-26 14:30:00", &utc), Ok(want));
        assert_eq!(parse_user("2026-11-26 15:30", &zone()), Ok(want));
        assert!(parse_user("2026-11-26", &utc).is_ok());
        assert!(parse_user("tomorrow", &utc).is_err());
    }
}
