//! OCIDs, checked for shape before they are sent: a typo, an empty value or the id of
//! another kind of resource is refused naming the field, instead of reaching the service
//! as a wrong URL or a 404.
//!
//! The shape is Oracle's: `ocid1.<resource type>.<realm>.[region][.future use].<unique
//! ID>`, lower-case letters, digits and `-` in each part.

use crate::error::excerpt;

/// Checks that `value` is an OCID of one of the resource types `kinds` (for example
/// `["bootvolumebackup"]`; empty: any). The error is the rule that was broken, ready to
/// follow the field's name.
pub fn check_ocid(value: &str, kinds: &[&str]) -> Result<(), String> {
    let expected = if kinds.is_empty() {
        "an OCID".to_owned()
    } else {
        format!("the OCID of a {}", kinds.join(" or a "))
    };
    let shape = "ocid1.<resource type>.<realm>.[region].<unique id>";
    let refuse = |why: &str| Err(format!("must be {expected} ({shape}); {why}"));
    if value.is_empty() {
        return refuse("it is empty");
    }
    let parts: Vec<&str> = value.split('.').collect();
    if parts.first() != Some(&"ocid1") {
        return refuse("it does not start with `ocid1.`");
    }
    if !(5..=6).contains(&parts.len()) {
        return refuse(&format!(
            "it has {} dot-separated parts, not 5 or 6",
            parts.len()
        ));
    }
    let allowed = |part: &str| {
        part.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if let Some(bad) = parts.iter().find(|part| !allowed(part)) {
        return refuse(&format!(
            "`{}` holds characters other than lower-case letters, digits and `-`",
            excerpt(bad, 40)
        ));
    }
    let (kind, realm, unique) = (parts[1], parts[2], parts[parts.len() - 1]);
    if realm.is_empty() || unique.is_empty() {
        return refuse("its realm or unique id is empty");
    }
    if !kinds.is_empty() && !kinds.contains(&kind) {
        return refuse(&format!("it is the OCID of a `{}`", excerpt(kind, 40)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocids_of_the_expected_kind_pass() {
        for ok in [
            "ocid1.bootvolumebackup.oc1.iad.abuwcljr3lzvqzq",
            "ocid1.bootvolumebackup.oc1..b1",
            "ocid1.bootvolumebackup.oc1.iad.future.abc",
        ] {
            assert_eq!(check_ocid(ok, &["bootvolumebackup"]), Ok(()), "{ok}");
        }
        assert_eq!(check_ocid("ocid1.tenancy.oc1..t", &[]), Ok(()));
    }

    #[test]
    fn each_broken_rule_is_named() {
        let cases = [
            ("", "it is empty"),
            ("bootvolumebackup.oc1..b", "does not start with `ocid1.`"),
            ("ocid1.bootvolumebackup.oc1", "3 dot-separated parts"),
            ("ocid1.bootvolumebackup.oc1..B1", "`B1` holds characters"),
            ("ocid1.bootvolumebackup...b1", "realm or unique id is empty"),
            (
                "ocid1.bootvolume.oc1..b1",
                "it is the OCID of a `bootvolume`",
            ),
        ];
        for (value, why) in cases {
            let error = check_ocid(value, &["bootvolumebackup"]).unwrap_err();
            assert!(error.contains(why), "{value}: {error}");
            assert!(
                error.starts_with("must be the OCID of a bootvolumebackup"),
                "{error}"
            );
        }
    }
}
