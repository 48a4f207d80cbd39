//! Native tests of share links (`share`): the URL fragment each instance writes and reads, and the links it must
//! leave alone or report.
#![cfg(not(target_arch = "wasm32"))]

use skin_analysis::config::InstanceId;
use skin_analysis::share::{fragment, parse_fragment, ShareError};
use skin_analysis_testkit::iid as id;
use skin_analysis_testkit::walk::{at_results, read};
use skin_rules::Answers;

#[test]
fn share_fragments_roundtrip_per_instance() {
    let answers = at_results().answers;
    for value in ["default", "blog-post_2", "A"] {
        let instance = id(value);
        let frag = fragment(&instance, &answers);
        assert!(
            frag.starts_with(&format!("skin-analysis={value}.")),
            "{frag}"
        );
        assert!(!frag.contains(' ') && !frag.contains('#'), "{frag}");
        assert_eq!(
            parse_fragment(&format!("#{frag}"), &instance),
            Some(Ok(read(&answers)))
        );
        assert_eq!(parse_fragment(&frag, &instance), Some(Ok(read(&answers))));
        assert_eq!(
            parse_fragment(&frag, &id("other")),
            None,
            "another instance's link is not ours"
        );
    }
}

#[test]
fn other_fragments_are_ignored_and_broken_ones_reported() {
    let default = InstanceId::default();
    assert_eq!(parse_fragment("", &default), None);
    assert_eq!(parse_fragment("#section-2", &default), None);
    assert_eq!(
        parse_fragment("#skin-analysis=default", &default),
        Some(Err(ShareError::Shape))
    );
    assert!(matches!(
        parse_fragment("#skin-analysis=default.zz", &default),
        Some(Err(ShareError::Answers(_)))
    ));
    let incomplete = format!("#{}", fragment(&default, &Answers::default()));
    assert_eq!(
        parse_fragment(&incomplete, &default),
        Some(Err(ShareError::Incomplete))
    );
}

/// A link without the `.` is only reported (warned about and cleared) by the instance whose id is the whole value:
/// any other instance on the page must leave it alone, whichever of them reads the address first.
#[test]
fn a_link_without_its_answers_concerns_only_the_instance_it_names() {
    let default = InstanceId::default();
    let other = id("other");
    assert_eq!(
        parse_fragment("#skin-analysis=other", &other),
        Some(Err(ShareError::Shape))
    );
    assert_eq!(parse_fragment("#skin-analysis=other", &default), None);
    assert_eq!(parse_fragment("#skin-analysis=default", &other), None);
    // No instance id is empty or contains a character outside [A-Za-z0-9_-], so these concern no instance.
    for hash in [
        "#skin-analysis=",
        "#skin-analysis=de fault",
        "#skin-analysis=default#x",
    ] {
        assert_eq!(parse_fragment(hash, &default), None, "{hash}");
    }
    // With the `.`, a broken link for another instance is still none of ours.
    assert_eq!(parse_fragment("#skin-analysis=other.zz", &default), None);
}
