//! [`Secret`]: a string that never shows itself, is wiped from memory when dropped,
//! and is checked against its spec constraints whenever one is made.
//!
//! The constraints of each secret field live in a zero-sized type implementing
//! [`Rules`], written by `codegen` from the spec (`minLength`, `maxLength`, `pattern`,
//! and one `allOf` member per named pattern rule). Construction ([`Secret::new`],
//! `TryFrom`, `FromStr`) and deserialisation both check them, and a failure names the
//! field and the rule, never the value.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

/// What `Debug` and `Display` print in place of a secret's value.
pub const MASK: &str = "********";

/// One constraint on a secret string, transcribed from its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// At least this many characters (Unicode scalar values, as JSON Schema counts).
    MinLength(usize),
    /// At most this many characters.
    MaxLength(usize),
    /// Must contain a match of this ECMA-262 regular expression (JSON Schema
    /// `pattern` semantics: not implicitly anchored).
    Pattern {
        /// The regular expression.
        regex: &'static str,
        /// What the rule means to a person, from the schema's `description`.
        description: Option<&'static str>,
    },
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::MinLength(n) => write!(f, "must be at least {n} characters long"),
            Rule::MaxLength(n) => write!(f, "must be at most {n} characters long"),
            Rule::Pattern {
                regex,
                description: Some(description),
            } => write!(f, "must contain {description} (pattern `{regex}`)"),
            Rule::Pattern {
                regex,
                description: None,
            } => write!(f, "must match the pattern `{regex}`"),
        }
    }
}

/// The constraints of one secret field; implemented by generated zero-sized types.
pub trait Rules {
    /// The field's JSON name, used in error messages.
    const FIELD: &'static str;
    /// Every constraint, checked in order; the first broken one is reported.
    const RULES: &'static [Rule];
}

/// Rules for a secret with no constraints (tokens, pass phrases, client secrets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unconstrained {}

impl Rules for Unconstrained {
    const FIELD: &'static str = "secret";
    const RULES: &'static [Rule] = &[];
}

/// A secret string with no constraints: masked in `Debug`/`Display`, zeroised on drop.
pub type SecretString = Secret<Unconstrained>;

impl SecretString {
    /// Wraps a value; there is no rule it can break.
    pub fn from_string(value: String) -> Self {
        Self {
            value: Zeroizing::new(value),
            rules: PhantomData,
        }
    }
}

/// A secret value broke one of its field's rules. Never carries the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    field: &'static str,
    rule: Rule,
    invalid_pattern: bool,
}

impl RuleError {
    /// The JSON name of the field whose value was rejected.
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// The rule that was broken.
    pub fn rule(&self) -> Rule {
        self.rule
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.invalid_pattern {
            write!(
                f,
                "`{}`: the spec's rule cannot be checked ({} is not a valid regular expression)",
                self.field, self.rule
            )
        } else {
            write!(f, "`{}` {}", self.field, self.rule)
        }
    }
}

impl std::error::Error for RuleError {}

/// A secret string for the field described by `R`.
///
/// `Debug` and `Display` print [`MASK`]; serde reads and writes the plain string; the
/// heap buffer is zeroised on drop. Read the value with [`Secret::expose_secret`].
pub struct Secret<R> {
    value: Zeroizing<String>,
    rules: PhantomData<fn() -> R>,
}

impl<R: Rules> Secret<R> {
    /// Checks `value` against the field's rules and wraps it.
    pub fn new(value: impl Into<String>) -> Result<Self, RuleError> {
        let value = Zeroizing::new(value.into());
        check::<R>(&value)?;
        Ok(Self {
            value,
            rules: PhantomData,
        })
    }

    /// The rules this field's values must follow.
    pub fn rules() -> &'static [Rule] {
        R::RULES
    }
}

impl<R> Secret<R> {
    /// The secret value. Keep what you do with it out of logs.
    pub fn expose_secret(&self) -> &str {
        &self.value
    }
}

