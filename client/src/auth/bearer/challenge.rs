//! Parsing of a 401's `www-authenticate` header into a [`BearerChallenge`], which tells
//! the hooks whether a new token can fix the rejection.

use reqwest::header::{HeaderMap, WWW_AUTHENTICATE};

/// What a 401's `www-authenticate: Bearer ...` challenge said.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct BearerChallenge {
    pub(super) error: Option<String>,
    pub(super) description: Option<String>,
}

impl BearerChallenge {
    /// The first `Bearer` challenge with an `error` among the `www-authenticate`
    /// headers (or the first `Bearer` challenge at all).
    pub(super) fn from_headers(headers: &HeaderMap) -> Self {
        let mut first = None;
        for value in headers.get_all(WWW_AUTHENTICATE) {
            let Ok(value) = value.to_str() else { continue };
            for challenge in parse_challenges(value) {
                if !challenge.scheme.eq_ignore_ascii_case("bearer") {
                    continue;
                }
                let found = Self {
                    error: challenge.param("error"),
                    description: challenge.param("error_description"),
                };
                if found.error.is_some() {
                    return found;
                }
                first.get_or_insert(found);
            }
        }
        first.unwrap_or_default()
    }

    /// `invalid_token`, except the audience mismatch (which needs another scope).
    pub(super) fn is_refreshable(&self) -> bool {
        let invalid_token = self
            .error
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case("invalid_token"));
        let audience = self
            .description
            .as_deref()
            .is_some_and(|d| d.to_ascii_lowercase().contains("token audience"));
        invalid_token && !audience
    }
}

/// One challenge of a `www-authenticate` value: a scheme and its parameters.
#[derive(Debug, Default)]
struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

impl Challenge {
    fn param(&self, name: &str) -> Option<String> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

/// Parses `Scheme a=b, c="d, e", Other x=y` into challenges (RFC 9110 §11.6.1),
/// leniently: anything unexpected is skipped, never an error.
fn parse_challenges(value: &str) -> Vec<Challenge> {
    let mut challenges: Vec<Challenge> = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ',').is_some() {}
        let mut word = String::new();
        while let Some(c) = chars.next_if(|c| !c.is_whitespace() && *c != ',' && *c != '=') {
            word.push(c);
        }
        if word.is_empty() {
            if chars.next().is_none() {
                break;
            }
            continue;
        }
        while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
            let mut param = String::new();
            if chars.next_if_eq(&'"').is_some() {
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => param.extend(chars.next()),
                        c => param.push(c),
                    }
                }
            } else {
                while let Some(c) = chars.next_if(|c| !c.is_whitespace() && *c != ',') {
                    param.push(c);
                }
            }
            if let Some(current) = challenges.last_mut() {
                current.params.push((word, param));
            }
        } else {
            challenges.push(Challenge {
                scheme: word,
                params: Vec::new(),
            });
        }
    }
    challenges
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use reqwest::header::HeaderValue;

    use super::*;

    fn challenge(value: &str) -> BearerChallenge {
        let mut headers = HeaderMap::new();
        headers.insert(WWW_AUTHENTICATE, HeaderValue::from_str(value).unwrap());
        BearerChallenge::from_headers(&headers)
    }

    #[test]
    fn parses_the_bearer_challenges_oac_sends() {
        let expired = challenge(
            r#"Bearer error="invalid_token", error_description="The access token expired""#,
        );
        assert_eq!(expired.error.as_deref(), Some("invalid_token"));
        assert_eq!(
            expired.description.as_deref(),
            Some("The access token expired")
        );
        assert!(expired.is_refreshable());

        let audience =
            challenge(r#"Bearer error="invalid_token", error_description="Token Audience""#);
        assert!(!audience.is_refreshable());
        assert!(!challenge(r#"Bearer error="invalid_session""#).is_refreshable());
        assert!(!challenge("Bearer").is_refreshable());
        assert!(!challenge(r#"Basic realm="x""#).is_refreshable());
        assert!(challenge("bearer error=invalid_token").is_refreshable());
    }

    #[test]
    fn several_challenges_quotes_and_escapes() {
        let parsed = parse_challenges(
            r#"Basic realm="a, b", Bearer realm="oac", error="invalid_token", error_description="say \"hi\", then go""#,
        );
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].scheme, "Basic");
        assert_eq!(parsed[0].param("realm").as_deref(), Some("a, b"));
        assert_eq!(parsed[1].param("error").as_deref(), Some("invalid_token"));
        assert_eq!(
            parsed[1].param("error_description").as_deref(),
            Some(r#"say "hi", then go"#)
        );
        for junk in [
            "",
            "=",
            "==,",
            "\"",
            "Bearer error=\"unterminated",
            ", , ,",
            "a=b c",
            "Bearer x= ,",
        ] {
            let _ = parse_challenges(junk);
        }
    }
}
