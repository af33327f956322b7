//! Every verbatim (and reconstructed) response and error example from the API reference,
//! decoded as JSON and, re-encoded the API's XML way, as XML: both must give the same data.

use serde_json::{json, Value};

use super::decode::{decode, Decoded};
use super::endpoints::typed;
use super::error::BodyProblem;
use super::models::Limits;
use crate::xml_encode;

const EXAMPLES: &[&str] = &[
    // 3.1 messages/send_sms (reconstructed)
    r#"{"success": true, "queued": 1, "unsent": 1, "items": [
        {"id": "aca3944055", "phone": "+48500600700", "status": "queued", "queued": "2024-05-06 10:15:00", "parts": 1, "text": "Test message"},
        {"id": "b7ac0db51a", "phone": "+48600700800", "status": "unsent", "parts": 1, "error_code": 2001, "error_message": "Invalid phone number", "text": "Test message"}]}"#,
    // 3.2 messages/reports (reconstructed)
    r#"{"paging": {"page": 1, "count": 1}, "items": [
        {"id": "aca3944055", "phone": "+48500600700", "status": "delivered", "queued": "2024-05-06 10:15:00", "sent": "2024-05-06 10:15:02", "delivered": "2024-05-06 10:15:09",
         "sender": "INFORMACJA", "type": "full", "text": "Test message", "flash": false, "utf": false, "parts": 1, "cost": 0.07, "method": "...", "mnc": 26003, "country": "...", "network": "...", "reason": null}]}"#,
    // 3.3 messages/recived (verbatim)
    r#"{"items":[
 {"id":2477793,"type":"eco","phone":"+48500600700","recived":"2014-10-21 11:18:03","message_id":"eba39e4fe1","blacklist":false,"text":"Przyjade o 16"},
 {"id":303023,"type":"nd","phone":"+48500600700","recived":"2014-10-21 12:37:43","blacklist":false,"text":"SerwerSMS.pl"},
 {"id":2204974,"type":"ndi","phone":"+48500600700","recived":"2014-10-21 16:47:36","blacklist":false,"text":"Dziękuję za informację"}
]}"#,
    // 3.4 phones/check (verbatim, both forms, and the slow-lookup answer)
    r#"{"phone":"+48500600700","status":"OK","imsi":26006,"network":"Orange (PTK Centertel Sp. z o.o.)","ported":false,"network_ported":null}"#,
    r#"{"status":"done","process":100,"items":[
 {"phone":"+48500600700","status":"ERR","imsi":26003,"network":"Orange (PTK Centertel Sp. z o.o.)","ported":false,"network_ported":null,"description":"ABSENT_SUBSCRIBER_SM"},
 {"phone":"+48600700800","status":"OK","imsi":260011234567890,"network":"Plus (Polkomtel S.A.)","ported":true,"network_ported":"Plus (Polkomtel S.A.)","description":null}
]}"#,
    r#"{"phone":"+48500600700","id":"6970aa5525"}"#,
    // 3.5 phones/test
    r#"{"correct":true}"#,
    // 3.6 account/limits (verbatim)
    r#"{"account":{"type":"prepaid"},
 "items":[
  {"type":"eco","chars_limit":"918/6","value":"no_limit"},
  {"type":"full","chars_limit":"918/6","value":"40"},
  {"type":"voice","chars_limit":"160/1","value":"not_available"},
  {"type":"mms","chars_limit":"40/1","value":"6"},
  {"type":"lookup","chars_limit":"nd","value":"20"},
  {"type":"hlr","chars_limit":"nd","value":"70"}]}"#,
    // 3.7 senders/index (verbatim head)
    r#"{"items":[{"name":"Testowa","agreement":"not_required","status":"pending_authorization"},
          {"name":"SerwerSMSpl","agreement":"delivered", "status": "..."}]}"#,
    // 3.8 other verbatim examples
    r#"{"success":true}"#,
    r#"{"success": true, "id": "b67d70c22d"}"#,
    r#"{"items":[{"id":"c386a0d459","name":"plik1.wav","size":32184,"type":"voice","date":"2014-10-06 15:20:37"},{"id":"41cdaf1e99","name":"plik2.wav","size":46126,"type":"voice","date":"2014-10-06 15:18:37"}]}"#,
    r#"{"items":[{"id":"b67d70c22d","name":"plik1.jpg","size":174562,"type":"mms","date":"2014-10-07 16:54:53"},{"id":"39b0d42508","name":"plik2.jpg","size":344241,"type":"mms","date":"2014-10-07 16:54:53"},{"id":"aad84d6e71","name":"plik3.txt","size":27,"type":"mms","date":"2014-10-07 16:50:10"}]}"#,
    r#"{"items":[{"id":17293087,"name":"Test API","count":322},{"id":17293086,"name":"2014-10-20 11:54:20","count":2}]}"#,
    r#"{"items":[{"phone":"+48500600702","added":"2014-10-22 12:25:10"},{"phone":"+48500600701","added":"2014-10-22 15:52:03"}]}"#,
    r#"{"success":true,"id":12354}"#,
    r#"{"success":true,"correct":1,"failed":0}"#,
    r#"{"items":[{"id":123,"username":"wojtek"},{"id":456,"username":"login2"},{"id":789,"username":"testowy"}]}"#,
    r#"{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}"#,
    r#"{"items":[{"name":"SerwerSMS","description":"Description about RCS agent.","rcs_id":"1dgd2bss-bee6-134f-8d56-2655f4047649","networks":[26001,26002],"webhook":"http://adres.pl","online":1,"active":2}]}"#,
];