fn check<R: Rules>(value: &str) -> Result<(), RuleError> {
    let broken = |rule: Rule, invalid_pattern: bool| RuleError {
        field: R::FIELD,
        rule,
        invalid_pattern,
    };
    for &rule in R::RULES {
        match rule {
            Rule::MinLength(min) if value.chars().count() < min => return Err(broken(rule, false)),
            Rule::MaxLength(max) if value.chars().count() > max => return Err(broken(rule, false)),
            Rule::Pattern { regex, .. } => {
                let compiled = regress::Regex::new(regex).map_err(|_| broken(rule, true))?;
                if compiled.find(value).is_none() {
                    return Err(broken(rule, false));
                }
            }
            Rule::MinLength(_) | Rule::MaxLength(_) => {}
        }
    }
    Ok(())
}

impl<R> Clone for Secret<R> {
    fn clone(&self) -> Self {
        Self {
            value: self.value.clone(),
            rules: PhantomData,
        }
    }
}

impl<R> PartialEq for Secret<R> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<R> Eq for Secret<R> {}

impl<R> fmt::Debug for Secret<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl<R> fmt::Display for Secret<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl<R: Rules> FromStr for Secret<R> {
    type Err = RuleError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl<R: Rules> TryFrom<String> for Secret<R> {
    type Error = RuleError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<R: Rules> TryFrom<&str> for Secret<R> {
    type Error = RuleError;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<R> Serialize for Secret<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.value)
    }
}

impl<'de, R: Rules> Deserialize<'de> for Secret<R> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Zeroizing::new(String::deserialize(deserializer)?);
        check::<R>(&value).map_err(serde::de::Error::custom)?;
        Ok(Self {
            value,
            rules: PhantomData,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Password {}
    impl Rules for Password {
        const FIELD: &'static str = "password";
        const RULES: &'static [Rule] = &[
            Rule::MinLength(8),
            Rule::MaxLength(50),
            Rule::Pattern {
                regex: "[0-9]",
                description: Some("at least one numeric character"),
            },
            Rule::Pattern {
                regex: "[A-Z]",
                description: None,
            },
        ];
    }

    enum Broken {}
    impl Rules for Broken {
        const FIELD: &'static str = "token";
        const RULES: &'static [Rule] = &[Rule::Pattern {
            regex: "(",
            description: None,
        }];
    }

    type P = Secret<Password>;

    #[test]
    fn accepts_a_value_that_follows_every_rule() {
        assert_eq!(P::new("Passw0rdXY").unwrap().expose_secret(), "Passw0rdXY");
    }

    #[test]
    fn each_broken_rule_is_named_without_the_value() {
        let cases = [
            ("Sh0rt", "`password` must be at least 8 characters long"),
            (
                &"A1".repeat(26)[..],
                "`password` must be at most 50 characters long",
            ),
            (
                "NoDigitsHere",
                "`password` must contain at least one numeric character (pattern `[0-9]`)",
            ),
            ("lower1234", "`password` must match the pattern `[A-Z]`"),
        ];
        for (value, message) in cases {
            let error = P::new(value).unwrap_err();
            assert_eq!(error.to_string(), message);
            assert!(!error.to_string().contains(value));
            assert_eq!(error.field(), "password");
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let fifty = format!("A1{}", "é".repeat(48));
        assert_eq!((fifty.chars().count(), fifty.len()), (50, 98));
        assert!(P::new(fifty).is_ok());
    }

    #[test]
    fn debug_and_display_print_the_mask() {
        let secret = P::new("Passw0rdXY").unwrap();
        assert_eq!(format!("{secret:?}"), MASK);
        assert_eq!(format!("{secret}"), MASK);
        assert_eq!(
            format!("{:?}", Some(secret.clone())),
            format!("Some({MASK})")
        );
    }

    #[test]
    fn serde_is_transparent_and_deserialisation_checks_rules() {
        let secret: P = serde_json::from_str("\"Passw0rdXY\"").unwrap();
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"Passw0rdXY\"");
        let error = serde_json::from_str::<P>("\"short\"")
            .unwrap_err()
            .to_string();
        assert!(error.contains("at least 8 characters"), "{error}");
        assert!(!error.contains("short"), "{error}");
    }

    #[test]
    fn an_unconstrained_secret_is_masked_and_kept() {
        let token = SecretString::from_string("tok-123".into());
        assert_eq!(
            (format!("{token:?}"), token.expose_secret()),
            (MASK.to_owned(), "tok-123")
        );
    }

    #[test]
    fn an_invalid_pattern_is_an_error_not_a_panic() {
        let error = Secret::<Broken>::new("x").unwrap_err();
        assert!(error.to_string().contains("not a valid regular expression"));
    }
}