/// What survives a trip through XML: every scalar as text, booleans as 1/0.
fn as_text(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), as_text(v))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(as_text).collect()),
        Value::Null => Value::Null,
        other => Value::String(xml_encode::scalar_text(other)),
    }
}

fn data(body: &[u8]) -> Value {
    match decode(body) {
        Ok(Decoded::Data(v)) => v,
        other => panic!(
            "expected data, got {other:?} for {}",
            String::from_utf8_lossy(body)
        ),
    }
}

#[test]
fn every_example_decodes_as_json_and_as_xml() {
    for example in EXAMPLES {
        let from_json = data(example.as_bytes());
        let expected: Value = serde_json::from_str(example).unwrap();
        assert_eq!(from_json, expected);
        let xml = xml_encode::document(&expected);
        let from_xml = data(xml.as_bytes());
        assert_eq!(from_xml, as_text(&expected), "XML trip of {example}\n{xml}");
    }
}

#[test]
fn limits_read_the_same_from_json_and_xml() {
    let json_limits = typed::<Limits>("account/limits", data(EXAMPLES[7].as_bytes()))
        .unwrap()
        .data;
    let value: Value = serde_json::from_str(EXAMPLES[7]).unwrap();
    let xml_limits = typed::<Limits>(
        "account/limits",
        data(xml_encode::document(&value).as_bytes()),
    )
    .unwrap()
    .data;
    assert_eq!(json_limits, xml_limits);
    assert_eq!(json_limits.account.as_ref().unwrap().kind, "prepaid");
    assert_eq!(json_limits.items[0].value, "no_limit");
    assert_eq!(json_limits.items[1].amount(), Some(40.0));
    assert_eq!(json_limits.items.len(), 6);
}

#[test]
fn the_error_example_in_every_form() {
    let want = Decoded::Error {
        code: 1001,
        kind: "InvalidUser".into(),
        message: "Incorrect login or password".into(),
    };
    let json =
        br#"{"error":{"code":1001,"type":"InvalidUser","message":"Incorrect login or password"}}"#;
    assert_eq!(decode(json).unwrap(), want);
    let nested = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><result><error><code>1001</code><type>InvalidUser</type><message>Incorrect login or password</message></error></result>";
    assert_eq!(decode(nested.as_bytes()).unwrap(), want);
    let flat = "<?xml version=\"1.0\"?>\n<result>\n  <code>1001</code>\n  <type>InvalidUser</type>\n  <message>Incorrect login or password</message>\n</result>";
    assert_eq!(decode(flat.as_bytes()).unwrap(), want);
    // Polish message, code as a string.
    let pl = r#"{"error":{"code":"1000","type":"InvalidAction","message":"Nie określono akcji do wykonania"}}"#;
    assert!(matches!(
        decode(pl.as_bytes()).unwrap(),
        Decoded::Error { code: 1000, .. }
    ));
}

#[test]
fn malformed_errors_are_errors_not_data() {
    for body in [
        r#"{"error":"Brak uprawnien"}"#,
        r#"{"error":{"code":"x","message":"m"}}"#,
        r#"{"error":{"message":"m"}}"#,
        r#"{"error":[1]}"#,
        r#"{"success":false,"error":{}}"#,
    ] {
        assert!(
            matches!(decode(body.as_bytes()), Ok(Decoded::Error { code: 0, .. })),
            "{body}"
        );
    }
    assert!(matches!(
        decode(br#"{"error":null,"items":[]}"#),
        Ok(Decoded::Data(_))
    ));
}

#[test]
fn deeply_nested_xml_is_refused_not_a_stack_overflow() {
    let deep = format!(
        "<result>{}x{}</result>",
        "<a>".repeat(200_000),
        "</a>".repeat(200_000)
    );
    assert!(matches!(
        decode(deep.as_bytes()),
        Err(BodyProblem::Garbage(_))
    ));
    let ok = format!(
        "<result>{}x{}</result>",
        "<a>".repeat(20),
        "</a>".repeat(20)
    );
    assert!(decode(ok.as_bytes()).is_ok());
}

#[test]
fn unusable_bodies_are_named_never_panic() {
    assert_eq!(decode(b""), Err(BodyProblem::Empty));
    assert_eq!(decode(b"  \n"), Err(BodyProblem::Empty));
    assert_eq!(
        decode(b"<!DOCTYPE html><html><body>502</body></html>"),
        Err(BodyProblem::Html)
    );
    assert_eq!(decode(br#"{"items":[{"id":"#), Err(BodyProblem::Truncated));
    assert_eq!(
        decode(b"<result><items><item>"),
        Err(BodyProblem::Truncated)
    );
    assert!(matches!(
        decode(b"\x1f\x8b\x08garbage"),
        Err(BodyProblem::Garbage(_))
    ));
    assert!(matches!(decode(b"[1,2]"), Err(BodyProblem::Garbage(_))));
    assert!(matches!(decode(b"<a></b>"), Err(BodyProblem::Garbage(_))));
    assert!(matches!(
        decode(b"<a>&bogus;</a>"),
        Err(BodyProblem::Garbage(_))
    ));
    assert_eq!(
        decode(b"<result><t>a &amp; b &#x41;</t></result>").unwrap(),
        Decoded::Data(json!({"t": "a & b A"}))
    );
}

#[test]
fn excerpts_are_short_and_single_line() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body>...</body></html>";
    assert_eq!(super::decode::excerpt(page.as_bytes()), "502 Bad Gateway");
    let long = "x\n\t".repeat(500);
    let e = super::decode::excerpt(long.as_bytes());
    assert!(e.chars().count() <= 121 && !e.contains('\n'));
}
